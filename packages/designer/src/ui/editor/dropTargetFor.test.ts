import { describe, expect, it } from 'vitest';
import type { FieldDragData, ListDropData, PaletteDragData } from './dragData.js';
import { dropTargetFor } from './dropTargetFor.js';

const palette: PaletteDragData = { kind: 'palette', type: 'number', name: 'Number' };
const card = (id: string, index: number, parentId?: string): FieldDragData => ({
  kind: 'field',
  id,
  label: id,
  index,
  ancestors: parentId ? [parentId] : [],
  ...(parentId ? { parentId } : {}),
});
const list = (parentId?: string): ListDropData => ({ kind: 'list', label: 'list', ancestors: [], ...(parentId ? { parentId } : {}) });

describe('dropTargetFor', () => {
  it('puts a new field before or after the card it is dropped on', () => {
    expect(dropTargetFor(palette, card('f_2', 1), false)).toEqual({ index: 1 });
    expect(dropTargetFor(palette, card('f_2', 1), true)).toEqual({ index: 2 });
    expect(dropTargetFor(palette, card('f_9', 0, 'f_sub'), true)).toEqual({ parentId: 'f_sub', index: 1 });
  });

  it('appends to a list dropped on outside its cards', () => {
    expect(dropTargetFor(palette, list('f_sub'), false)).toEqual({ parentId: 'f_sub' });
    expect(dropTargetFor(card('f_1', 0), list(), true)).toEqual({});
  });

  it('gives final positions for moves within one list', () => {
    // Moving down: index 0 dropped on the upper half of index 2 lands at 1, on the lower half at 2.
    expect(dropTargetFor(card('f_1', 0), card('f_3', 2), false)).toEqual({ index: 1 });
    expect(dropTargetFor(card('f_1', 0), card('f_3', 2), true)).toEqual({ index: 2 });
    // Moving up: index 3 dropped on index 1.
    expect(dropTargetFor(card('f_4', 3), card('f_2', 1), false)).toEqual({ index: 1 });
    expect(dropTargetFor(card('f_4', 3), card('f_2', 1), true)).toEqual({ index: 2 });
  });

  it('moves into another list at the position dropped on', () => {
    expect(dropTargetFor(card('f_1', 0), card('f_5', 0, 'f_sub'), false)).toEqual({ parentId: 'f_sub', index: 0 });
  });

  it('does nothing when a card is dropped on itself', () => {
    expect(dropTargetFor(card('f_1', 0), card('f_1', 0), true)).toBeUndefined();
  });
});
