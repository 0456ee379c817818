import { describe, expect, it } from 'vitest';
import { findForbiddenKey, nestingDepth, parseJsonText } from './parseJsonBody.js';

describe('nestingDepth', () => {
  it.each([
    ['1', 0],
    ['{}', 1],
    ['[[{"a":[1]}]]', 4],
    ['{"a":"[[[[{{{{"}', 1],
    ['{"a":"\\"[[[["}', 1],
    ['["\\\\", [[]]]', 3],
  ])('%s is %i deep', (text, depth) => {
    expect(nestingDepth(text)).toBe(depth);
  });
});

describe('findForbiddenKey', () => {
  it('finds forbidden keys anywhere, escaping the pointer', () => {
    expect(findForbiddenKey(JSON.parse('{"a/b":[{"x~":{"__proto__":1}}]}'))).toEqual({ pointer: '/a~1b/0/x~0/__proto__', key: '__proto__' });
    expect(findForbiddenKey({ a: [{ b: 1 }], c: 'constructor' })).toBeUndefined();
  });
});

describe('parseJsonText', () => {
  it('parses an empty body as undefined', () => {
    expect(parseJsonText(new TextEncoder().encode('  '), 64)).toEqual({ ok: true, value: undefined });
  });

  it('refuses with the right codes', () => {
    const code = (text: string) => {
      const result = parseJsonText(new TextEncoder().encode(text), 3);
      return result.ok ? 'ok' : result.error.code;
    };
    expect(code('[[[1]]]')).toBe('ok');
    expect(code('[[[[1]]]]')).toBe('json_too_deep');
    expect(code('{"a":')).toBe('invalid_json');
    expect(code('{"prototype":1}')).toBe('forbidden_key');
  });
});
