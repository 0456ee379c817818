import { describe, expect, it } from 'vitest';
import { parseQuery, RecordListController } from './RecordListController.js';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> & { readonly items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

function controller(initial = '', storage = memoryStorage()) {
  const written: string[] = [];
  const list = new RecordListController(initial, { writeQuery: (q) => written.push(q), storage, columnsKey: 'cols:u1:frm1' });
  return { list, written, storage };
}

describe('RecordListController', () => {
  it('writes filters, search, sort and page into the URL, and reads them back', () => {
    const { list, written } = controller();
    list.applyFilters([{ field: 'amount', op: 'gt', value: '15', value2: '' }]);
    list.search(' acme ');
    list.toggleSort('amount');
    list.nextPage('p2');
    const url = written.at(-1) ?? '';
    expect(url.startsWith('?')).toBe(true);
    const restored = controller(url).list.state;
    expect(restored.filters).toEqual([{ field: 'amount', op: 'gt', value: '15', value2: '' }]);
    expect(restored.search).toBe('acme');
    expect(restored.sort).toEqual({ field: 'amount', direction: 'asc' });
    expect(restored.cursors).toEqual([undefined, 'p2']);
  });

  it('starts again at the first page when the query changes, and sorts asc → desc → default', () => {
    const { list, written } = controller('?pages=%5B%22p2%22%5D');
    expect(list.state.cursors).toEqual([undefined, 'p2']);
    list.toggleSort('amount');
    expect(list.state.cursors).toEqual([undefined]);
    list.toggleSort('amount');
    expect(list.state.sort).toEqual({ field: 'amount', direction: 'desc' });
    list.toggleSort('amount');
    expect(list.state.sort).toBeNull();
    expect(written.at(-1)).toBe('');
  });

  it('ignores a malformed query rather than failing', () => {
    expect(parseQuery('?filter=%7Bnot-json&sort=amount;drop&pages=3')).toEqual({ search: '', sort: null, cursors: [undefined], filters: [], deleted: false });
    expect(parseQuery('?filter=' + encodeURIComponent(JSON.stringify([{ field: 'a', op: 'exec', value: '', value2: '' }]))).filters).toEqual([]);
  });

  it('remembers hidden columns per user and form', () => {
    const storage = memoryStorage();
    controller('', storage).list.setColumnVisible('_updatedAt', false);
    expect(controller('', storage).list.state.hiddenColumns.has('_updatedAt')).toBe(true);
    const other = new RecordListController('', { writeQuery: () => undefined, storage, columnsKey: 'cols:u2:frm1' });
    expect(other.state.hiddenColumns.size).toBe(0);
  });

  it('selects rows, all of a page, and forgets the selection when the query changes', () => {
    const { list } = controller();
    let notified = 0;
    list.subscribe(() => notified++);
    list.toggleSelected('r1');
    expect([...list.state.selected]).toEqual(['r1']);
    list.toggleAll(['r1', 'r2']);
    expect([...list.state.selected]).toEqual(['r1', 'r2']);
    list.toggleAll(['r1', 'r2']);
    expect(list.state.selected.size).toBe(0);
    list.toggleSelected('r2');
    list.showDeleted(true);
    expect(list.state.selected.size).toBe(0);
    expect(notified).toBe(5);
  });
});

describe('RecordListController batches', () => {
  it('sends the selection, then clears it and loads the first page again', async () => {
    const { list } = controller('?pages=%5B%22p2%22%5D');
    list.openBatch('delete');
    expect(list.state.batch.step).toBe('closed');
    list.toggleSelected('r1');
    list.toggleSelected('r2');
    list.openBatch('delete');
    expect(list.state.batch).toEqual({ step: 'asking', action: 'delete' });
    const sent: (readonly string[])[] = [];
    const running = list.runBatch(async (ids) => (sent.push(ids), { changed: ids.length }));
    expect(list.state.batch).toEqual({ step: 'saving', action: 'delete' });
    await running;
    expect(sent).toEqual([['r1', 'r2']]);
    expect(list.state.batch).toEqual({ step: 'done', changed: 2 });
    expect(list.state.selected.size).toBe(0);
    expect(list.state.cursors).toEqual([undefined]);
    expect(list.state.revision).toBe(1);
  });

  it('keeps the selection when the server refuses, so the user can try again', async () => {
    const { list } = controller();
    list.toggleSelected('r1');
    list.openBatch('edit');
    const refusal = new Error('batch_rejected');
    await list.runBatch(() => Promise.reject(refusal));
    expect(list.state.batch).toEqual({ step: 'failed', action: 'edit', error: refusal, ids: ['r1'] });
    expect([...list.state.selected]).toEqual(['r1']);
    await list.runBatch(async () => ({ changed: 1 }));
    expect(list.state.batch).toEqual({ step: 'done', changed: 1 });
  });
});
