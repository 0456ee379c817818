import { describe, expect, it } from 'vitest';
import { maxStoredRuleLength, ruleTextIn, storedRuleText } from './storedRuleText.js';

describe('a rule stored in both languages', () => {
  it('reads back each language', () => {
    const stored = storedRuleText({ 'zh-CN': '按去年实际占比分配（2025-10）', en: "By last year's share (2025-10)" });
    expect(stored).toBe("按去年实际占比分配（2025-10） ‖ en: By last year's share (2025-10)");
    expect(ruleTextIn(stored, 'zh-CN')).toBe('按去年实际占比分配（2025-10）');
    expect(ruleTextIn(stored, 'en')).toBe("By last year's share (2025-10)");
  });

  it('reads an old record (Chinese only) as it is, in either language', () => {
    expect(ruleTextIn('平均分配', 'en')).toBe('平均分配');
    expect(ruleTextIn('平均分配', 'zh-CN')).toBe('平均分配');
  });

  it('keeps the Chinese alone when both would not fit the field', () => {
    const stored = storedRuleText({ 'zh-CN': '规'.repeat(300), en: 'r'.repeat(300) });
    expect(stored).toBe('规'.repeat(300));
    expect(storedRuleText({ 'zh-CN': '规'.repeat(600), en: 'r' }).length).toBe(maxStoredRuleLength);
  });
});
