import type { FieldDefinition, FieldType, FormSchema, SubformField, ValidationRule } from '../../documents/form/FormSchema.js';
import type { RuleLogic } from '../../rules/RuleLogic.js';
import { seededRandom } from './seededRandom.js';

/** What kind of form to generate. */
export interface GeneratedFormOptions {
  /** Value fields in all, subform columns included. */
  readonly fields: number;
  /** Columns of the one subform (0: no subform). Default 6. */
  readonly subformColumns?: number;
  /** Formula fields, chained: each reads the previous one of its chain and one input. Default 0. */
  readonly formulas?: number;
  /** Links per formula chain. Default 10. */
  readonly chainLength?: number;
  /** Fields shown only while a condition on an input or a formula holds. Default 0. */
  readonly visibilityRules?: number;
  /** Form-level validation rules. Default 0. */
  readonly validations?: number;
  /**
   * Rules inside the subform too: a line total per row (`$row`), a column shown per row, a
   * default per row, and a top-level total over the rows. Default false.
   */
  readonly rowRules?: boolean;
  /**
   * Layout blocks with rules: a description shown on a condition; a section shown on a condition,
   * holding two of the fields and two descriptions (one with its own condition); and in the
   * subform, which then shows on a condition too, a description column shown per row and one
   * without a rule. Default false.
   */
  readonly layoutRules?: boolean;
  /** Bounds on the subform's rows. Default at most 50. */
  readonly rows?: { readonly min?: number; readonly max?: number };
  readonly seed?: number;
}

/** The field types a generated form cycles through: every user-editable value type. */
export const generatedFieldTypes: readonly FieldType[] = [
  'text', 'number', 'money', 'date', 'datetime', 'radio', 'checkbox', 'select', 'multiselect', 'member', 'members',
  'department', 'departments', 'phone', 'email', 'url', 'address', 'location', 'image', 'attachment', 'signature',
  'richtext', 'link', 'rating', 'textarea',
];

const OPTIONS = ['a', 'b', 'c', 'd', 'e'].map((value) => ({ value, label: `Option ${value.toUpperCase()}` }));

/** One field of a type, with typical constraints. */
export function generatedField(type: FieldType, id: string, required: boolean): FieldDefinition {
  const label = `${type} ${id}`;
  const base = { id, label, ...(required ? { required: true } : {}) };
  switch (type) {
    case 'text':
      return { ...base, type, maxLength: 50 };
    case 'textarea':
      return { ...base, type, minLength: 2, maxLength: 500 };
    case 'number':
      return { ...base, type, min: 0, max: 100_000, precision: 2 };
    case 'money':
      return { ...base, type, min: 0 };
    case 'date':
      return { ...base, type, min: '2000-01-01', max: '2099-12-31' };
    case 'datetime':
      return { ...base, type };
    case 'radio':
    case 'select':
      return { ...base, type, options: OPTIONS };
    case 'checkbox':
    case 'multiselect':
      return { ...base, type, options: OPTIONS, maxSelected: 3 };
    case 'member':
    case 'members':
    case 'department':
    case 'departments':
      return { ...base, type };
    case 'phone':
    case 'email':
    case 'url':
      return { ...base, type };
    case 'address':
      return { ...base, type };
    case 'location':
      return { ...base, type };
    case 'image':
    case 'attachment':
      return { ...base, type, maxFiles: 3, maxSizeMB: 10 };
    case 'signature':
      return { ...base, type };
    case 'richtext':
      return { ...base, type, maxLength: 5000 };
    case 'link':
      return { ...base, type, formId: 'form_customers', displayField: 'f_name' };
    case 'rating':
      return { ...base, type, max: 5 };
    default:
      return { ...base, type: 'text' };
  }
}

/**
 * Generates a form of `fields` value fields of every type (a fifth of them required), with one
 * subform, formula chains, visibility rules and validations as asked. Deterministic per seed.
 *
 * @example
 * const schema = generateForm({ fields: 500, formulas: 100, visibilityRules: 100 });
 */
export function generateForm(options: GeneratedFormOptions): FormSchema {
  const random = seededRandom(options.seed ?? 1);
  const subformColumns = options.subformColumns ?? 6;
  const formulaCount = options.formulas ?? 0;
  const chainLength = Math.max(1, options.chainLength ?? 10);
  const visibilityCount = options.visibilityRules ?? 0;
  const plainCount = Math.max(0, options.fields - subformColumns - formulaCount);
  const fields: FieldDefinition[] = [];
  const numberInputs: string[] = [];

  for (let index = 0; index < plainCount; index++) {
    const type = generatedFieldTypes[index % generatedFieldTypes.length] ?? 'text';
    const field = generatedField(type, `f_${index}`, random.chance(0.2));
    fields.push(field);
    if (type === 'number') numberInputs.push(field.id);
  }

  const formulaIds: string[] = [];
  for (let index = 0; index < formulaCount; index++) {
    const id = `f_calc_${index}`;
    const input = numberInputs[index % Math.max(1, numberInputs.length)];
    const previous = index % chainLength === 0 ? undefined : formulaIds[index - 1];
    const terms: RuleLogic[] = [];
    if (input !== undefined) terms.push({ var: input });
    if (previous !== undefined) terms.push({ var: previous });
    fields.push({ id, type: 'formula', label: `Calc ${index}`, resultType: 'number', precision: 2, expression: { '+': terms.length > 0 ? terms : [0] } });
    formulaIds.push(id);
  }

  // Visibility: every few plain fields (not the inputs the conditions read) show on a condition.
  const conditionSources = [...formulaIds, ...numberInputs];
  let made = 0;
  for (let index = 0; index < fields.length && made < visibilityCount && conditionSources.length > 0; index++) {
    const field = fields[index];
    if (field === undefined || field.type === 'formula' || numberInputs.includes(field.id)) continue;
    const source = conditionSources[made % conditionSources.length] ?? '';
    fields[index] = { ...field, visibleWhen: { '>': [{ var: source }, made % 50] } } as FieldDefinition;
    made += 1;
  }

  const layoutSource = numberInputs[0];
  if (options.layoutRules === true && layoutSource !== undefined) addLayoutBlocks(fields, layoutSource, conditionSources[conditionSources.length - 1] ?? layoutSource);

  if (subformColumns > 0) {
    const columnTypes: FieldType[] = ['text', 'number', 'money', 'date', 'select', 'checkbox', 'email', 'rating'];
    const columns: FieldDefinition[] = [];
    for (let index = 0; index < subformColumns; index++) {
      const type = columnTypes[index % columnTypes.length] ?? 'text';
      columns.push(generatedField(type, `c_${index}`, index === 0));
    }
    if (options.rowRules === true) {
      columns.push(
        { id: 'c_qty', type: 'number', label: 'Qty', min: 0, defaultValue: { kind: 'fixed', value: 1 } },
        { id: 'c_price', type: 'money', label: 'Price', visibleWhen: { '>': [{ var: '$row.c_qty' }, 0] } },
        { id: 'c_total', type: 'formula', label: 'Line total', resultType: 'number', precision: 2, expression: { '*': [{ var: '$row.c_qty' }, { var: '$row.c_price' }] } },
        { id: 'c_memo', type: 'text', label: 'Memo', required: true, visibleWhen: { '>': [{ var: '$row.c_total' }, { var: 'f_threshold' }] } },
      );
      fields.push(
        { id: 'f_threshold', type: 'number', label: 'Threshold', defaultValue: { kind: 'fixed', value: 100 } },
        { id: 'f_items_total', type: 'formula', label: 'Items total', resultType: 'number', expression: { sum_of: [{ var: 'f_items' }, 'c_total'] } },
        { id: 'f_big_order', type: 'text', label: 'Why so big', required: true, visibleWhen: { '>': [{ var: 'f_items_total' }, 1000] } },
      );
    }
    if (options.layoutRules === true) {
      columns.push({ id: 'd_row_help', type: 'description', label: 'Row help', content: 'One line per product.' });
      const rowCondition: RuleLogic | undefined =
        options.rowRules === true ? { '>': [{ var: '$row.c_qty' }, 2] } : layoutSource === undefined ? undefined : { '>': [{ var: layoutSource }, 30] };
      if (rowCondition !== undefined) columns.push({ id: 'd_row_rule', type: 'description', label: 'Row note', content: 'Bulk price.', visibleWhen: rowCondition });
    }
    const subform: SubformField = {
      id: 'f_items',
      type: 'subform',
      label: 'Items',
      fields: columns,
      ...(options.layoutRules === true && layoutSource !== undefined ? { visibleWhen: { '<': [{ var: layoutSource }, 70] } } : {}),
      ...(options.rows?.min === undefined ? {} : { minRows: options.rows.min }),
      maxRows: options.rows?.max ?? 50,
    };
    fields.splice(Math.floor(fields.length / 2), 0, subform);
  }

  const validations: ValidationRule[] = [];
  for (let index = 0; index < (options.validations ?? 0) && numberInputs.length > 0; index++) {
    const fieldId = numberInputs[index % numberInputs.length] ?? '';
    validations.push({
      id: `v_${index}`,
      assert: { '<=': [{ var: fieldId }, 90_000] },
      message: { 'zh-CN': `第 ${index} 条规则不满足`, en: `Rule ${index} does not hold` },
      fields: [fieldId],
    });
  }

  return {
    kind: 'form',
    schemaVersion: 1,
    title: `Generated form (${options.fields} fields)`,
    fields,
    ...(validations.length > 0 ? { rules: { validations } } : {}),
  };
}

/**
 * Adds a description shown on `source`, and wraps two plain fields (never condition inputs) in a
 * section shown on `source`, with a description that follows the section and one that also
 * reads `other`.
 */
function addLayoutBlocks(fields: FieldDefinition[], source: string, other: string): void {
  const wrapped: FieldDefinition[] = [];
  for (let index = fields.length - 1; index >= 0 && wrapped.length < 2; index--) {
    const field = fields[index];
    if (field === undefined || field.type === 'number' || field.type === 'formula') continue;
    wrapped.unshift(field);
    fields.splice(index, 1);
  }
  fields.unshift({ id: 'd_top', type: 'description', label: 'Top note', content: 'Shown on a condition.', visibleWhen: { '>': [{ var: source }, 20] } });
  fields.push({
    id: 's_layout',
    type: 'section',
    label: 'Layout section',
    visibleWhen: { '<': [{ var: source }, 60] },
    fields: [
      { id: 'd_section_help', type: 'description', label: 'Section help', content: 'Goes with the section.' },
      ...wrapped,
      { id: 'd_section_rule', type: 'description', label: 'Section note', content: 'Own condition too.', visibleWhen: { '>': [{ var: other }, 10] } },
    ],
  });
}
