import { describe, expect, it } from 'vitest';
import { userTextFor, withUserText } from './editUserText.js';

describe('userTextFor', () => {
  it('shows a plain string in every language, and a per-language text in its own language only', () => {
    expect(userTextFor('Send', 'zh-CN')).toBe('Send');
    expect(userTextFor('Send', 'en')).toBe('Send');
    expect(userTextFor({ 'zh-CN': '提交', en: 'Send' }, 'zh-CN')).toBe('提交');
    expect(userTextFor({ en: 'Send' }, 'zh-CN')).toBe('');
    expect(userTextFor(undefined, 'en')).toBe('');
  });
});

describe('withUserText', () => {
  it('sets one language of a per-language text and leaves the other alone', () => {
    expect(withUserText({ 'zh-CN': '提交', en: 'Send' }, 'en', 'Submit')).toEqual({ 'zh-CN': '提交', en: 'Submit' });
    expect(withUserText(undefined, 'zh-CN', '提交')).toEqual({ 'zh-CN': '提交' });
  });

  it('keeps a plain string for the language not being edited', () => {
    expect(withUserText('Send', 'zh-CN', '提交')).toEqual({ 'zh-CN': '提交', en: 'Send' });
    expect(withUserText('Send', 'en', 'Submit')).toEqual({ 'zh-CN': 'Send', en: 'Submit' });
  });

  it('removes a language left blank, and returns undefined when none is left', () => {
    expect(withUserText({ 'zh-CN': '提交', en: 'Send' }, 'en', '  ')).toEqual({ 'zh-CN': '提交' });
    expect(withUserText({ en: 'Send' }, 'en', '')).toBeUndefined();
    expect(withUserText('', 'en', '')).toBeUndefined();
  });

  it('writes zh-CN before en whichever was typed first', () => {
    expect(Object.keys(withUserText({ en: 'Send' }, 'zh-CN', '提交') ?? {})).toEqual(['zh-CN', 'en']);
  });
});
