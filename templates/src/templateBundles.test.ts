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
});
