import { describe, expect, it } from 'vitest';
import { compileRule } from './compileRule.js';
import { evaluateRule } from './evaluateRule.js';
import { RuleError } from './RuleError.js';

describe('text operators', () => {
  it.each([
    [{ upper: ['abc Ünï'] }, 'ABC ÜNÏ'],
    [{ upper: [null] }, ''],
    [{ lower: ['ABC'] }, 'abc'],
    [{ trim: ['  张三 \n'] }, '张三'],
    [{ trim: [null] }, ''],
    [{ length: ['上海市'] }, 3],
    [{ length: ['a😀b'] }, 3],
    [{ length: [''] }, 0],
    [{ length: [null] }, 0],
    [{ length: [['a', 'b']] }, 2],
    [{ length: [12345] }, 5],
    [{ contains: ['上海市浦东新区', '浦东'] }, true],
    [{ contains: ['上海市', '北京'] }, false],
    [{ contains: [null, ''] }, true],
    [{ contains: [12345, 234] }, true],
    [{ starts_with: ['13800138000', '138'] }, true],
    [{ starts_with: ['13800138000', '139'] }, false],
    [{ ends_with: ['a@example.com', '@example.com'] }, true],
    [{ ends_with: ['a@example.com', '.cn'] }, false],
    [{ replace_all: ['138-0013-8000', '-', ''] }, '13800138000'],
    [{ replace_all: ['a.b.c', '.', '$&'] }, 'a$&b$&c'],
    [{ replace_all: ['aaa', 'a', 'aa'] }, 'aaaaaa'],
    [{ replace_all: ['abc', '', 'x'] }, 'abc'],
    [{ replace_all: ['a(b)', '(', '['] }, 'a[b)'],
    [{ pad_start: [7, 3, '0'] }, '007'],
    [{ pad_start: ['1234', 3, '0'] }, '1234'],
    [{ pad_start: ['ab', 5] }, '   ab'],
    [{ pad_start: ['ab', 100_001, '0'] }, null],
    [{ pad_start: ['ab', '', '0'] }, null],
    [{ text: [12.5] }, '12.5'],
    [{ text: [null] }, ''],
    [{ text: [true] }, 'true'],
    [{ text: [['a', 'b', 3]] }, 'a, b, 3'],
  ])('%j is %j', (rule, expected) => {
    expect(evaluateRule(rule, {})).toEqual(expected);
  });

  it('writes an object value as JSON', () => {
    expect(evaluateRule({ text: [{ var: 'f_address' }] }, { f_address: { province: '上海' } })).toBe('{"province":"上海"}');
  });

  it('reads cells through var', () => {
    expect(evaluateRule({ upper: [{ var: '$row.f_code' }] }, { $row: { f_code: 'ab-1' } })).toBe('AB-1');
  });

  it('refuses a wrong number of arguments at compile time', () => {
    expect(() => compileRule({ upper: ['a', 'b'] })).toThrow(RuleError);
    expect(() => compileRule({ replace_all: ['a', 'b'] })).toThrow(RuleError);
    expect(() => compileRule({ pad_start: ['a'] })).toThrow(RuleError);
  });
});
