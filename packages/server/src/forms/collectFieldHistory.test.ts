import type { FormSchema } from '@formwork/runtime';
import { describe, expect, it } from 'vitest';
import type { FormVersion } from '../storage/FormStore.js';
import { sampleFormSchema } from '../testing/sampleFormSchema.js';
import { collectFieldHistory } from './collectFieldHistory.js';

const version = (number: number, schema: FormSchema): FormVersion => ({ formId: 'f', version: number, schema, draftRevision: number, publishedAt: number, publishedBy: null });

describe('collectFieldHistory', () => {
  const v1 = sampleFormSchema({ fields: [{ id: 'f_a', type: 'text', label: 'A' }, { id: 'f_old', type: 'number', label: 'Old' }] });
  const v2 = sampleFormSchema({ fields: [{ id: 'f_b', type: 'text', label: 'B' }, { id: 'f_a', type: 'textarea', label: 'A (long)' }] });

  it('names every field that ever held a value: current ones in form order, then removed ones', () => {
    const history = collectFieldHistory([version(2, v2), version(1, v1)]);
    expect(history.map((entry) => [entry.field.id, entry.removed])).toEqual([
      ['f_b', false],
      ['f_a', false],
      ['f_old', true],
    ]);
  });

  it('keeps the latest definition and the version range of each field', () => {
    const history = collectFieldHistory([version(1, v1), version(2, v2)]);
    expect(history.find((entry) => entry.field.id === 'f_a')).toMatchObject({ field: { type: 'textarea', label: 'A (long)' }, firstVersion: 1, lastVersion: 2 });
    expect(history.find((entry) => entry.field.id === 'f_old')).toMatchObject({ field: { label: 'Old' }, firstVersion: 1, lastVersion: 1, removed: true });
  });

  it('is empty before the first publish', () => {
    expect(collectFieldHistory([])).toEqual([]);
  });
});
