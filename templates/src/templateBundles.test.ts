import { compileForm, parseAppBundle, walkFields, type AppBundle, type FieldDefinition } from '@formwork/runtime';
import { describe, expect, it } from 'vitest';
import { readTemplateBundle, templateNames } from './readTemplateBundle.js';

const parsed = (name: (typeof templateNames)[number]): AppBundle => {
  const result = parseAppBundle(readTemplateBundle(name));
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.errors, null, 2)}`);
  return result.value;
};

const fieldsOf = (bundle: AppBundle, formKey: string): Map<string, FieldDefinition> => {
  const form = bundle.forms.find((entry) => entry.key === formKey);
  const fields = new Map<string, FieldDefinition>();
  if (form) walkFields(form.schema.fields, (field) => void fields.set(field.id, field));
  return fields;
};

describe.each(templateNames)('the %s template', (name) => {
  it('parses as an app bundle without faults, and every form compiles', () => {
    const result = parseAppBundle(readTemplateBundle(name));
    expect(result.ok ? [] : result.errors).toEqual([]);
    for (const form of parsed(name).forms) expect(() => compileForm(form.schema), form.key).not.toThrow();
  });

  // parseAppBundle checks that a link names a form of the bundle, not that the field it shows
  // (or a lookup reads) exists there: a typo would install and show nothing.
  it('links show, and lookups read, fields that exist in the linked form', () => {
    const bundle = parsed(name);
    const problems: string[] = [];
    for (const form of bundle.forms) {
      const own = fieldsOf(bundle, form.key);
      walkFields(form.schema.fields, (field) => {
        if (field.type === 'link' && !fieldsOf(bundle, field.formId).has(field.displayField)) problems.push(`${form.key}.${field.id} shows ${field.formId}.${field.displayField}`);
        if (field.type === 'lookup') {
          const link = own.get(field.linkField);
          if (link?.type !== 'link') problems.push(`${form.key}.${field.id}: ${field.linkField} is no link`);
          else if (!fieldsOf(bundle, link.formId).has(field.sourceField)) problems.push(`${form.key}.${field.id} reads ${link.formId}.${field.sourceField}`);
        }
      });
    }
    expect(problems).toEqual([]);
  });

  it('labels every field in Chinese and gives every value field an English API alias', () => {
    const problems: string[] = [];
    for (const form of parsed(name).forms) {
      if (!/\p{Script=Han}/u.test(form.schema.title)) problems.push(`${form.key} title`);
      walkFields(form.schema.fields, (field) => {
        if (!/\p{Script=Han}/u.test(field.label)) problems.push(`${form.key}.${field.id} label`);
        if (field.type !== 'section' && field.type !== 'description' && !/^[a-z][a-z0-9_]*$/.test(field.alias ?? '')) problems.push(`${form.key}.${field.id} alias`);
        if ('options' in field) for (const option of field.options) if (!/\p{Script=Han}/u.test(option.label) && !/^[A-Z]/.test(option.label)) problems.push(`${form.key}.${field.id} option ${option.value}`);
      });
    }
    expect(problems).toEqual([]);
  });
});

describe('the CRM template', () => {
  it('checks customer names for duplicates and gives each customer one owner', () => {
    const customer = fieldsOf(parsed('crm'), 'customers');
    expect(customer.get('f_customer_name')).toMatchObject({ required: true, unique: true });
    expect(customer.get('f_owner')).toMatchObject({ type: 'member', required: true });
  });
});

describe('the performance template', () => {
  it('asks for a reason whenever a target is changed', () => {
    expect(parsed('performance').forms.find((form) => form.key === 'targets')?.schema.settings?.changeReason).toBe('required');
  });

  it("scores by DOMAIN.md's weights, monthly, amount against the targets form and capped at 120 %", () => {
    const [scoring, ...others] = parsed('performance').scorings;
    expect(others).toEqual([]);
    const items = scoring?.schema.items ?? [];
    expect(scoring?.schema.period).toBe('month');
    expect(Object.fromEntries(items.map((item) => [item.id, item.weight]))).toEqual({ k_amount: 40, k_visits: 20, k_follow_ups: 10, k_orders: 10, k_exam: 10, k_satisfaction: 10 });
    const amount = items.find((item) => item.id === 'k_amount');
    expect(amount?.target).toMatchObject({ kind: 'form', formId: 'targets', valueField: 'f_amount_target' });
    expect(amount?.method).toEqual({ kind: 'ratio', cap: 120 });
    expect(scoring?.schema.bands?.map((band) => band.grade)).toEqual(['优秀', '良好', '合格', '待改进']);
  });
});

describe.each(templateNames)('the flows, scoring schemes and dashboards of the %s template', (name) => {
  // Neither parser knows the forms' fields: a misspelt field would parse and then show nothing.
  it('name only fields their form has (or record attributes such as _createdAt)', () => {
    const bundle = parsed(name);
    const problems: string[] = [];
    const check = (formKey: string, fieldId: string | undefined, where: string, alsoAllowed: readonly string[] = []): void => {
      if (fieldId === undefined || fieldId.startsWith('_') || alsoAllowed.includes(fieldId) || fieldsOf(bundle, formKey).has(fieldId)) return;
      problems.push(`${where}: ${formKey}.${fieldId}`);
    };
    const filterFields = (filter: unknown): string[] =>
      typeof filter !== 'object' || filter === null ? [] : 'field' in filter ? [String(filter.field)] : Object.values(filter).flatMap((parts) => (Array.isArray(parts) ? parts.flatMap(filterFields) : []));
    for (const { key, schema } of bundle.workflows) {
      for (const node of schema.nodes) for (const fieldId of Object.keys('fieldPermissions' in node ? (node.fieldPermissions ?? {}) : {})) check(schema.formId, fieldId, `${key}/${node.id}`);
    }
    for (const { key, schema } of bundle.scorings) {
      for (const item of schema.items) {
        const where = `${key}/${item.id}`;
        const sources = item.source.kind === 'derived' ? item.source.inputs.map((input) => input.source) : [item.source];
        for (const source of sources) {
          const fields = 'dateField' in source ? [source.personField, source.dateField, source.field, ...filterFields(source.filter)] : [source.personField, source.periodField, source.field];
          for (const fieldId of fields) check(source.formId, fieldId, where);
        }
        if (item.target?.kind === 'form') for (const fieldId of [item.target.personField, item.target.periodField, item.target.valueField]) check(item.target.formId, fieldId, where);
      }
    }
    for (const { key, schema } of bundle.dashboards) {
      for (const widget of schema.widgets) {
        const { formId, groupBy = [], measures = [], filter, sort } = widget.query;
        const where = `${key}/${widget.id}`;
        for (const group of groupBy) check(formId, group.field, where);
        for (const measure of measures) check(formId, measure.field, where);
        for (const fieldId of filterFields(filter)) check(formId, fieldId, where);
        check(formId, sort?.by, where, measures.map((measure) => measure.id));
        if (widget.type === 'table') for (const column of widget.columns ?? []) check(formId, column, where);
      }
      for (const filter of schema.filters ?? []) {
        for (const [widgetId, fieldId] of Object.entries(filter.bindings)) {
          const widget = schema.widgets.find((candidate) => candidate.id === widgetId);
          if (widget) check(widget.query.formId, fieldId, `${key}/${filter.id}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
