import { describe, expect, it } from 'vitest';
import { addFields, createTestStore, fieldById } from './testing/createTestStore.js';

function labelled(...labels: string[]) {
  const store = createTestStore();
  const ids = addFields(store, ...labels.map(() => ['formula'] as const));
  ids.forEach((id, index) => store.getState().updateField(id, { label: labels[index]! }));
  return { store, ids };
}

describe('rule commands guarded by the engine analysis', () => {
  it('refuses a formula cycle, naming the fields in both languages, and changes nothing', () => {
    const { store, ids } = labelled('Subtotal', 'Total');
    const [subtotal, total] = ids as [string, string];
    expect(store.getState().setFormula(total, { '+': [{ var: subtotal }, 1] }).ok).toBe(true);
    const before = store.getState().schema;
    const steps = store.getState().history.past.length;
    const result = store.getState().setFormula(subtotal, { '*': [{ var: total }, 2] });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason.en).toContain('Subtotal');
      expect(result.reason.en).toContain('Total');
      expect(result.reason['zh-CN']).toContain('Subtotal');
    }
    expect(store.getState().schema).toBe(before);
    expect(store.getState().history.past.length).toBe(steps);
    expect(store.getState().lastError).toEqual(result.ok ? null : result.reason);
  });

  it('refuses a field whose formula depends on itself', () => {
    const { store, ids } = labelled('Score');
    expect(store.getState().setFormula(ids[0]!, { '+': [{ var: ids[0]! }, 1] }).ok).toBe(false);
  });

  it('refuses a rule that references a field the form does not have', () => {
    const { store, ids } = labelled('Total');
    expect(store.getState().setFormula(ids[0]!, { var: 'f_missing' }).ok).toBe(false);
    expect(store.getState().setVisibility(ids[0]!, { '==': [{ var: 'f_missing' }, 1] }).ok).toBe(false);
  });

  it('refuses to remove a field another rule depends on, and allows it once the rule is gone', () => {
    const store = createTestStore();
    const [stage, reason] = addFields(store, ['select'], ['textarea']);
    store.getState().updateField(stage!, { label: 'Stage' });
    store.getState().setVisibility(reason!, { '==': [{ var: stage! }, 'lost'] });
    expect(store.getState().removeField(stage!).ok).toBe(false);
    expect(fieldById(store, stage!).label).toBe('Stage');
    store.getState().setVisibility(reason!, null);
    expect(store.getState().removeField(stage!).ok).toBe(true);
  });

  it('clears the last error when a command succeeds', () => {
    const { store, ids } = labelled('Total');
    store.getState().setFormula(ids[0]!, { var: ids[0]! });
    expect(store.getState().lastError).not.toBeNull();
    store.getState().addField('text');
    expect(store.getState().lastError).toBeNull();
  });
});
