import { describe, expect, it, vi } from 'vitest';
import { analyzeFormRules } from './analyzeFormRules.js';
import { compileForm } from './compileForm.js';
import { FormCompileError } from './FormCompileError.js';
import { formOf, testContext } from './testing/formOf.js';

const ctx = testContext('en');

// Layout blocks hold no value, but a section or a description block may still carry `visibleWhen`.
const schema = formOf([
  { id: 'f_amount', type: 'number', label: 'Amount' },
  { id: 'd_big', type: 'description', label: 'Big order', content: 'Needs approval.', visibleWhen: { '>': [{ var: 'f_amount' }, 1000] } },
  { id: 'd_always', type: 'description', label: '', content: 'Always here.' },
  {
    id: 's_invoice',
    type: 'section',
    label: 'Invoice',
    visibleWhen: { '==': [{ var: 'f_kind' }, 'company'] },
    fields: [
      { id: 'f_tax', type: 'text', label: 'Tax id' },
      { id: 'd_tax_help', type: 'description', label: '', content: 'Found on the licence.' },
      { id: 'd_tax_check', type: 'description', label: '', content: 'Check the tax id.', visibleWhen: { '!!': [{ var: 'f_tax' }] } },
    ],
  },
  { id: 'f_kind', type: 'radio', label: 'Kind', options: [{ value: 'company', label: 'Company' }, { value: 'person', label: 'Person' }] },
  {
    id: 'f_items',
    type: 'subform',
    label: 'Items',
    visibleWhen: { '!=': [{ var: 'f_kind' }, 'person'] },
    fields: [
      { id: 'c_qty', type: 'number', label: 'Qty' },
      { id: 'd_bulk', type: 'description', label: '', content: 'Bulk price applies.', visibleWhen: { '>=': [{ var: '$row.c_qty' }, 10] } },
      { id: 'd_row_help', type: 'description', label: '', content: 'One line per product.' },
    ],
  },
]);
const form = compileForm(schema);

describe('description blocks and sections: visibility', () => {
  it('shows a description while its own condition holds, in evaluate and in a session', () => {
    expect(form.evaluate({ f_amount: 10 }, ctx).visible.has('/d_big')).toBe(false);
    expect(form.evaluate({ f_amount: 5000 }, ctx).visible.has('/d_big')).toBe(true);
    const session = form.createSession({ f_amount: 10 }, ctx);
    expect(session.isVisible('/d_big')).toBe(false);
    session.setValue('/f_amount', 5000);
    expect(session.isVisible('/d_big')).toBe(true);
    expect(session.isVisible('/d_always')).toBe(true);
  });

  it('hides a description with its section, whatever its own condition says', () => {
    const person = form.evaluate({ f_kind: 'person', f_tax: 'T-1' }, ctx);
    for (const pointer of ['/s_invoice', '/d_tax_help', '/d_tax_check']) expect(person.visible.has(pointer), pointer).toBe(false);
    const company = form.evaluate({ f_kind: 'company', f_tax: 'T-1' }, ctx);
    for (const pointer of ['/s_invoice', '/d_tax_help', '/d_tax_check']) expect(company.visible.has(pointer), pointer).toBe(true);
    expect(form.evaluate({ f_kind: 'company' }, ctx).visible.has('/d_tax_check')).toBe(false);

    const session = form.createSession({ f_kind: 'person', f_tax: 'T-1' }, ctx);
    expect([session.isVisible('/s_invoice'), session.isVisible('/d_tax_help'), session.isVisible('/d_tax_check')]).toEqual([false, false, false]);
    session.setValue('/f_kind', 'company');
    expect([session.isVisible('/s_invoice'), session.isVisible('/d_tax_help'), session.isVisible('/d_tax_check')]).toEqual([true, true, true]);
  });

  it('decides a description inside a subform row by row, and hides it with the subform', () => {
    const rows = [{ _id: 'r1', c_qty: 12 }, { _id: 'r2', c_qty: 1 }];
    const result = form.evaluate({ f_items: rows }, ctx);
    expect([...result.visible].filter((pointer) => pointer.startsWith('/f_items/')).sort()).toEqual([
      '/f_items/0/c_qty',
      '/f_items/0/d_bulk',
      '/f_items/0/d_row_help',
      '/f_items/1/c_qty',
      '/f_items/1/d_row_help',
    ]);
    const hidden = form.evaluate({ f_kind: 'person', f_items: rows }, ctx);
    expect([...hidden.visible].filter((pointer) => pointer.startsWith('/f_items'))).toEqual([]);

    const session = form.createSession({ f_items: rows }, ctx);
    expect(session.isVisible('/f_items/0/d_bulk')).toBe(true);
    expect(session.isVisible('/f_items/1/d_bulk')).toBe(false);
    expect(session.isVisible('/f_items/1/d_row_help')).toBe(true);
    // A row's block has no top-level pointer, and a row that is not there shows nothing.
    expect(session.isVisible('/d_bulk')).toBe(false);
    expect(session.isVisible('/f_items/2/d_row_help')).toBe(false);
    // A description of one subform is no cell of another place.
    expect(session.isVisible('/f_items/0/d_big')).toBe(false);
    session.setValue('/f_kind', 'person');
    expect(session.isVisible('/f_items/0/d_bulk')).toBe(false);
    expect(session.isVisible('/f_items/0/d_row_help')).toBe(false);
  });

  it('never puts a layout block in the values or the stored record', () => {
    const data = { f_amount: 5000, f_kind: 'company', f_items: [{ _id: 'r1', c_qty: 12 }] };
    expect(Object.keys(form.evaluate(data, ctx).values).sort()).toEqual(['f_amount', 'f_items', 'f_kind']);
    expect(form.prepareSubmission(data, ctx)).toEqual({ ok: true, data });
    const session = form.createSession(data, ctx);
    expect(session.getValue('/d_big')).toBeUndefined();
    expect(session.setValue('/d_big', 'text').size).toBe(0);
  });
});

describe('description blocks and sections: notifications', () => {
  it('tells subscribers of a description or a section when it flips, and only then', () => {
    const session = form.createSession({ f_amount: 10 }, ctx);
    const description = vi.fn();
    const section = vi.fn();
    session.subscribe('/d_big', description);
    session.subscribe('/s_invoice', section);
    expect([...session.setValue('/f_amount', 5000)].sort()).toEqual(['/d_big', '/f_amount']);
    expect(description).toHaveBeenCalledTimes(1);
    session.setValue('/f_amount', 6000);
    expect(description).toHaveBeenCalledTimes(1);
    expect(section).not.toHaveBeenCalled();
    // The section and the blocks inside it flip together; the one hidden by its own rule stays.
    expect([...session.setValue('/f_kind', 'company')].sort()).toEqual(['/d_tax_help', '/f_kind', '/f_tax', '/s_invoice']);
    expect(section).toHaveBeenCalledTimes(1);
  });

  it("reports a row's description when its condition flips, and every row's block when rows move", () => {
    const session = form.createSession({ f_items: [{ _id: 'r1', c_qty: 1 }, { _id: 'r2', c_qty: 20 }] }, ctx);
    const rowBlock = vi.fn();
    session.subscribe('/f_items/0/d_bulk', rowBlock);
    expect([...session.setValue('/f_items/0/c_qty', 10)].sort()).toEqual(['/f_items/0/c_qty', '/f_items/0/d_bulk']);
    expect(rowBlock).toHaveBeenCalledTimes(1);
    session.setValue('/f_items/0/c_qty', 1);
    // Moving row 2 up puts another row's block at the pointer: its subscriber must hear.
    const moved = session.moveRow('f_items', 1, 0);
    expect(moved).toContain('/f_items/0/d_bulk');
    expect(moved).toContain('/f_items/1/d_row_help');
    expect(rowBlock).toHaveBeenCalledTimes(3);
    expect(session.isVisible('/f_items/0/d_bulk')).toBe(true);
  });
});

describe('description blocks: rules analysis', () => {
  it("lists a description's visibility reads for the designer", () => {
    const { issues, graph } = analyzeFormRules(schema);
    expect(issues).toEqual([]);
    expect(graph.dependsOn.get('d_big')).toEqual([{ fieldId: 'f_amount', via: 'visibility', sameRow: false }]);
    expect(graph.dependsOn.get('d_tax_check')).toEqual([{ fieldId: 'f_tax', via: 'visibility', sameRow: false }]);
    expect(graph.dependsOn.get('d_bulk')).toEqual([{ fieldId: 'c_qty', via: 'visibility', sameRow: true }]);
    expect(graph.usedBy.get('f_amount')).toEqual(['d_big']);
    expect(graph.usedBy.get('c_qty')).toEqual(['d_bulk']);
    expect(graph.dependsOn.has('d_always')).toBe(false);
    const order = graph.evaluationOrder;
    expect(order).toContain('d_big');
    expect(order.indexOf('s_invoice')).toBeGreaterThanOrEqual(0);
  });

  it('reports a malformed or unknown reference in a description rule, as for any field', () => {
    const { issues } = analyzeFormRules(
      formOf([
        { id: 'd_a', type: 'description', label: 'A', content: '', visibleWhen: { var: 'f_missing' } },
        { id: 'd_b', type: 'description', label: 'B', content: '', visibleWhen: { no_such_operator: [1] } },
        { id: 'd_c', type: 'description', label: 'C', content: '', visibleWhen: { var: '$row.c_x' } },
      ]),
    );
    expect(issues.map((issue) => [issue.pointer, issue.code])).toEqual([
      ['/fields/1/visibleWhen/no_such_operator', 'invalid_rule'],
      ['/fields/0/visibleWhen', 'unknown_reference'],
      ['/fields/2/visibleWhen', 'row_reference'],
    ]);
    expect(() => compileForm(formOf([{ id: 'd_a', type: 'description', label: 'A', content: '', visibleWhen: { var: 'f_missing' } }]))).toThrow(FormCompileError);
  });

  it('never reports a cycle through a description: it holds no value, so nothing can read it', () => {
    const { issues, graph } = analyzeFormRules(
      formOf([
        { id: 'f_a', type: 'number', label: 'A', visibleWhen: { '>': [{ var: 'f_b' }, 0] } },
        { id: 'f_b', type: 'formula', label: 'B', expression: { '+': [{ var: 'f_c' }, 1] } },
        { id: 'f_c', type: 'number', label: 'C' },
        {
          id: 's_more',
          type: 'section',
          label: 'More',
          visibleWhen: { '>': [{ var: 'f_c' }, 0] },
          fields: [{ id: 'd_note', type: 'description', label: 'Note', content: '', visibleWhen: { and: [{ var: 'f_a' }, { var: 'f_b' }, { var: 'f_c' }] } }],
        },
      ]),
    );
    expect(issues).toEqual([]);
    expect(graph.dependsOn.get('d_note')?.map((dependency) => dependency.fieldId)).toEqual(['f_a', 'f_b', 'f_c']);
    // A rule naming a description reads no value: an unknown field, not a cycle.
    const self = analyzeFormRules(formOf([{ id: 'd_self', type: 'description', label: 'Self', content: '', visibleWhen: { var: 'd_self' } }]));
    expect(self.issues.map((issue) => issue.code)).toEqual(['unknown_reference']);
  });
});
