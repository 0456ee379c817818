import { fieldValueShapes, type FieldValueShape, type FormSchema } from '@formwork/runtime';
import { listValueFields } from '../ui/editor/listValueFields.js';
import { recordAttributeChoices, widgetFieldRole, type WidgetFieldChoice } from './widgetFieldChoices.js';

/** Shapes of one value per record: counting their distinct values says how many customers, phones, regions. */
const onePerRecord: ReadonlySet<FieldValueShape> = new Set(['line', 'scalar', 'number', 'computed', 'address']);

/**
 * The fields a distinct count may count (how many customers were visited, not how many visits):
 * every top-level field with one value per record — also those a widget cannot group by, such as
 * a link to a customer or a phone number — and the record attributes. Lists (choices, files) and
 * long text are left out.
 */
export function distinctFieldChoices(schema: FormSchema): readonly WidgetFieldChoice[] {
  const fields = listValueFields(schema)
    .filter((entry) => !entry.inSubform && onePerRecord.has(fieldValueShapes[entry.field.type]))
    .map((entry): WidgetFieldChoice => ({ id: entry.field.id, label: entry.field.label, role: widgetFieldRole(entry.field), field: entry.field }));
  return [...fields, ...recordAttributeChoices];
}
