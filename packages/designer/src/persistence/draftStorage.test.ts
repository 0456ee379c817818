import { FORM_SCHEMA_VERSION, type FormSchema } from '@formwork/runtime';
import { describe, expect, it } from 'vitest';
import { createDraftStorage } from './draftStorage.js';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  };
}

const schema: FormSchema = { kind: 'form', schemaVersion: FORM_SCHEMA_VERSION, title: 'Visit', fields: [] };

describe('draftStorage', () => {
  it('keeps a draft per form until removed', () => {
    const backing = memoryStorage();
    const drafts = createDraftStorage(backing);
    drafts.write('frm_1', { schema, baseRevision: 3, savedAt: 1000 });
    expect(drafts.read('frm_1')).toEqual({ schema, baseRevision: 3, savedAt: 1000 });
    expect(drafts.read('frm_2')).toBeUndefined();
    drafts.remove('frm_1');
    expect(drafts.read('frm_1')).toBeUndefined();
  });

  it('ignores values that are not drafts', () => {
    const backing = memoryStorage();
    const drafts = createDraftStorage(backing);
    backing.setItem('formwork.designer.draft.a', '{not json');
    backing.setItem('formwork.designer.draft.b', JSON.stringify({ schema: { kind: 'workflow' }, baseRevision: 1, savedAt: 1 }));
    expect(drafts.read('a')).toBeUndefined();
    expect(drafts.read('b')).toBeUndefined();
  });

  it('survives a storage that refuses to write', () => {
    const drafts = createDraftStorage({
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    });
    expect(() => drafts.write('x', { schema, baseRevision: 1, savedAt: 1 })).not.toThrow();
  });
});
