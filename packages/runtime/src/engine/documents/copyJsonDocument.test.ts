import { describe, expect, it } from 'vitest';
import { copyJsonDocument } from './copyJsonDocument.js';

describe('copyJsonDocument', () => {
  it('copies JSON into fresh objects sharing nothing with the input', () => {
    const input = { a: [1, 'two', { three: null }], b: { c: true } };
    const result = copyJsonDocument(input);
    // Eight values: the object, the list and its three items, null, the inner object and true.
    expect(result).toEqual({ ok: true, value: input, size: 8 });
    if (!result.ok) return;
    const copy = result.value as { a: unknown[]; b: object };
    expect(copy).not.toBe(input);
    expect(copy.a).not.toBe(input.a);
    expect(copy.b).not.toBe(input.b);
    expect(Object.getPrototypeOf(copy.b)).toBe(Object.prototype);
  });

  it('accepts null-prototype objects as plain data', () => {
    const input = Object.assign(Object.create(null) as object, { a: 1 });
    expect(copyJsonDocument(input)).toEqual({ ok: true, value: { a: 1 }, size: 2 });
  });

  it('drops properties whose value is undefined, as JSON.stringify does', () => {
    expect(copyJsonDocument({ a: 1, b: undefined })).toEqual({ ok: true, value: { a: 1 }, size: 2 });
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a key named %s', (key) => {
    const input: unknown = JSON.parse(`{"fields": [{"${key}": {"polluted": true}}]}`);
    const result = copyJsonDocument(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([expect.objectContaining({ pointer: `/fields/0/${key}`, code: 'forbiddenKey' })]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it.each([
    ['a function', () => 1],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a symbol', Symbol('s')],
    ['a bigint', 10n],
    ['a Date', new Date(0)],
    ['a Map', new Map()],
    ['a class instance', new (class Point {})()],
  ])('refuses %s, which JSON cannot hold', (_name, value) => {
    const result = copyJsonDocument({ settings: { value } });
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ pointer: '/settings/value', code: 'notJson' })] });
  });

  it('refuses holes in arrays', () => {
    // eslint-disable-next-line no-sparse-arrays -- the hole is what is under test
    const result = copyJsonDocument({ list: [1, , 3] });
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ pointer: '/list/1', code: 'notJson' })] });
  });

  it('stops at the depth limit, at the pointer where it stopped', () => {
    const result = copyJsonDocument({ a: { b: { c: { d: 1 } } } }, { maxDepth: 2, maxValues: 100 });
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ pointer: '/a/b', code: 'tooDeep' })] });
  });

  it('stops at the size limit', () => {
    // The object, the list, 1 and 2 are four values; 3 is one too many.
    const result = copyJsonDocument({ list: [1, 2, 3, 4, 5] }, { maxDepth: 10, maxValues: 4 });
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ pointer: '/list/2', code: 'tooLarge' })] });
  });

  it('survives a cycle', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    const result = copyJsonDocument(cyclic);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.code).toBe('tooDeep');
  });

  it('survives getters and proxies that throw', () => {
    const getter = Object.defineProperty({}, 'label', { enumerable: true, get: () => { throw new Error('boom'); } });
    const proxy = new Proxy({}, { ownKeys: () => { throw new Error('boom'); } });
    for (const input of [getter, proxy]) {
      const result = copyJsonDocument({ field: input });
      expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ pointer: '', code: 'unreadable' })] });
    }
  });

  it('reports several faults at once, up to a point', () => {
    const result = copyJsonDocument({ list: Array.from({ length: 100 }, () => Number.NaN) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.length).toBe(20);
  });
});
