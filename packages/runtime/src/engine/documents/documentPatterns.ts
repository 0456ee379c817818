/**
 * The string formats shared by every meta-schema. Kept as pattern sources (not RegExp objects)
 * because they are published inside the JSON meta-schemas.
 */

/** Field ids, aliases and other ids inside a document: a letter, then letters, digits, `_`. */
export const idPattern = '^[A-Za-z][A-Za-z0-9_]{0,63}$';

/**
 * Ids that would collide with what every JavaScript object inherits: record data is keyed by
 * field id, so `record['constructor']` must never be a field's value.
 */
export const reservedIds = [
  'constructor',
  'prototype',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'toString',
  'valueOf',
] as const;

/** A reference to another document: a stored form's id, or a key inside an app bundle. */
export const documentRefPattern = '^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$';

/** A field a query reads: a field id, or a record attribute (`_createdAt`, `_createdBy`, …). */
export const fieldRefPattern = '^_?[A-Za-z][A-Za-z0-9_]{0,63}$';

/** A hex colour (`#2f7cf6` or `#fff`): never free CSS, which could smuggle in more than a colour. */
export const colorPattern = '^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$';

/** An ISO 4217 currency code such as `CNY`. */
export const currencyPattern = '^[A-Z]{3}$';

/** A calendar date, `YYYY-MM-DD`. */
export const datePattern = '^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$';

/** An ISO 8601 date and time with an offset or `Z`, e.g. `2024-05-01T09:30:00+08:00`. */
export const dateTimePattern =
  '^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$';

/** A period name: a year `2026`, a quarter `2026-Q4`, a month `2026-11` or an ISO week `2026-W48`. */
export const periodPattern = '^[0-9]{4}(?:-Q[1-4]|-(?:0[1-9]|1[0-2])|-W(?:0[1-9]|[1-4][0-9]|5[0-3]))?$';
