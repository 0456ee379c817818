import type { FieldDefinition, FormSchema } from '../../src/engine/index.js';

/**
 * The forms the render benchmark draws, built the same way for Formwork and SurveyJS: a wide
 * form of `size` fields (texts, numbers, choices, dates) whose last field sums every number, and
 * a subform of `rows` rows whose total sums the amounts.
 */
export interface BenchForm {
  readonly schema: FormSchema;
  /** SurveyJS JSON of the same form. */
  readonly survey: Record<string, unknown>;
  /** Initial values (the subform's rows). */
  readonly values: Record<string, unknown>;
}

const options = [
  { value: 'a', label: 'Alpha' },
  { value: 'b', label: 'Beta' },
  { value: 'c', label: 'Gamma' },
];

/** A form of `size` fields; every fourth one is a number, the last is their sum. */
export function wideForm(size: number): BenchForm {
  const fields: FieldDefinition[] = [];
  const elements: Record<string, unknown>[] = [];
  const numbers: string[] = [];
  for (let i = 0; i < size - 1; i++) {
    const id = `f${i}`;
    const label = `Field ${i}`;
    switch (i % 4) {
      case 0:
        fields.push({ id, type: 'text', label });
        elements.push({ type: 'text', name: id, title: label });
        break;
      case 1:
        fields.push({ id, type: 'number', label });
        elements.push({ type: 'text', inputType: 'number', name: id, title: label });
        numbers.push(id);
        break;
      case 2:
        fields.push({ id, type: 'radio', label, options });
        elements.push({ type: 'radiogroup', name: id, title: label, choices: options.map((o) => ({ value: o.value, text: o.label })) });
        break;
      default:
        fields.push({ id, type: 'date', label });
        elements.push({ type: 'text', inputType: 'date', name: id, title: label });
    }
  }
  fields.push({ id: 'total', type: 'formula', label: 'Total', expression: { '+': numbers.map((id) => ({ var: [id, 0] })) } });
  elements.push({ type: 'expression', name: 'total', title: 'Total', expression: numbers.map((id) => `{${id}}`).join(' + ') });
  return {
    schema: { kind: 'form', schemaVersion: 1, title: 'Wide', layout: { columns: 2 }, fields },
    survey: { textUpdateMode: 'onTyping', checkErrorsMode: 'onValueChanged', elements },
    values: {},
  };
}

/** A subform of `rows` rows (product, quantity, price, amount = quantity × price) and its total. */
export function subformForm(rows: number): BenchForm {
  const schema: FormSchema = {
    kind: 'form',
    schemaVersion: 1,
    title: 'Rows',
    fields: [
      {
        id: 'items',
        type: 'subform',
        label: 'Items',
        fields: [
          { id: 'product', type: 'text', label: 'Product' },
          { id: 'qty', type: 'number', label: 'Qty' },
          { id: 'price', type: 'number', label: 'Price' },
          { id: 'amount', type: 'formula', label: 'Amount', expression: { '*': [{ var: '$row.qty' }, { var: '$row.price' }] } },
        ],
      },
      { id: 'total', type: 'formula', label: 'Total', expression: { sum_of: [{ var: 'items' }, 'amount'] } },
    ],
  };
  const data = Array.from({ length: rows }, (_, i) => ({ _id: `r${i}`, product: `P${i}`, qty: 1, price: 10 }));
  return {
    schema,
    survey: {
      textUpdateMode: 'onTyping',
      elements: [
        {
          type: 'matrixdynamic',
          name: 'items',
          title: 'Items',
          rowCount: 0,
          columns: [
            { name: 'product', title: 'Product', cellType: 'text' },
            { name: 'qty', title: 'Qty', cellType: 'text', inputType: 'number' },
            { name: 'price', title: 'Price', cellType: 'text', inputType: 'number' },
            { name: 'amount', title: 'Amount', cellType: 'expression', expression: '{row.qty} * {row.price}' },
          ],
        },
        { type: 'expression', name: 'total', title: 'Total', expression: "sumInArray({items}, 'amount')" },
      ],
    },
    values: { items: data },
  };
}
