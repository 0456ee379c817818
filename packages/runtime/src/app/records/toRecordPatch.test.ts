import { describe, expect, it } from 'vitest';
import type { FieldDefinition } from '../../engine/index.js';
import { toRecordPatch } from './toRecordPatch.js';

const fields = new Map<string, FieldDefinition>([
  ['a', { id: 'a', type: 'number', label: 'A' }],
  ['b', { id: 'b', type: 'text', label: 'B' }],
]);

describe('toRecordPatch', () => {
  it('clears emptied fields with null and leaves removed fields alone', () => {
    expect(toRecordPatch({ a: 1, b: 'x', gone: 'kept' }, { a: 2 }, fields)).toEqual({ a: 2, b: null });
  });
});
