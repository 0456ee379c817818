import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAppBundle } from './appBundle/parseAppBundle.js';
import { parseDashboardSchema } from './dashboard/parseDashboardSchema.js';
import type { ParseResult } from './DocumentIssue.js';
import { documentKinds } from './DocumentKind.js';
import { parseFormSchema } from './form/parseFormSchema.js';
import { parseDocument } from './parseDocument.js';
import { parseScoringSchema } from './scoring/parseScoringSchema.js';
import { parseWorkflowSchema } from './workflow/parseWorkflowSchema.js';

const parsers: readonly (readonly [string, (input: unknown) => ParseResult<unknown>])[] = [
  ['parseDocument', parseDocument],
  ['parseFormSchema', parseFormSchema],
  ['parseWorkflowSchema', parseWorkflowSchema],
  ['parseScoringSchema', parseScoringSchema],
  ['parseDashboardSchema', parseDashboardSchema],
  ['parseAppBundle', parseAppBundle],
];

/** Anything at all, including what JSON cannot hold. */
const anything = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

/** Objects that look like documents, so that validation (not just the envelope) is exercised. */
const documentShaped = fc
  .tuple(fc.constantFrom(...documentKinds), fc.dictionary(fc.constantFrom('title', 'fields', 'nodes', 'edges', 'items', 'widgets', 'forms', 'app', 'period', 'formId'), fc.jsonValue({ maxDepth: 4 })))
  .map(([kind, rest]) => ({ ...rest, kind, schemaVersion: 1 }));

/** A ParseResult, whatever it holds: the function answered instead of throwing. */
function isParseResult(result: ParseResult<unknown>): boolean {
  return result.ok ? 'value' in result : Array.isArray(result.errors) && result.errors.every((issue) => typeof issue.pointer === 'string' && typeof issue.message.en === 'string');
}

describe.each(parsers)('%s, by property', (_name, parse) => {
  it('answers any JSON value with a ParseResult', () => {
    fc.assert(fc.property(fc.jsonValue(), (input) => {
          expect(isParseResult(parse(input))).toBe(true);
        }), { numRuns: 200 });
  });

  it('answers any JavaScript value with a ParseResult', () => {
    fc.assert(fc.property(anything, (input) => {
          expect(isParseResult(parse(input))).toBe(true);
        }), { numRuns: 200 });
  });

  it('answers document-shaped objects with a ParseResult', () => {
    fc.assert(fc.property(documentShaped, (input) => {
          expect(isParseResult(parse(input))).toBe(true);
        }), { numRuns: 200 });
  });
});
