import type { DroppableContainer } from '@dnd-kit/core';
import { afterEach, describe, expect, it } from 'vitest';
import { collideInnermost } from './collideInnermost.js';
import { listDropId, type DragData } from './dragData.js';

// The canvas as the browser lays it out: a subform card holding a column card, in the form's list.
// jsdom has no layout, so the hit test (`elementsFromPoint`) is stubbed with what is under the pointer.

function canvas() {
  document.body.innerHTML = `
    <div class="fw-drag-overlay" id="overlay">Number</div>
    <ul data-drop-id="${listDropId(undefined)}" id="top">
      <li data-drop-id="sub" id="sub">
        <div class="fw-card-head" id="subHead">Products</div>
        <ul data-drop-id="${listDropId('sub')}" id="subList">
          <li data-drop-id="qty" id="qty"><div class="fw-card-head" id="qtyHead">Quantity</div></li>
        </ul>
      </li>
    </ul>`;
  const byId = (id: string) => document.getElementById(id)!;
  return { byId };
}

function container(id: string, data: DragData): DroppableContainer {
  return { id, key: id, data: { current: data }, disabled: false, node: { current: null }, rect: { current: null } };
}

const containers = [
  container(listDropId(undefined), { kind: 'list', label: 'Form', ancestors: [] }),
  container('sub', { kind: 'field', id: 'sub', label: 'Products', index: 0, ancestors: [] }),
  container(listDropId('sub'), { kind: 'list', parentId: 'sub', label: 'Products', ancestors: ['sub'] }),
  container('qty', { kind: 'field', id: 'qty', label: 'Quantity', parentId: 'sub', index: 0, ancestors: ['sub'] }),
];

function collide(activeId: string, under: readonly Element[]) {
  Object.defineProperty(document, 'elementsFromPoint', { configurable: true, value: () => [...under] });
  const args = {
    active: { id: activeId, data: { current: undefined }, rect: { current: { initial: null, translated: null } } },
    collisionRect: { top: 0, left: 0, width: 10, height: 10, bottom: 10, right: 10 },
    droppableRects: new Map(),
    droppableContainers: containers,
    pointerCoordinates: { x: 5, y: 5 },
  } as unknown as Parameters<typeof collideInnermost>[0];
  return collideInnermost(args).map((collision) => collision.id);
}

afterEach(() => {
  Reflect.deleteProperty(document, 'elementsFromPoint');
});

describe('collideInnermost with the browser’s hit test', () => {
  it('picks the innermost drop target under the pointer, looking past the drag overlay', () => {
    const { byId } = canvas();
    const stack = [byId('overlay'), byId('qtyHead'), byId('qty'), byId('subList'), byId('sub'), byId('top'), document.body];
    expect(collide('palette:number', stack)).toEqual(['qty']);
    // Between the columns: the subform's own list; on the subform's head: the subform card.
    expect(collide('palette:number', [byId('overlay'), byId('subList'), byId('sub'), byId('top')])).toEqual([listDropId('sub')]);
    expect(collide('palette:number', [byId('subHead'), byId('sub'), byId('top')])).toEqual(['sub']);
  });

  it('never offers a dragged subform its own inside', () => {
    const { byId } = canvas();
    expect(collide('sub', [byId('qtyHead'), byId('qty'), byId('subList'), byId('sub'), byId('top')])).toEqual(['sub']);
  });
});
