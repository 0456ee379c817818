import type * as DndKit from '@dnd-kit/core';
import type { DndContextProps } from '@dnd-kit/core';
import { act, cleanup } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addFields, outline } from '../../store/testing/createTestStore.js';
import { renderEditor } from '../testing/renderEditor.js';
import type { DragData } from './dragData.js';

// The editor's dnd-kit handlers, called as dnd-kit calls them: what the real DndContext is given
// is kept, so a test can play a drag's events in order.
const context = vi.hoisted(() => ({ props: null as DndContextProps | null }));

vi.mock('@dnd-kit/core', async (importOriginal) => {
  const actual = await importOriginal<typeof DndKit>();
  return {
    ...actual,
    DndContext: (props: DndContextProps) => {
      context.props = props;
      return createElement(actual.DndContext, props);
    },
  };
});

afterEach(() => {
  cleanup();
  context.props = null;
});

const rect = (top: number) => ({ top, height: 40, bottom: top + 40, left: 0, right: 400, width: 400 });
const palette: DragData = { kind: 'palette', type: 'number', name: 'Number' };
const card = (id: string, index: number): DragData => ({ kind: 'field', id, label: id, index, ancestors: [] });

/** A pointer drag of the palette's Number whose overlay's middle is at `y`, over `overId`. */
function dragEvent(over: { id: string; data: DragData; top: number }, y: number) {
  return {
    active: { id: 'palette:number', data: { current: palette }, rect: { current: { initial: rect(0), translated: rect(y - 20) } } },
    over: { id: over.id, data: { current: over.data }, rect: rect(over.top), disabled: false },
    activatorEvent: new Event('pointerdown'),
    delta: { x: 0, y },
    collisions: null,
  } as unknown as Parameters<NonNullable<DndContextProps['onDragMove']>>[0];
}

describe('a drag on the canvas', () => {
  it('drops where the indicator showed, even when dnd-kit measured another card on release', () => {
    const { store } = renderEditor();
    act(() => void addFields(store, ['text'], ['text'], ['text'], ['text']));
    const props = context.props!;
    act(() => props.onDragStart?.(dragEvent({ id: 'f_2', data: card('f_2', 1), top: 40 }, 10) as never));
    // The indicator: after the second field (the overlay's middle is below the card's middle).
    act(() => props.onDragMove?.(dragEvent({ id: 'f_2', data: card('f_2', 1), top: 40 }, 75)));
    expect(document.querySelector('[data-field-id="f_2"]')?.classList.contains('fw-drop-after')).toBe(true);
    // The canvas scrolled under the still pointer: on release dnd-kit reports the fourth field.
    act(() => props.onDragEnd?.(dragEvent({ id: 'f_4', data: card('f_4', 3), top: 40 }, 75) as never));
    expect(outline(store.getState().schema.fields)).toEqual(['f_1', 'f_2', 'f_5', 'f_3', 'f_4']);
    expect(document.querySelector('.fw-drop-after')).toBeNull();
  });

  it('drops nothing when no indicator was shown', () => {
    const { store } = renderEditor();
    act(() => void addFields(store, ['text']));
    const props = context.props!;
    act(() => props.onDragStart?.(dragEvent({ id: 'f_1', data: card('f_1', 0), top: 0 }, 10) as never));
    act(() => props.onDragEnd?.(dragEvent({ id: 'f_1', data: card('f_1', 0), top: 0 }, 30) as never));
    expect(outline(store.getState().schema.fields)).toEqual(['f_1']);
  });

  it('scrolls the canvas gently near its edge, never sideways', () => {
    renderEditor();
    const autoScroll = context.props?.autoScroll;
    expect(typeof autoScroll).toBe('object');
    if (typeof autoScroll !== 'object') return;
    // dnd-kit's default: the outer 20 % on both axes, up to 10 px every 5 ms.
    expect(autoScroll.threshold?.x).toBe(0);
    expect(autoScroll.threshold?.y).toBeLessThan(0.2);
    expect((autoScroll.acceleration ?? 10) / (autoScroll.interval ?? 5)).toBeLessThan(10 / 5 / 2);
  });
});
