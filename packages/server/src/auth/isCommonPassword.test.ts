import { describe, expect, it } from 'vitest';
import { isCommonPassword } from './isCommonPassword.js';

describe('isCommonPassword', () => {
  it('finds listed passwords regardless of case, width and surrounding spaces', () => {
    for (const password of ['qwertyuiop', 'QWERTYUIOP', 'ｑｗｅｒｔｙｕｉｏｐ', ' 1q2w3e4r5t ', 'Woaini1314', 'jiandaoyun123']) {
      expect(isCommonPassword(password), password).toBe(true);
    }
  });

  it('lets other passwords through, and never treats the list’s comment lines as passwords', () => {
    for (const password of ['correct horse battery', 'test-admin-password', '# Part 2', '']) {
      expect(isCommonPassword(password), password).toBe(false);
    }
  });
});
