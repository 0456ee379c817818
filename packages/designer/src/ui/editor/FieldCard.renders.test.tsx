import { FORM_SCHEMA_VERSION, type FieldDefinition, type FormSchema } from '@formwork/runtime';
import type * as Runtime from '@formwork/runtime';
import { act, cleanup } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderEditor } from '../testing/renderEditor.js';
import type * as FieldTypeInfo from './fieldTypeInfo.js';

// A 500-field form stays quick only if a click or a drop re-renders the cards it concerns, not all
// of them, and if the engine's rule analysis runs once per document, never on a selection. Each
// card's content asks `fieldTypeInfo` once per render: counting the calls counts the renders.

const counts = vi.hoisted(() => ({ typeInfo: 0, analyses: 0 }));

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

vi.mock('@formwork/runtime', async (importOriginal) => {
  const actual = await importOriginal<typeof Runtime>();
  return {
    ...actual,
    analyzeFormRules: (...args: Parameters<typeof actual.analyzeFormRules>) => {
      counts.analyses++;
      return actual.analyzeFormRules(...args);
    },
  };
});

afterEach(() => cleanup());
beforeEach(() => {
  counts.typeInfo = 0;
  counts.analyses = 0;
});

/** 60 fields: numbers, with a formula reading the one before it every tenth field. */
function bigForm(): FormSchema {
  const fields: FieldDefinition[] = [];
  for (let i = 1; i <= 60; i++) {
    fields.push(
      i % 10 === 0
        ? { id: `n${i}`, type: 'formula', label: `Field ${i}`, expression: { '+': [{ var: `n${i - 1}` }, 1] } }
        : { id: `n${i}`, type: 'number', label: `Field ${i}` },
    );
  }
  return { kind: 'form', schemaVersion: FORM_SCHEMA_VERSION, title: 'Big', fields };
}

describe('what a change re-renders on a big canvas', () => {
  it('selecting a card re-renders that card and the one that was selected, and analyses nothing', () => {
    const { store } = renderEditor({ initial: bigForm() });
    act(() => void store.getState().selectField('n30'));
    counts.typeInfo = 0;
    counts.analyses = 0;
    act(() => void store.getState().selectField('n31'));
    // Two cards on the canvas; the properties panel shows the type name of the new selection too.
    expect(counts.typeInfo).toBeLessThanOrEqual(3);
    expect(counts.typeInfo).toBeGreaterThanOrEqual(2);
    expect(counts.analyses).toBe(0);
  });

  it('adding a field near the top renders the new card, not the sixty below it', () => {
    const { store } = renderEditor({ initial: bigForm() });
    counts.typeInfo = 0;
    act(() => void store.getState().addField('text', { index: 1 }));
    expect(store.getState().schema.fields[1]?.type).toBe('text');
    // The new card, plus the properties panel that now shows it: far from one per field.
    expect(counts.typeInfo).toBeLessThanOrEqual(4);
  });

  it('analyses a document once, however many cards and panels ask about it', () => {
    const { store } = renderEditor({ initial: bigForm() });
    counts.analyses = 0;
    act(() => void store.getState().updateField('n5', { label: 'Renamed' }));
    // The store checks the edit against the rule graph (before and after), the cards read it after:
    // one analysis per new document, the old one being cached from when it was opened.
    expect(counts.analyses).toBe(1);
    const card = document.querySelector('[data-field-id="n10"]');
    expect(card?.textContent).toContain('Depends on: Field 9');
  });
});
