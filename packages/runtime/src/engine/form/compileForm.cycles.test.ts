import { describe, expect, it } from 'vitest';
import type { FieldDefinition } from '../documents/form/FormSchema.js';
import { analyzeFormRules } from './analyzeFormRules.js';
import { compileForm } from './compileForm.js';
import { FormCompileError } from './FormCompileError.js';
import { formOf } from './testing/formOf.js';

function compileIssues(fields: readonly FieldDefinition[]): FormCompileError {
  try {
    compileForm(formOf(fields));
  } catch (error) {
    if (error instanceof FormCompileError) return error;
    throw error;
  }
  throw new Error('compileForm accepted the form');
}

describe('rule issues', () => {
  it('names the fields of a formula cycle by label, in both locales, pointing at the first field', () => {
    const error = compileIssues([
      { id: 'f_note', type: 'text', label: 'Note' },
      { id: 'f_amount', type: 'formula', label: '金额', expression: { '*': [{ var: 'f_price' }, 2] } },
      { id: 'f_price', type: 'formula', label: '单价', expression: { '/': [{ var: 'f_amount' }, 2] } },
    ]);
    expect(error.issues).toEqual([
      {
        pointer: '/fields/1',
        code: 'cycle',
        message: { 'zh-CN': '公式循环引用：金额 → 单价 → 金额', en: 'Formulas refer to each other in a cycle: 金额 → 单价 → 金额' },
      },
    ]);
    expect(error.message).toContain('金额 → 单价 → 金额');
    expect(error.name).toBe('FormCompileError');
  });

  it('finds cycles through visibility, defaults and sections too', () => {
    const visibility = compileIssues([
      { id: 'f_a', type: 'number', label: 'A', visibleWhen: { '>': [{ var: 'f_b' }, 0] } },
      { id: 'f_b', type: 'formula', label: 'B', expression: { '+': [{ var: 'f_a' }, 1] } },
    ]);
    expect(visibility.issues.map((issue) => issue.message.en)).toEqual(['Formulas refer to each other in a cycle: A → B → A']);

    const self = compileIssues([{ id: 'f_a', type: 'number', label: 'Amount', defaultValue: { kind: 'formula', expression: { var: 'f_a' } } }]);
    expect(self.issues.map((issue) => [issue.pointer, issue.message.en])).toEqual([['/fields/0', 'Formulas refer to each other in a cycle: Amount → Amount']]);

    const section = compileIssues([
      { id: 's_more', type: 'section', label: 'More', visibleWhen: { var: 'f_flag' }, fields: [{ id: 'f_flag', type: 'text', label: 'Flag' }] },
    ]);
    expect(section.issues.map((issue) => issue.message.en)).toEqual(['Formulas refer to each other in a cycle: More → Flag → More']);
  });

  it('reports one issue per cycle', () => {
    const error = compileIssues([
      { id: 'f_a', type: 'formula', label: 'A', expression: { var: 'f_b' } },
      { id: 'f_b', type: 'formula', label: 'B', expression: { var: 'f_a' } },
      { id: 'f_c', type: 'formula', label: 'C', expression: { var: 'f_d' } },
      { id: 'f_d', type: 'formula', label: 'D', expression: { var: 'f_c' } },
    ]);
    expect(error.issues.map((issue) => issue.message.en)).toEqual([
      'Formulas refer to each other in a cycle: A → B → A',
      'Formulas refer to each other in a cycle: C → D → C',
    ]);
  });

  it('lets a row formula use the total of another column, but not of its own', () => {
    const columns = (share: unknown): FieldDefinition[] => [
      {
        id: 'f_items',
        type: 'subform',
        label: 'Items',
        fields: [
          { id: 'c_total', type: 'number', label: 'Total' },
          { id: 'c_share', type: 'formula', label: 'Share', expression: share as never },
        ],
      },
      { id: 'f_sum', type: 'formula', label: 'Sum', expression: { sum_of: [{ var: 'f_items' }, 'c_total'] } },
      { id: 'f_shares', type: 'formula', label: 'Shares', expression: { sum_of: [{ var: 'f_items' }, 'c_share'] } },
    ];
    expect(() => compileForm(formOf(columns({ '/': [{ var: '$row.c_total' }, { var: 'f_sum' }] })))).not.toThrow();
    expect(compileIssues(columns({ '/': [{ var: '$row.c_total' }, { var: 'f_shares' }] })).issues.map((issue) => issue.message.en)).toEqual([
      'Formulas refer to each other in a cycle: Share → Shares → Share',
    ]);
    // Reading the rows any other way reads every column.
    expect(compileIssues(columns({ '/': [{ var: '$row.c_total' }, { reduce: [{ var: 'f_items' }, 1, 0] }] })).issues[0]?.code).toBe('cycle');
  });

  it('reports unknown fields, $row outside a subform, and columns read from outside their row', () => {
    const error = compileIssues([
      { id: 'f_a', type: 'formula', label: 'A', expression: { '+': [{ var: 'f_missing' }, { var: '$row.c_x' }] } },
      {
        id: 'f_items',
        type: 'subform',
        label: 'Items',
        fields: [
          { id: 'c_x', type: 'number', label: 'X' },
          { id: 'c_y', type: 'number', label: 'Y', visibleWhen: { '>': [{ var: 'c_x' }, 1] } },
          { id: 'c_z', type: 'formula', label: 'Z', expression: { var: '$row.c_nope' } },
        ],
      },
      { id: 'f_b', type: 'formula', label: 'B', expression: { var: 'c_x' } },
    ]);
    expect(error.issues.map((issue) => [issue.code, issue.pointer, issue.message.en])).toEqual([
      ['unknown_reference', '/fields/0/expression', 'The formula of A refers to a field that does not exist: “f_missing”'],
      ['row_reference', '/fields/0/expression', 'The formula of A uses $row but is not inside a subform'],
      [
        'column_reference',
        '/fields/1/fields/1/visibleWhen',
        'The visibility condition of Y reads the subform column X directly: use $row.c_x inside that subform, or an aggregate outside it',
      ],
      ['row_column', '/fields/1/fields/2/expression', 'The formula of Z reads “$row.c_nope”, which is not a column of its subform'],
      ['column_reference', '/fields/2/expression', 'The formula of B reads the subform column X directly: use $row.c_x inside that subform, or an aggregate outside it'],
    ]);
    expect(error.issues[0]?.message['zh-CN']).toBe('「A」的公式引用了不存在的字段“f_missing”');
  });

  it('refuses computed field names, malformed rules and patterns, and unknown rule targets', () => {
    const error = compileIssues([
      { id: 'f_a', type: 'text', label: 'A', visibleWhen: { var: { cat: ['f_', 'b'] } } },
      { id: 'f_b', type: 'formula', label: 'B', expression: { no_such_op: [1] } },
      { id: 'f_c', type: 'text', label: 'C', pattern: '([a-z' },
    ]);
    expect(error.issues.map((issue) => [issue.code, issue.pointer])).toEqual([
      ['invalid_rule', '/fields/1/expression/no_such_op'],
      ['dynamic_reference', '/fields/0/visibleWhen'],
      ['invalid_pattern', '/fields/2/pattern'],
    ]);
    const rules = analyzeFormRules(
      formOf([{ id: 'f_a', type: 'number', label: 'A' }], [{ id: 'v1', assert: { '>': [{ var: 'f_zz' }, 1] }, message: 'x', fields: ['f_yy'] }]),
    );
    expect(rules.issues.map((issue) => [issue.code, issue.pointer])).toEqual([
      ['unknown_reference', '/rules/validations/0/fields/0'],
      ['unknown_reference', '/rules/validations/0/assert'],
    ]);
  });

  it('shows the designer what depends on what, without compiling validators', () => {
    const { issues, graph } = analyzeFormRules(
      formOf(
        [
          { id: 'f_price', type: 'money', label: 'Price' },
          { id: 'f_qty', type: 'number', label: 'Qty' },
          { id: 'f_amount', type: 'formula', label: 'Amount', expression: { '*': [{ var: 'f_price' }, { var: 'f_qty' }] } },
          { id: 'f_note', type: 'text', label: 'Note', visibleWhen: { '>': [{ var: 'f_amount' }, 100] } },
          {
            id: 'f_items',
            type: 'subform',
            label: 'Items',
            fields: [
              { id: 'c_qty', type: 'number', label: 'Qty' },
              { id: 'c_twice', type: 'formula', label: 'Twice', expression: { '*': [{ var: '$row.c_qty' }, 2] } },
            ],
          },
          { id: 'f_total', type: 'formula', label: 'Total', expression: { sum_of: [{ var: 'f_items' }, 'c_twice'] } },
        ],
        [{ id: 'v_positive', assert: { '>': [{ var: 'f_amount' }, 0] }, message: 'x' }],
      ),
    );
    expect(issues).toEqual([]);
    expect(graph.dependsOn.get('f_amount')).toEqual([
      { fieldId: 'f_price', via: 'formula', sameRow: false },
      { fieldId: 'f_qty', via: 'formula', sameRow: false },
    ]);
    expect(graph.dependsOn.get('f_note')).toEqual([{ fieldId: 'f_amount', via: 'visibility', sameRow: false }]);
    expect(graph.dependsOn.get('c_twice')).toEqual([{ fieldId: 'c_qty', via: 'formula', sameRow: true }]);
    expect(graph.dependsOn.get('f_total')?.map((dependency) => dependency.fieldId)).toEqual(['f_items', 'c_twice']);
    expect(graph.usedBy.get('f_amount')).toEqual(['f_note']);
    expect(graph.validationReads.get('v_positive')).toEqual(['f_amount']);
    const order = graph.evaluationOrder;
    expect(order.indexOf('f_amount')).toBeLessThan(order.indexOf('f_note'));
    expect(order.indexOf('c_twice')).toBeLessThan(order.indexOf('f_total'));
  });
});
