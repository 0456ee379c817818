import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendPointer, resolvePointer, splitPointer } from '../JsonPointer.js';
import { arbitraryFormSchema } from '../testing/arbitraryFormSchema.js';
import { parseFormSchema } from './parseFormSchema.js';

type Mutable = Record<string, unknown> | unknown[];

/** Every pointer inside a JSON value, the value itself first. */
function pointersOf(value: unknown, pointer = ''): string[] {
  const inner =
    Array.isArray(value) ? value.flatMap((item, index) => pointersOf(item, appendPointer(pointer, index)))
    : typeof value === 'object' && value !== null ? Object.entries(value).flatMap(([key, item]) => pointersOf(item, appendPointer(pointer, key)))
    : [];
  return [pointer, ...inner];
}

type Mutation = { readonly kind: 'delete' } | { readonly kind: 'replace'; readonly value: unknown } | { readonly kind: 'addKey'; readonly key: string; readonly value: unknown };

/** A copy of `document` with one change at `pointer`. */
function mutate(document: unknown, pointer: string, mutation: Mutation): unknown {
  const copy: unknown = structuredClone(document);
  const tokens = splitPointer(pointer);
  const last = tokens.pop();
  const parent = resolvePointer(copy, tokens.reduce((at, token) => appendPointer(at, token), ''));
  if (mutation.kind === 'addKey') {
    const target = resolvePointer(copy, pointer);
    if (typeof target === 'object' && target !== null && !Array.isArray(target)) (target as Record<string, unknown>)[mutation.key] = mutation.value;
    return copy;
  }
  if (last === undefined) return mutation.kind === 'replace' ? mutation.value : copy;
  const holder = parent as Mutable;
  if (Array.isArray(holder)) {
    if (mutation.kind === 'delete') holder.splice(Number(last), 1);
    else holder[Number(last)] = mutation.value;
  } else if (mutation.kind === 'delete') {
    delete holder[last];
  } else {
    holder[last] = mutation.value;
  }
  return copy;
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant({ kind: 'delete' as const }),
  fc.jsonValue({ maxDepth: 2 }).map((value) => ({ kind: 'replace' as const, value })),
  fc.tuple(fc.constantFrom('bogus', 'lable', 'type', 'fields', 'options', 'min'), fc.jsonValue({ maxDepth: 1 })).map(([key, value]) => ({ kind: 'addKey' as const, key, value })),
);

describe('parseFormSchema, by property', () => {
  it('parses every valid form, and returns it unchanged', () => {
    fc.assert(
      fc.property(arbitraryFormSchema, (form) => {
        const result = parseFormSchema(form);
        if (!result.ok) throw new Error(result.errors.map((issue) => `${issue.pointer} ${issue.message.en}`).join('\n'));
        expect(result.value).toEqual(form);
        expect(JSON.parse(JSON.stringify(result.value))).toEqual(JSON.parse(JSON.stringify(form)));
        // A fresh copy: changing it never changes what was given.
        expect(result.value).not.toBe(form);
      }),
      { numRuns: 300 },
    );
  });

  it('answers a mutated form with the form or with issues that point into it', () => {
    fc.assert(
      fc.property(
        arbitraryFormSchema.chain((form) => fc.tuple(fc.constant(form), fc.constantFrom(...pointersOf(form)), mutation)),
        ([form, pointer, change]) => {
          const mutated = mutate(form, pointer, change);
          const result = parseFormSchema(mutated);
          if (result.ok) return;
          expect(result.errors.length).toBeGreaterThan(0);
          for (const issue of result.errors) {
            expect(issue.message['zh-CN']).not.toBe('');
            expect(issue.message.en).not.toBe('');
            if (resolvePointer(mutated, issue.pointer) !== undefined) continue;
            // Only a missing property may be pointed at where nothing is: its parent holds the rest.
            expect(issue.code).toBe('required');
            const tokens = splitPointer(issue.pointer);
            tokens.pop();
            const parent = resolvePointer(mutated, tokens.reduce((at, token) => appendPointer(at, token), ''));
            expect(typeof parent).toBe('object');
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
