import type { ChoiceOption, FileField, FormulaField } from '../documents/form/FormSchema.js';
import type { ValueField, ValueFieldDefinition } from './CompiledForm.js';
import { decimalPlaces, decimalStep, fieldLimits, maxTextLength } from './fieldLimits.js';
import type { FormFieldIndex } from './indexFormFields.js';
import { isAlwaysVisible } from './isAlwaysVisible.js';
import { isComputedField } from './isComputedField.js';

/** A JSON Schema (draft 2020-12) object, as plain JSON data. */
export interface RecordJsonSchema {
  readonly [keyword: string]: unknown;
}

const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

/**
 * Compiles a form to the JSON Schema of its records as stored (what `prepareSubmission` returns):
 * keyed by field id, no unknown keys, empty values absent. `required` lists only required fields
 * that are always visible; required-when-visible and a few checks JSON Schema cannot say (date
 * bounds, file types, form-level rules) are the engine's own, so a record can pass this schema and
 * still fail `validateRecord` — never the other way round.
 *
 * @example
 * buildRecordSchema(indexFormFields(schema)).properties.f_amount // { type: 'number', multipleOf: 0.01, … }
 */
export function buildRecordSchema(index: FormFieldIndex, title?: string): RecordJsonSchema {
  return {
    $schema: DRAFT_2020_12,
    ...(title === undefined ? {} : { title }),
    ...objectSchema(index.topFields, index),
  };
}

function objectSchema(entries: readonly ValueField[], index: FormFieldIndex, rowId?: RecordJsonSchema): RecordJsonSchema {
  const properties: Record<string, RecordJsonSchema> = rowId === undefined ? {} : { _id: rowId };
  const required: string[] = rowId === undefined ? [] : ['_id'];
  for (const entry of entries) {
    properties[entry.field.id] = { title: entry.field.label, ...valueSchema(entry.field, index) };
    if (entry.field.required === true && !isComputedField(entry.field) && isAlwaysVisible(entry)) required.push(entry.field.id);
  }
  return {
    type: 'object',
    properties,
    ...(required.length > 0 ? { required } : {}),
    additionalProperties: false,
  };
}

function boundedString(maxLength: number, extra: RecordJsonSchema = {}): RecordJsonSchema {
  return { type: 'string', minLength: 1, maxLength, ...extra };
}

function idSchema(): RecordJsonSchema {
  return boundedString(fieldLimits.idMaxLength);
}

/** The schema of one field's value (a subform column's value inside a row, likewise). */
export function valueSchema(field: ValueFieldDefinition, index: FormFieldIndex): RecordJsonSchema {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'richtext': {
      const schema: Record<string, unknown> = { type: 'string', maxLength: maxTextLength(field) };
      if (field.type !== 'richtext' && field.minLength !== undefined && field.minLength > 0) schema.minLength = field.minLength;
      if (field.type !== 'richtext' && field.pattern !== undefined) schema.pattern = anchoredPattern(field.pattern);
      return schema;
    }
    case 'number':
    case 'money': {
      const schema: Record<string, unknown> = { type: 'number' };
      if (field.min !== undefined) schema.minimum = field.min;
      if (field.max !== undefined) schema.maximum = field.max;
      const places = decimalPlaces(field);
      if (places !== undefined) schema.multipleOf = decimalStep(places);
      return schema;
    }
    case 'rating':
      return { type: 'integer', minimum: 1, maximum: field.max ?? fieldLimits.defaultRatingMax };
    case 'date':
      return { type: 'string', format: 'date' };
    case 'datetime':
      return { type: 'string', format: 'date-time' };
    case 'phone':
      return { type: 'string', format: 'phone' };
    case 'email':
      return { type: 'string', format: 'email' };
    case 'url':
      return { type: 'string', format: 'url' };
    case 'radio':
    case 'select':
      return optionSchema(field.options);
    case 'checkbox':
    case 'multiselect':
      return {
        type: 'array',
        items: optionSchema(field.options),
        uniqueItems: true,
        ...(field.minSelected !== undefined && field.minSelected > 0 ? { minItems: field.minSelected } : {}),
        ...(field.maxSelected !== undefined ? { maxItems: field.maxSelected } : {}),
      };
    case 'member':
    case 'department':
    case 'link':
      return idSchema();
    case 'members':
    case 'departments':
      return { type: 'array', items: idSchema(), uniqueItems: true };
    case 'address':
      return {
        type: 'object',
        properties: {
          province: { type: 'string', maxLength: fieldLimits.addressPartMaxLength },
          city: { type: 'string', maxLength: fieldLimits.addressPartMaxLength },
          district: { type: 'string', maxLength: fieldLimits.addressPartMaxLength },
          detail: { type: 'string', maxLength: fieldLimits.addressDetailMaxLength },
        },
        additionalProperties: false,
      };
    case 'location':
      return {
        type: 'object',
        properties: {
          lat: { type: 'number', minimum: -90, maximum: 90 },
          lng: { type: 'number', minimum: -180, maximum: 180 },
          address: { type: 'string', maxLength: fieldLimits.locationAddressMaxLength },
        },
        required: ['lat', 'lng'],
        additionalProperties: false,
      };
    case 'image':
    case 'attachment':
    case 'signature':
      return fileListSchema(field);
    case 'subform': {
      const columns = index.columnsBySubform.get(field.id) ?? [];
      return {
        type: 'array',
        items: objectSchema(columns, index, { type: 'string', pattern: fieldLimits.rowIdPattern }),
        ...(field.minRows !== undefined && field.minRows > 0 ? { minItems: field.minRows } : {}),
        ...(field.maxRows !== undefined ? { maxItems: field.maxRows } : {}),
      };
    }
    case 'serial':
      return boundedString(fieldLimits.serialMaxLength);
    case 'lookup':
      // Filled by the server from the linked record: any JSON value the source field may hold.
      return {};
    case 'formula':
      return formulaSchema(field);
  }
}

/** One of the option values; a field without options accepts none (an empty `enum` is no schema). */
function optionSchema(options: readonly ChoiceOption[]): RecordJsonSchema {
  return options.length === 0 ? { type: 'string', not: {} } : { type: 'string', enum: [...new Set(options.map((option) => option.value))] };
}

/** A field's `pattern` must match the whole value. */
export function anchoredPattern(pattern: string): string {
  return `^(?:${pattern})$`;
}

/** How many files a file field holds at most: its `maxFiles`; a signature is one file. */
export function maxFileCount(field: FileField): number | undefined {
  return field.type === 'signature' ? 1 : field.maxFiles;
}

function fileListSchema(field: FileField): RecordJsonSchema {
  const maxFiles = maxFileCount(field);
  const size: Record<string, unknown> = { type: 'integer', minimum: 0 };
  if (field.maxSizeMB !== undefined) size.maximum = Math.floor(field.maxSizeMB * 1024 * 1024);
  return {
    type: 'array',
    items: {
      type: 'object',
      properties: {
        fileId: idSchema(),
        name: boundedString(fieldLimits.fileNameMaxLength),
        size,
        mimeType: { type: 'string', maxLength: fieldLimits.mimeTypeMaxLength },
      },
      required: ['fileId', 'name', 'size', 'mimeType'],
      additionalProperties: false,
    },
    ...(maxFiles !== undefined ? { maxItems: maxFiles } : {}),
  };
}

function formulaSchema(field: FormulaField): RecordJsonSchema {
  switch (field.resultType) {
    case 'number':
      return { type: 'number' };
    case 'text':
      return { type: 'string' };
    case 'date':
      return { type: 'string', format: 'date' };
    case 'boolean':
      return { type: 'boolean' };
    default:
      return { type: ['number', 'string', 'boolean'] };
  }
}
