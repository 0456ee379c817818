import { describe, expect, it } from 'vitest';
import { closestName } from './closestName.js';

const fieldSettings = ['id', 'type', 'label', 'alias', 'placeholder', 'minLength', 'maxLength', 'options'];

describe('closestName', () => {
  it.each([
    ['lable', 'label'],
    ['maxlength', 'maxLength'],
    ['MinLength', 'minLength'],
    ['option', 'options'],
    ['placehoder', 'placeholder'],
  ])('takes %s for %s', (typo, meant) => {
    expect(closestName(typo, fieldSettings)).toBe(meant);
  });

  it.each(['colour', 'x', 'somethingElseEntirely'])('suggests nothing for %s, which is close to nothing', (word) => {
    expect(closestName(word, fieldSettings)).toBeUndefined();
  });
});
