import type * as DndKit from '@dnd-kit/core';
import type { DroppableContainer } from '@dnd-kit/core';
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addFields, outline } from '../../store/testing/createTestStore.js';
import { renderEditor } from '../testing/renderEditor.js';
import { collideInnermost } from './collideInnermost.js';
import { asDragData, type PaletteDragData } from './dragData.js';
import { dropTargetFor } from './dropTargetFor.js';

// The drop targets the rendered canvas registers with dnd-kit, by id, with their data: what the
// collision detection chooses among during a real drag.
const registered = vi.hoisted(() => new Map<string, unknown>());

vi.mock('@dnd-kit/core', async (importOriginal) => {
  const actual = await importOriginal<typeof DndKit>();
  return {
    ...actual,
    useDroppable: (args: Parameters<typeof actual.useDroppable>[0]) => {
      registered.set(String(args.id), args.data);
      return actual.useDroppable(args);
    },
  };
});

afterEach(() => {
  cleanup();
  registered.clear();
  Reflect.deleteProperty(document, 'elementsFromPoint');
});

const palette: PaletteDragData = { kind: 'palette', type: 'number', name: 'Number' };

/** Where a palette item dropped on `under` (the browser's hit test, outermost last) lands. */
function dropOn(under: readonly Element[]) {
  Object.defineProperty(document, 'elementsFromPoint', { configurable: true, value: () => [...under] });
  const containers = [...registered].map(
    ([id, data]): DroppableContainer => ({ id, key: id, data: { current: data as Record<string, unknown> }, disabled: false, node: { current: null }, rect: { current: null } }),
  );
  const args = {
    active: { id: 'palette:number', data: { current: palette }, rect: { current: { initial: null, translated: null } } },
    collisionRect: { top: 0, left: 0, width: 10, height: 10, bottom: 10, right: 10 },
    droppableRects: new Map(),
    droppableContainers: containers,
    pointerCoordinates: { x: 5, y: 5 },
  } as unknown as Parameters<typeof collideInnermost>[0];
  const over = collideInnermost(args)[0];
  const data = over ? asDragData(registered.get(String(over.id))) : undefined;
  return data && data.kind !== 'palette' ? dropTargetFor(palette, data, false) : undefined;
}

describe('dropping on the canvas', () => {
  it('adds at the top level when dropped on the empty canvas below a subform that is the last field', () => {
    const { store } = renderEditor();
    act(() => {
      const [, subform] = addFields(store, ['text'], ['subform']);
      addFields(store, ['number', { parentId: subform }]);
    });
    const canvas = screen.getByRole('region', { name: 'Form canvas' });
    const target = dropOn([canvas, document.body]);
    expect(target).toEqual({});
    act(() => void store.getState().addField('number', target));
    expect(outline(store.getState().schema.fields)).toEqual(['f_1', { f_2: ['f_3'] }, 'f_4']);
  });

  it('still adds into the subform when dropped on its columns', () => {
    const { store } = renderEditor();
    act(() => void addFields(store, ['subform']));
    const columns = screen.getByRole('list', { name: 'Fields in “Subform”' });
    const target = dropOn([columns, screen.getByRole('region', { name: 'Form canvas' })]);
    expect(target).toEqual({ parentId: 'f_1' });
  });
});
