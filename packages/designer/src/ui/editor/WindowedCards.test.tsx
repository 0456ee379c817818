import { FORM_SCHEMA_VERSION, type FieldDefinition, type FormSchema } from '@formwork/runtime';
import type * as FieldTypeInfo from './fieldTypeInfo.js';
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderEditor } from '../testing/renderEditor.js';
import { WINDOWED_FROM } from './WindowedCards.js';

// A card's content asks `fieldTypeInfo` once per render: counting the calls counts the renders.
const counts = vi.hoisted(() => ({ typeInfo: 0 }));
vi.mock('./fieldTypeInfo.js', async (importOriginal) => {
  const actual = await importOriginal<typeof FieldTypeInfo>();
  return {
    ...actual,
    fieldTypeInfo: (...args: Parameters<typeof actual.fieldTypeInfo>) => {
      counts.typeInfo++;
      return actual.fieldTypeInfo(...args);
    },
  };
});

afterEach(() => cleanup());
beforeEach(() => {
  counts.typeInfo = 0;
});

function longForm(size: number): FormSchema {
  const fields: FieldDefinition[] = [];
  for (let i = 1; i <= size; i++) fields.push({ id: `n${i}`, type: 'number', label: `Field ${i}` });
  return { kind: 'form', schemaVersion: FORM_SCHEMA_VERSION, title: 'Long', fields };
}

const cards = () => [...document.querySelectorAll('.fw-canvas [data-field-id]')];

describe('a long form on the canvas', () => {
  it('renders the cards in view, not all 500, each saying its place in the list', () => {
    renderEditor({ initial: longForm(500) });
    // jsdom lays nothing out, so "in view" is the first cards and the overscan.
    expect(cards().length).toBeGreaterThan(0);
    expect(cards().length).toBeLessThan(40);
    expect(cards()[0]?.getAttribute('aria-setsize')).toBe('500');
    expect(cards()[0]?.getAttribute('aria-posinset')).toBe('1');
    expect(screen.getByRole('list', { name: 'Form canvas' })).toBeTruthy();
  });

  it('keeps the selected card rendered, far down the list, and renders tens of cards on a click or a drop', () => {
    const { store } = renderEditor({ initial: longForm(500) });
    counts.typeInfo = 0;
    act(() => void store.getState().selectField('n400'));
    const selected = document.querySelector('[data-field-id="n400"]');
    expect(selected?.getAttribute('aria-posinset')).toBe('400');
    expect(selected?.classList.contains('fw-selected')).toBe(true);
    expect(counts.typeInfo).toBeLessThan(50);
    counts.typeInfo = 0;
    act(() => void store.getState().addField('text', { index: 1 }));
    expect(cards()[0]?.getAttribute('aria-setsize')).toBe('501');
    expect(counts.typeInfo).toBeLessThan(50);
  });

  it('renders the cards further down when the canvas scrolls there', () => {
    renderEditor({ initial: longForm(500) });
    const canvas = document.querySelector<HTMLElement>('.fw-canvas');
    if (!canvas) throw new Error('no canvas');
    expect(cards().some((card) => card.getAttribute('data-field-id') === 'n300')).toBe(false);
    // About 300 cards down (46 px and a 6 px gap each): jsdom keeps the offset and the virtualizer reads it on the scroll event.
    act(() => {
      canvas.scrollTop = 299 * 52;
      canvas.dispatchEvent(new Event('scroll'));
    });
    const shown = cards().map((card) => card.getAttribute('data-field-id'));
    expect(shown).toContain('n300');
    expect(shown).not.toContain('n1');
    expect(shown.length).toBeLessThan(40);
  });

  it('renders a form below the threshold whole', () => {
    renderEditor({ initial: longForm(WINDOWED_FROM - 1) });
    expect(cards()).toHaveLength(WINDOWED_FROM - 1);
    expect(cards()[0]?.hasAttribute('aria-setsize')).toBe(false);
  });
});
