import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createWebDraftStorage, draftKey, type DraftStorage } from './drafts/DraftStorage.js';
import { renderFields } from './testing/renderFields.js';

const fields = [{ id: 'name', type: 'text' as const, label: 'Name' }];

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
}

describe('drafts', () => {
  it('saves what is typed after a pause, and restores it with a notice', async () => {
    const storage = createWebDraftStorage(memoryStorage());
    const key = draftKey({ formId: 'f1', version: 2, userId: 'u1' });
    const first = renderFields(fields, { props: { draft: { storage, key }, context: { now: () => 1000, locale: 'en' } } });
    await first.user.type(screen.getByLabelText('Name'), 'Wang');
    expect(storage.load(key)).toBeNull();
    await act(() => new Promise((resolve) => setTimeout(resolve, 450)));
    expect(storage.load(key)).toEqual({ values: { name: 'Wang' }, savedAt: 1000 });
    first.unmount();

    const second = renderFields(fields, { props: { draft: { storage, key } } });
    expect(screen.getByLabelText('Name')).toHaveProperty('value', 'Wang');
    expect(screen.getByRole('status').textContent).toContain('Your unsent draft was restored.');
    await second.user.click(screen.getByRole('button', { name: 'Discard draft' }));
    expect(screen.getByLabelText('Name')).toHaveProperty('value', '');
    expect(storage.load(key)).toBeNull();
  });

  it('writes a pending draft at once when the form closes', async () => {
    const storage = createWebDraftStorage(memoryStorage());
    const { user, unmount } = renderFields(fields, { props: { draft: { storage, key: 'k' } } });
    await user.type(screen.getByLabelText('Name'), 'Zhao');
    unmount();
    expect(storage.load('k')?.values).toEqual({ name: 'Zhao' });
  });

  it('drops the draft once the submit is accepted', async () => {
    const saved = new Map<string, unknown>();
    const storage: DraftStorage = {
      load: () => null,
      save: (k, d) => void saved.set(k, d),
      remove: (k) => void saved.delete(k),
    };
    const onSubmit = vi.fn(async () => ({ kind: 'accepted' as const }));
    const { user } = renderFields(fields, { props: { draft: { storage, key: 'k' }, onSubmit } });
    await user.type(screen.getByLabelText('Name'), 'Sun');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await screen.findByText('Submitted');
    await act(() => new Promise((resolve) => setTimeout(resolve, 450)));
    expect(saved.has('k')).toBe(false);
  });

  it('survives a storage that throws', () => {
    const broken = createWebDraftStorage({ ...memoryStorage(), getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('quota'); } });
    expect(broken.load('k')).toBeNull();
    expect(() => broken.save('k', { values: {}, savedAt: 0 })).not.toThrow();
  });
});
