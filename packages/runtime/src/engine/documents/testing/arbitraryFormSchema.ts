import fc from 'fast-check';
import type { FieldType, FormSchema } from '../form/FormSchema.js';
import type { RuleLogic } from '../../rules/RuleLogic.js';

type Json = Record<string, unknown>;

/** Plain objects with only some keys, never `undefined` values: what a designer would save. */
const some = <T extends Json>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }, requiredKeys: (keyof T)[] = []): fc.Arbitrary<Partial<T>> =>
  fc.record(model, { requiredKeys, noNullPrototype: true }) as fc.Arbitrary<Partial<T>>;

const text = fc.string({ maxLength: 12, unit: 'grapheme' });
const name = fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' });
const userText = fc.oneof(text, some({ 'zh-CN': text, en: text }));
const sortedPair = <T>(item: fc.Arbitrary<T>, compare: (a: T, b: T) => number): fc.Arbitrary<readonly [T, T]> =>
  fc.tuple(item, item).map(([a, b]): readonly [T, T] => (compare(a, b) <= 0 ? [a, b] : [b, a]));
const intPair = (min: number, max: number) => sortedPair(fc.integer({ min, max }), (a, b) => a - b);

/** JSON Logic made of safe operators and references to the form's always-present link field. */
export const arbitraryRule: fc.Arbitrary<RuleLogic> = fc.letrec<{ rule: RuleLogic }>((tie) => ({
  rule: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    text,
    fc.constantFrom('f_link', '$row.f_x').map((ref) => ({ var: ref })),
    fc
      .tuple(fc.constantFrom('==', 'and', 'or', '+', 'if', '>', 'cat'), fc.array(tie('rule'), { maxLength: 3 }))
      .map(([operator, args]): RuleLogic => ({ [operator]: args })),
  ),
})).rule;

const defaultValue = fc.oneof(
  fc.constantFrom({ kind: 'currentUser' }, { kind: 'currentDepartment' }, { kind: 'today' }, { kind: 'now' }),
  fc.record({ kind: fc.constant('fixed'), value: arbitraryRule }, { noNullPrototype: true }),
  fc.record({ kind: fc.constant('formula'), expression: arbitraryRule }, { noNullPrototype: true }),
);

const base = some({
  description: text,
  placeholder: text,
  required: fc.boolean(),
  unique: fc.boolean(),
  readOnly: fc.boolean(),
  span: fc.integer({ min: 1, max: 4 }),
  visibleWhen: arbitraryRule,
  defaultValue,
  alias: fc.constant('pending'),
});

const options = fc.uniqueArray(
  some({ value: fc.string({ minLength: 1, maxLength: 8 }), label: name, color: fc.stringMatching(/^#[0-9a-f]{6}$/) }, ['value', 'label']),
  { minLength: 1, maxLength: 5, selector: (option) => option.value },
);
const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true });
const fieldRef = fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/);

/** The settings of each type (besides the base ones), valid alone and together. */
const settings: Readonly<Record<Exclude<FieldType, 'subform' | 'section'>, fc.Arbitrary<Json>>> = {
  text: fc.tuple(some({ pattern: fc.constantFrom('^[0-9]+$', '^\\p{L}+$', 'a|b'), patternMessage: userText }), fc.option(intPair(0, 50), { nil: undefined })).map(
    ([rest, range]) => (range ? { ...rest, minLength: range[0], maxLength: Math.max(1, range[1]) } : rest),
  ),
  textarea: some({ maxLength: fc.integer({ min: 1, max: 5000 }) }),
  number: fc.tuple(some({ precision: fc.integer({ min: 0, max: 10 }), unit: text }), fc.option(sortedPair(fc.double({ noNaN: true, noDefaultInfinity: true }), (a, b) => a - b), { nil: undefined })).map(
    ([rest, range]) => (range ? { ...rest, min: range[0], max: range[1] } : rest),
  ),
  money: some({ precision: fc.integer({ min: 0, max: 4 }), currency: fc.constantFrom('CNY', 'USD'), min: fc.constant(0) }),
  date: fc.tuple(some({ format: fc.constantFrom('YYYY-MM-DD', 'YYYY-MM') }), fc.option(sortedPair(day, (a, b) => a.getTime() - b.getTime()), { nil: undefined })).map(
    ([rest, range]) => (range ? { ...rest, min: range[0].toISOString().slice(0, 10), max: range[1].toISOString().slice(0, 10) } : rest),
  ),
  datetime: fc.tuple(some({ format: fc.constant('YYYY-MM-DD HH:mm') }), fc.option(sortedPair(day, (a, b) => a.getTime() - b.getTime()), { nil: undefined })).map(
    ([rest, range]) => (range ? { ...rest, min: range[0].toISOString(), max: range[1].toISOString() } : rest),
  ),
  radio: some({ options }, ['options']),
  select: some({ options }, ['options']),
  checkbox: fc.tuple(options, fc.option(intPair(0, 5), { nil: undefined })).map(([list, range]) => (range ? { options: list, minSelected: range[0], maxSelected: range[1] } : { options: list })),
  multiselect: some({ options }, ['options']),
  rating: some({ max: fc.integer({ min: 1, max: 10 }) }),
  phone: fc.constant({}),
  email: fc.constant({}),
  url: fc.constant({}),
  address: some({ level: fc.constantFrom('province', 'city', 'district', 'detail') }),
  location: fc.constant({}),
  image: some({ maxFiles: fc.integer({ min: 1, max: 20 }), maxSizeMB: fc.double({ min: 0.5, max: 100, noNaN: true }), accept: fc.array(fc.constantFrom('image/*', '.png'), { maxLength: 2 }) }),
  attachment: some({ accept: fc.array(fc.constantFrom('.pdf', '.docx'), { maxLength: 2 }) }),
  signature: some({ maxFiles: fc.constant(1) }),
  richtext: some({ maxLength: fc.integer({ min: 1, max: 100000 }) }),
  link: some(
    {
      formId: fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/),
      displayField: fieldRef,
      filter: fc.oneof(
        fc.record({ field: fieldRef, op: fc.constantFrom('eq', 'like'), value: text }, { noNullPrototype: true }),
        fc.record({ and: fc.array(fc.record({ field: fieldRef, op: fc.constant('not_empty') }, { noNullPrototype: true }), { maxLength: 2 }) }, { noNullPrototype: true }),
      ),
    },
    ['formId', 'displayField'],
  ),
  lookup: fieldRef.map((sourceField) => ({ linkField: 'f_link', sourceField })),
  serial: fc
    .tuple(fc.array(fc.oneof(fc.constant({ kind: 'text', value: 'NO-' }), fc.constant({ kind: 'date', format: 'YYYYMM' }), fc.constant({ kind: 'field', field: 'f_link' })), { maxLength: 3 }), fc.nat(3))
    .map(([others, at]) => ({ parts: [...others.slice(0, at), { kind: 'counter', digits: 4, reset: 'month' }, ...others.slice(at)] })),
  formula: some({ expression: arbitraryRule, resultType: fc.constantFrom('number', 'text', 'date', 'boolean'), precision: fc.integer({ min: 0, max: 10 }), unit: text }, ['expression']),
  member: some({ scope: some({ roles: fc.subarray(['admin', 'manager', 'member']), departments: fc.array(fc.constantFrom('d_1', 'd_2'), { maxLength: 2 }) }) }),
  members: fc.constant({}),
  department: fc.constant({}),
  departments: fc.constant({}),
  description: some({ content: text }, ['content']),
};

const leafTypes = Object.keys(settings) as (keyof typeof settings)[];

const leafField: fc.Arbitrary<Json> = fc
  .constantFrom(...leafTypes)
  .chain((type) => fc.tuple(fc.constant(type), name, base, settings[type]))
  .map(([type, label, baseSettings, own]) => ({ id: 'pending', type, label, ...baseSettings, ...own }));

const subformField: fc.Arbitrary<Json> = fc
  .tuple(name, fc.array(leafField, { maxLength: 4 }), fc.option(intPair(0, 20), { nil: undefined }))
  .map(([label, fields, range]) => ({ id: 'pending', type: 'subform', label, fields, ...(range ? { minRows: range[0], maxRows: Math.max(1, range[1]) } : {}) }));

const sectionField: fc.Arbitrary<Json> = fc
  .tuple(name, fc.array(fc.oneof({ weight: 4, arbitrary: leafField }, { weight: 1, arbitrary: subformField }), { maxLength: 4 }), some({ columns: fc.constantFrom(1, 2, 3, 4), collapsible: fc.boolean() }))
  .map(([label, fields, rest]) => ({ id: 'pending', type: 'section', label, fields, ...rest }));

/** Gives every field a unique id (`f_0`, `f_1`, …) and every field that asked for one a unique alias. */
function numberFields(fields: readonly Json[], next: { count: number }): Json[] {
  return fields.map((field) => {
    const index = next.count;
    next.count += 1;
    const numbered: Json = { ...field, id: `f_${index}` };
    if (field['alias'] !== undefined) numbered['alias'] = `alias_${index}`;
    if (Array.isArray(field['fields'])) numbered['fields'] = numberFields(field['fields'] as Json[], next);
    return numbered;
  });
}

/**
 * Valid forms of every shape the meta-schema and the form's own checks allow: every field type,
 * random optional settings, sections, subforms, rules. Always starts with a link field `f_link`
 * that lookups and serial parts may reference.
 */
export const arbitraryFormSchema: fc.Arbitrary<FormSchema> = fc
  .tuple(
    name,
    fc.array(fc.oneof({ weight: 6, arbitrary: leafField }, { weight: 1, arbitrary: subformField }, { weight: 1, arbitrary: sectionField }), { maxLength: 12 }),
    some({
      description: text,
      layout: some({ columns: fc.constantFrom(1, 2, 3, 4), labelPlacement: fc.constantFrom('top', 'left') }),
      settings: some({ submitText: userText, access: some({ submit: some({ roles: fc.subarray(['admin', 'manager', 'member']) }), rows: some({ member: fc.constantFrom('own', 'department', 'all') }) }) }),
    }),
    fc.array(some({ assert: arbitraryRule, message: userText, fields: fc.constant(['f_link']), when: arbitraryRule }, ['assert', 'message']), { maxLength: 3 }),
  )
  .map(([title, fields, rest, validations]) => {
    const link = { id: 'f_link', type: 'link', label: 'Link', formId: 'customers', displayField: 'f_name' };
    const form: Json = { kind: 'form', schemaVersion: 1, title, fields: [link, ...numberFields(fields, { count: 0 })], ...rest };
    if (validations.length > 0) form['rules'] = { validations: validations.map((rule, index) => ({ id: `r_${index}`, ...rule })) };
    return form as unknown as FormSchema;
  });
