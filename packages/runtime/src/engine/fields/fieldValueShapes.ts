import type { FieldType } from '../documents/form/FormSchema.js';

/**
 * What kind of value a field type holds, as far as emptiness and stored characters go:
 *
 * - `line` — one line of text: blank text is empty; no line breaks or tabs.
 * - `lines` — multi-line text (and rich text): blank text is empty; line breaks and tabs allowed.
 * - `number` — a number (`[]` is no number: a type error, never "empty").
 * - `scalar` — one string of a fixed format (date, option, id…): only `''` and `null` are empty.
 * - `list` — a list (choices, members, files, subform rows): `[]` is empty.
 * - `address` — an object of text parts: empty when no part has text.
 * - `object` — another object (a location).
 * - `computed` — written by the engine or the server (formula, lookup, serial).
 * - `none` — layout blocks, which hold no value.
 */
export type FieldValueShape = 'line' | 'lines' | 'number' | 'scalar' | 'list' | 'address' | 'object' | 'computed' | 'none';

/**
 * The value shape of every field type. A new field type must say its shape here (the
 * `satisfies` makes the compiler ask).
 *
 * @example
 * fieldValueShapes.money // 'number'
 */
export const fieldValueShapes = {
  text: 'line',
  textarea: 'lines',
  richtext: 'lines',
  number: 'number',
  money: 'number',
  rating: 'number',
  date: 'scalar',
  datetime: 'scalar',
  radio: 'scalar',
  select: 'scalar',
  phone: 'scalar',
  email: 'scalar',
  url: 'scalar',
  member: 'scalar',
  department: 'scalar',
  link: 'scalar',
  checkbox: 'list',
  multiselect: 'list',
  members: 'list',
  departments: 'list',
  image: 'list',
  attachment: 'list',
  signature: 'list',
  subform: 'list',
  address: 'address',
  location: 'object',
  formula: 'computed',
  lookup: 'computed',
  serial: 'computed',
  section: 'none',
  description: 'none',
} as const satisfies Readonly<Record<FieldType, FieldValueShape>>;
