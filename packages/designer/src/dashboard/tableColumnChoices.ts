import { fieldValueShapes, type FormSchema } from '@formwork/runtime';
import { listValueFields } from '../ui/editor/listValueFields.js';
import { recordAttributeChoices, widgetFieldRole, type WidgetFieldChoice } from './widgetFieldChoices.js';

/** When a record was last changed: a column a record table may list, though no widget groups by it. */
const updatedAt: WidgetFieldChoice = { id: '_updatedAt', label: { 'zh-CN': '更新时间', en: 'Updated at' }, role: 'date' };

/**
 * The columns a record table may list, in form order: every top-level field but subforms (whose
 * rows are no cell), then the record attributes the server lists (submitted by, owner, times).
 */
export function tableColumnChoices(schema: FormSchema): readonly WidgetFieldChoice[] {
  const fields = listValueFields(schema)
    .filter((entry) => !entry.inSubform && entry.field.type !== 'subform')
    .map((entry): WidgetFieldChoice => ({ id: entry.field.id, label: entry.field.label, role: widgetFieldRole(entry.field), field: entry.field }));
  return [...fields, ...recordAttributeChoices, updatedAt];
}

/**
 * The fields a record table may be sorted by: its columns with one value per record (a list of
 * choices or files has no order; the server would keep its own).
 */
export function tableSortChoices(schema: FormSchema): readonly WidgetFieldChoice[] {
  return tableColumnChoices(schema).filter((choice) => !choice.field || fieldValueShapes[choice.field.type] !== 'list');
}
