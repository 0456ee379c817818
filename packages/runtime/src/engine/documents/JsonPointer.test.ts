import { describe, expect, it } from 'vitest';
import { appendPointer, resolvePointer, splitPointer } from './JsonPointer.js';

describe('JSON pointers', () => {
  it('escape and unescape ~ and / (RFC 6901)', () => {
    const pointer = appendPointer(appendPointer('', 'a/b'), 'm~n');
    expect(pointer).toBe('/a~1b/m~0n');
    expect(splitPointer(pointer)).toEqual(['a/b', 'm~n']);
  });

  it('resolve the examples of RFC 6901', () => {
    const document = { foo: ['bar', 'baz'], '': 0, 'a/b': 1, 'c%d': 2, 'e^f': 3, 'g|h': 4, 'i\\j': 5, 'k"l': 6, ' ': 7, 'm~n': 8 };
    expect(resolvePointer(document, '')).toBe(document);
    expect(resolvePointer(document, '/foo')).toEqual(['bar', 'baz']);
    expect(resolvePointer(document, '/foo/0')).toBe('bar');
    expect(resolvePointer(document, '/')).toBe(0);
    expect(resolvePointer(document, '/a~1b')).toBe(1);
    expect(resolvePointer(document, '/m~0n')).toBe(8);
    expect(resolvePointer(document, '/ ')).toBe(7);
  });

  it('resolve nothing that is not there, prototypes included', () => {
    expect(resolvePointer({ a: [1] }, '/a/1')).toBeUndefined();
    expect(resolvePointer({ a: [1] }, '/a/01')).toBeUndefined();
    expect(resolvePointer({ a: 1 }, '/b')).toBeUndefined();
    expect(resolvePointer({}, '/constructor')).toBeUndefined();
    expect(resolvePointer({}, '/__proto__')).toBeUndefined();
  });
});
