import { describe, expect, it } from 'vitest';
import { parseFormSchema } from '../documents/form/parseFormSchema.js';
import { formWith } from '../documents/testing/formWith.js';
import { parseIssues, parsedValue } from '../documents/testing/parseOutcome.js';
import { locales } from '../i18n/Locale.js';
import { createField } from './createField.js';
import { fieldCatalogue } from './fieldCatalogue.js';
import { fieldTypes } from './fieldTypes.js';

const needsTarget = new Set(['link', 'lookup']);

describe('createField', () => {
  it.each(locales.flatMap((locale) => fieldTypes.map((type) => [type, locale] as const)))('makes a %s field labelled in %s', (type, locale) => {
    const field = createField(type, 'f_new', locale);
    expect(field).toMatchObject({ id: 'f_new', type, label: fieldCatalogue[type].name[locale] });
  });

  it.each(fieldTypes.filter((type) => !needsTarget.has(type)))('makes a %s field that parses as it is', (type) => {
    const form = formWith([createField(type, 'f_new', 'zh-CN')]);
    expect(parsedValue(parseFormSchema(form))).toEqual(form);
  });

  it.each(['link', 'lookup'] as const)('makes a %s field whose only faults are the target still to choose', (type) => {
    const issues = parseIssues(parseFormSchema(formWith([createField(type, 'f_new', 'en')])));
    const targets = type === 'link' ? ['/fields/0/formId', '/fields/0/displayField'] : ['/fields/0/linkField', '/fields/0/sourceField'];
    expect(issues.map((issue) => issue.pointer).sort()).toEqual(targets.sort());
  });

  it.each(['radio', 'checkbox', 'select', 'multiselect'] as const)('gives a %s three numbered options', (type) => {
    const zh = createField(type, 'f_new', 'zh-CN');
    const en = createField(type, 'f_new', 'en');
    expect(zh).toMatchObject({ options: [{ label: '选项1' }, { label: '选项2' }, { label: '选项3' }] });
    expect(en).toMatchObject({ options: [{ label: 'Option 1' }, { label: 'Option 2' }, { label: 'Option 3' }] });
    // Values are the same in every locale: records keep them whatever language the admin used.
    const valuesOf = (field: typeof zh) => ('options' in field ? field.options.map((option) => option.value) : []);
    expect(valuesOf(en)).toEqual(valuesOf(zh));
    expect(new Set(valuesOf(zh)).size).toBe(3);
  });

  it('starts containers empty, a formula without expression, a serial with one counter', () => {
    expect(createField('subform', 'f_new', 'en')).toMatchObject({ fields: [] });
    expect(createField('section', 'f_new', 'en')).toMatchObject({ fields: [] });
    expect(createField('formula', 'f_new', 'en')).toMatchObject({ expression: null });
    const serial = createField('serial', 'f_new', 'en');
    expect(serial.type === 'serial' && serial.parts.filter((part) => part.kind === 'counter')).toHaveLength(1);
  });

  it('never shares objects between two fields', () => {
    const first = createField('radio', 'f_a', 'en');
    const second = createField('radio', 'f_b', 'en');
    expect('options' in first && 'options' in second && first.options !== second.options).toBe(true);
  });
});
