import { FORM_SCHEMA_VERSION, type FieldDefinition, type FormSchema } from '@formwork/runtime';

/**
 * A form of `count` fields as big forms look: mostly text, numbers, choices and dates, a formula
 * every 25 fields reading the number before it, and a visibility rule every 10 fields.
 */
export function benchForm(count: number): FormSchema {
  const fields: FieldDefinition[] = [];
  for (let i = 1; i <= count; i++) {
    const id = `f_${i}`;
    const label = `Field ${i}`;
    const previousNumber = fields.findLast((field) => field.type === 'number');
    const kind = i % 25 === 0 && previousNumber ? 'formula' : (['text', 'number', 'select', 'date'] as const)[i % 4]!;
    let field: FieldDefinition;
    switch (kind) {
      case 'formula':
        field = { id, type: 'formula', label, expression: { '*': [{ var: previousNumber!.id }, 2] } };
        break;
      case 'select':
        field = { id, type: 'select', label, options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] };
        break;
      default:
        field = { id, type: kind, label };
    }
    const select = fields.findLast((f) => f.type === 'select');
    if (i % 10 === 0 && select) field = { ...field, visibleWhen: { '==': [{ var: select.id }, 'a'] } };
    fields.push(field);
  }
  return { kind: 'form', schemaVersion: FORM_SCHEMA_VERSION, title: `Bench ${count}`, fields };
}
