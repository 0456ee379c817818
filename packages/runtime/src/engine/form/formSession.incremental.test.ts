import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FieldDefinition } from '../documents/form/FormSchema.js';
import type { CompiledForm, FormSession } from './CompiledForm.js';
import { compileForm } from './compileForm.js';
import { runRule } from './runRule.js';
import type * as RunRuleModule from './runRule.js';
import { generateForm } from './testing/generateForm.js';
import { invalidValue, validValue } from './testing/generateRecord.js';
import { formOf, testContext } from './testing/formOf.js';
import { seededRandom } from './testing/seededRandom.js';

// Count rule evaluations: every rule the engine runs goes through runRule.
vi.mock('./runRule.js', async (importOriginal) => {
  const actual: typeof RunRuleModule = await importOriginal();
  return { runRule: vi.fn(actual.runRule) };
});
const ruleRuns = vi.mocked(runRule);

const ctx = testContext('en');

const chain = compileForm(
  formOf(
    [
      { id: 'f_a', type: 'number', label: 'A' },
      { id: 'f_b', type: 'number', label: 'B' },
      { id: 'f_c', type: 'number', label: 'C' },
      { id: 'f_sum', type: 'formula', label: 'Sum', expression: { '+': [{ var: 'f_a' }, { var: 'f_b' }] } },
      { id: 'f_double', type: 'formula', label: 'Double', expression: { '*': [{ var: 'f_sum' }, 2] } },
      { id: 'f_reason', type: 'text', label: 'Reason', required: true, visibleWhen: { '>': [{ var: 'f_double' }, 10] } },
      { id: 'f_triple_b', type: 'formula', label: 'Triple B', expression: { '*': [{ var: 'f_b' }, 3] } },
      { id: 'f_c_plus', type: 'formula', label: 'C+1', expression: { '+': [{ var: 'f_c' }, 1] } },
      { id: 'f_c_label', type: 'text', label: 'C label', visibleWhen: { '>': [{ var: 'f_c' }, 0] } },
    ],
    [{ id: 'v_limit', assert: { '<': [{ var: 'f_double' }, 100] }, message: 'Too much', fields: ['f_a'] }],
  ),
);

afterEach(() => {
  ruleRuns.mockClear();
});

describe('a form session', () => {
  it('re-evaluates only the rules that read the change, and reports only what changed', () => {
    const session = chain.createSession({ f_a: 1, f_b: 1, f_c: 1 }, ctx);
    ruleRuns.mockClear();

    const changed = session.setValue('/f_a', 5);
    // Sum, Double, Reason's visibility, the validation — not Triple B, C+1 or C label.
    expect(ruleRuns).toHaveBeenCalledTimes(4);
    expect([...changed].sort()).toEqual(['/f_a', '/f_double', '/f_reason', '/f_sum']);
    expect(session.isVisible('/f_reason')).toBe(true);
    expect(session.getErrors('/f_reason').map((error) => error.code)).toEqual(['required']);

    ruleRuns.mockClear();
    expect([...session.setValue('/f_c', 2)].sort()).toEqual(['/f_c', '/f_c_plus']);
    expect(ruleRuns).toHaveBeenCalledTimes(2);

    ruleRuns.mockClear();
    expect([...session.setValue('/f_a', 100)].sort()).toEqual(['/f_a', '/f_double', '/f_sum']);
    expect(session.getErrors('/f_a').map((error) => error.message)).toEqual(['Too much']);
  });

  it('stops propagating when a value or a recomputed value is unchanged', () => {
    const rounding = compileForm(
      formOf([
        { id: 'f_x', type: 'number', label: 'X' },
        { id: 'f_floor', type: 'formula', label: 'Floor', expression: { floor: [{ var: 'f_x' }] } },
        { id: 'f_twice', type: 'formula', label: 'Twice', expression: { '*': [{ var: 'f_floor' }, 2] } },
      ]),
    );
    const session = rounding.createSession({ f_x: 1.2 }, ctx);
    ruleRuns.mockClear();
    expect(session.setValue('/f_x', 1.2).size).toBe(0);
    expect(ruleRuns).not.toHaveBeenCalled();
    // Floor reruns and gives 1 again: Twice does not rerun.
    expect([...session.setValue('/f_x', 1.7)]).toEqual(['/f_x']);
    expect(ruleRuns).toHaveBeenCalledTimes(1);
    expect(session.getValue('/f_twice')).toBe(2);
  });

  it('re-evaluates a row rule for the changed row only, and aggregates over the rows', () => {
    const rows = compileForm(formOf(generateForm({ fields: 20, subformColumns: 2, rowRules: true, seed: 4 }).fields));
    const initial = {
      f_threshold: 1000,
      f_items: Array.from({ length: 30 }, (_, index) => ({ _id: `r${index}`, c_qty: 1, c_price: 10 })),
    };
    const session = rows.createSession(initial, ctx);
    ruleRuns.mockClear();
    const changed = session.setValue('/f_items/7/c_qty', 3);
    // Row 7: Price's visibility, Line total, Memo's visibility; then Items total and Why-so-big's visibility.
    expect(ruleRuns).toHaveBeenCalledTimes(5);
    expect([...changed].sort()).toEqual(['/f_items/7/c_qty', '/f_items/7/c_total', '/f_items_total']);
    expect(session.getValue('/f_items_total')).toBe(320);
  });

  it("runs a description block's rule only when what it reads changes, and nothing reads it", () => {
    const noted = compileForm(
      formOf([
        { id: 'f_x', type: 'number', label: 'X' },
        { id: 'f_y', type: 'number', label: 'Y' },
        { id: 'd_note', type: 'description', label: 'Note', content: 'X is big.', visibleWhen: { '>': [{ var: 'f_x' }, 1] } },
        { id: 'f_twice', type: 'formula', label: 'Twice', expression: { '*': [{ var: 'f_y' }, 2] } },
      ]),
    );
    const session = noted.createSession({}, ctx);
    ruleRuns.mockClear();
    expect([...session.setValue('/f_x', 5)].sort()).toEqual(['/d_note', '/f_x']);
    expect(ruleRuns).toHaveBeenCalledTimes(1);
    ruleRuns.mockClear();
    expect([...session.setValue('/f_y', 5)].sort()).toEqual(['/f_twice', '/f_y']);
    expect(ruleRuns).toHaveBeenCalledTimes(1);
    // Evaluating for the server leaves the description's rule out: the stored record never needs it.
    ruleRuns.mockClear();
    expect(noted.prepareSubmission({ f_x: 5, f_y: 1 }, ctx)).toEqual({ ok: true, data: { f_x: 5, f_y: 1, f_twice: 2 } });
    expect(ruleRuns).toHaveBeenCalledTimes(1);
  });

  it('notifies pointer and global subscribers with the changed pointers', () => {
    const session = chain.createSession({ f_b: 0 }, ctx);
    const sumListener = vi.fn();
    const cListener = vi.fn();
    const global = vi.fn();
    const unsubscribe = session.subscribe('/f_sum', sumListener);
    session.subscribe('/f_c', cListener);
    session.subscribe(global);
    session.setValue('/f_a', 2);
    expect(sumListener).toHaveBeenCalledTimes(1);
    expect(cListener).not.toHaveBeenCalled();
    expect(global).toHaveBeenCalledWith(new Set(['/f_a', '/f_sum', '/f_double']));
    unsubscribe();
    session.setValue('/f_a', 3);
    expect(sumListener).toHaveBeenCalledTimes(1);
    expect(global).toHaveBeenCalledTimes(2);
  });

  it('keeps snapshots stable until something changes', () => {
    const session = chain.createSession({ f_a: 1, f_b: 0 }, ctx);
    const before = session.getValues();
    expect(session.getValues()).toBe(before);
    session.setValue('/f_a', 1);
    expect(session.getValues()).toBe(before);
    session.setValue('/f_a', 2);
    expect(session.getValues()).not.toBe(before);
    expect(before).toMatchObject({ f_a: 1, f_sum: 1 });
  });

  it('ignores pointers it does not know and values for formula fields', () => {
    const session = chain.createSession({ f_a: 1, f_b: 0 }, ctx);
    expect(session.setValue('/f_sum', 99).size).toBe(0);
    expect(session.setValue('/nope', 1).size).toBe(0);
    expect(session.setValue('not a pointer', 1).size).toBe(0);
    expect(session.addRow('nope').size).toBe(0);
    expect(session.getValue('/f_sum')).toBe(1);
    expect(session.isVisible('/nope')).toBe(false);
  });
});

/** One step of the property test. */
type Operation =
  | { readonly kind: 'set'; readonly field: number; readonly seed: number; readonly shape: 'valid' | 'invalid' | 'empty' }
  | { readonly kind: 'setCell'; readonly row: number; readonly column: number; readonly seed: number; readonly shape: 'valid' | 'invalid' | 'empty' }
  | { readonly kind: 'add'; readonly at: number }
  | { readonly kind: 'remove'; readonly at: number }
  | { readonly kind: 'move'; readonly from: number; readonly to: number }
  | { readonly kind: 'copy'; readonly at: number };

const shape = fc.constantFrom('valid' as const, 'valid' as const, 'invalid' as const, 'empty' as const);
// The first fields of a generated form are the inputs its conditions read: pick them often.
const fieldIndex = fc.oneof(fc.nat({ max: 3 }), fc.nat());
const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), field: fieldIndex, seed: fc.nat(), shape }),
  fc.record({ kind: fc.constant('setCell' as const), row: fc.nat(), column: fc.nat(), seed: fc.nat(), shape }),
  fc.record({ kind: fc.constant('add' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('copy' as const), at: fc.nat() }),
);

function valueFor(field: FieldDefinition, seed: number, kind: 'valid' | 'invalid' | 'empty'): unknown {
  const random = seededRandom(seed);
  if (kind === 'empty') return random.pick([undefined, null, '', []]);
  // Small numbers, so that visibility thresholds and the big-order rule flip both ways.
  if (kind === 'valid' && (field.type === 'number' || field.type === 'money')) return random.int(0, 40) * 2.5;
  return kind === 'valid' ? validValue(field, random, 1) : invalidValue(field, random);
}

/** A session and a plain model of what the user set, driven by the same operations. */
interface Replay {
  readonly session: FormSession;
  apply(step: Operation): void;
  model(): Record<string, unknown>;
}

/** Starts a replay: each `apply` does one operation to the session and to the model. */
function startReplay(form: CompiledForm): Replay {
  const editable = form.valueFields.filter((entry) => entry.subform === undefined && entry.field.type !== 'formula' && entry.field.type !== 'subform');
  const columns = form.valueFields.filter((entry) => entry.subform !== undefined && entry.field.type !== 'formula');
  const formulaColumns = new Set(form.valueFields.filter((entry) => entry.subform !== undefined && entry.field.type === 'formula').map((entry) => entry.field.id));
  let nextId = 0;
  const session = form.createSession({ f_items: [{ _id: 'r_start', c_qty: 2, c_price: 7.5 }] }, ctx, { newRowId: () => `n${++nextId}` });
  const top: Record<string, unknown> = {};
  const rows: Record<string, unknown>[] = [{ _id: 'r_start', c_qty: 2, c_price: 7.5 }];
  let modelId = 0;
  const apply = (step: Operation): void => {
    switch (step.kind) {
      case 'set': {
        const entry = editable[step.field % editable.length];
        if (entry === undefined) break;
        const value = valueFor(entry.field, step.seed, step.shape);
        session.setValue(`/${entry.field.id}`, value);
        if (value === undefined) delete top[entry.field.id];
        else top[entry.field.id] = value;
        break;
      }
      case 'setCell': {
        const entry = columns[step.column % columns.length];
        const row = rows[step.row % Math.max(1, rows.length)];
        if (entry === undefined || row === undefined) break;
        const value = valueFor(entry.field, step.seed, step.shape);
        session.setValue(`/f_items/${step.row % rows.length}/${entry.field.id}`, value);
        if (value === undefined) delete row[entry.field.id];
        else row[entry.field.id] = value;
        break;
      }
      case 'add': {
        const at = step.at % (rows.length + 1);
        session.addRow('f_items', at);
        rows.splice(at, 0, { _id: `n${++modelId}` });
        break;
      }
      case 'remove':
        if (rows.length === 0) break;
        session.removeRow('f_items', step.at % rows.length);
        rows.splice(step.at % rows.length, 1);
        break;
      case 'move': {
        if (rows.length === 0) break;
        const from = step.from % rows.length;
        const to = step.to % rows.length;
        session.moveRow('f_items', from, to);
        const [row] = rows.splice(from, 1);
        if (row) rows.splice(to, 0, row);
        break;
      }
      case 'copy': {
        if (rows.length === 0) break;
        const at = step.at % rows.length;
        const shown = session.getValue(`/f_items/${at}`) as Record<string, unknown>;
        session.copyRow('f_items', at);
        const copy: Record<string, unknown> = { _id: `n${++modelId}` };
        for (const [key, value] of Object.entries(shown)) if (key !== '_id' && !formulaColumns.has(key)) copy[key] = value;
        rows.splice(at + 1, 0, copy);
        break;
      }
    }
  };
  return { session, apply, model: () => ({ ...top, f_items: rows }) };
}

/** Applies the same operations to a session and to a plain model of what the user set. */
function replay(form: CompiledForm, operations: readonly Operation[]): { session: FormSession; model: Record<string, unknown> } {
  const run = startReplay(form);
  for (const step of operations) run.apply(step);
  return { session: run.session, model: run.model() };
}

/**
 * Every pointer a renderer may ask about for `rowCount` rows of `f_items`: fields, rows, cells,
 * sections and description blocks (top-level, and per row in the subform).
 */
function pointersOf(form: CompiledForm, rowCount: number): string[] {
  const rowPointers = (id: string): string[] => Array.from({ length: rowCount }, (_, index) => `/f_items/${index}/${id}`);
  const pointers: string[] = Array.from({ length: rowCount }, (_, index) => `/f_items/${index}`);
  const visit = (fields: readonly FieldDefinition[], inRows: boolean): void => {
    for (const field of fields) {
      pointers.push(...(inRows ? rowPointers(field.id) : [`/${field.id}`]));
      if (field.type === 'section') visit(field.fields, inRows);
      if (field.type === 'subform') visit(field.fields, true);
    }
  };
  visit(form.schema.fields, false);
  return pointers;
}

function rowCountOf(session: FormSession): number {
  const rows = session.getValue('/f_items');
  return Array.isArray(rows) ? rows.length : 0;
}

describe('a form session, against a full evaluation', () => {
  const form = compileForm(
    generateForm({ fields: 40, subformColumns: 3, formulas: 6, chainLength: 3, visibilityRules: 6, validations: 2, rowRules: true, layoutRules: true, rows: { min: 1, max: 3 }, seed: 21 }),
  );

  it('covers layout blocks with rules: top-level, in a section, and per row', () => {
    const blocks = [...form.fieldsById.values()].filter((field) => (field.type === 'description' || field.type === 'section') && field.visibleWhen !== undefined);
    expect(blocks.map((field) => field.id).sort()).toEqual(['d_row_rule', 'd_section_rule', 'd_top', 's_layout']);
  });

  it('always holds what evaluating the same inputs from scratch gives', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 30 }), (operations) => {
        const { session, model } = replay(form, operations);
        const expected = form.evaluate(model, ctx);
        const actual = session.getEvaluation();
        expect(actual.values).toEqual(expected.values);
        expect([...actual.visible].sort()).toEqual([...expected.visible].sort());
        expect(actual.errors).toEqual(expected.errors);
        expect(session.validateAll()).toEqual(expected.errors);
        // The per-pointer getters the renderer uses agree with the whole (rows are no entries of `visible`).
        const rows = (expected.values.f_items ?? []) as readonly unknown[];
        for (const pointer of pointersOf(form, rows.length)) {
          if (/^\/f_items\/\d+$/.test(pointer)) continue;
          expect(session.isVisible(pointer), pointer).toBe(expected.visible.has(pointer));
          expect(session.getErrors(pointer)).toEqual(expected.errors.filter((error) => error.pointer === pointer));
        }
        for (const entry of form.valueFields) {
          if (entry.subform === undefined) expect(session.getValue(`/${entry.field.id}`)).toEqual(expected.values[entry.field.id]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('tells the subscribers of every pointer whose visibility flipped', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 30 }), (operations) => {
        const run = startReplay(form);
        const session = run.session;
        const visibility = (): Map<string, boolean> => new Map(pointersOf(form, rowCountOf(session)).map((pointer) => [pointer, session.isVisible(pointer)]));
        let heard = new Set<string>();
        session.subscribe((changed) => {
          for (const pointer of changed) heard.add(pointer);
        });
        for (const step of operations) {
          const before = visibility();
          heard = new Set();
          run.apply(step);
          const after = visibility();
          for (const pointer of new Set([...before.keys(), ...after.keys()])) {
            if ((before.get(pointer) ?? false) !== (after.get(pointer) ?? false)) expect(heard.has(pointer), `${step.kind} ${pointer}`).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
