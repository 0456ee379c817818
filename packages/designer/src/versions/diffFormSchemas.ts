import { walkFields, type FieldDefinition, type FormSchema } from '@formwork/runtime';
import type { FieldPlace, SchemaChange } from './SchemaChange.js';

interface Placed {
  readonly field: FieldDefinition;
  readonly place: FieldPlace;
  readonly parentId: string | null;
}

// What a field is apart from its settings: compared on their own, or (children) field by field.
const IDENTITY = new Set(['id', 'label', 'type', 'fields']);

/**
 * What changed from one version of a form to another, field by field (matched by id, so a renamed
 * field is renamed, not removed and added): added, removed, renamed, retyped, moved, settings;
 * then the form's own properties. Pure: the versions dialog and its tests call it alike.
 *
 * @example
 * diffFormSchemas(v1, v2) // [{ kind: 'renamed', id: 'f_1', from: 'Client', to: 'Customer' }, { kind: 'added', id: 'f_9', label: 'Phone', type: 'phone' }]
 */
export function diffFormSchemas(before: FormSchema, after: FormSchema): SchemaChange[] {
  const old = placedFields(before);
  const now = placedFields(after);
  const changes: SchemaChange[] = [];
  for (const [id, { field, place, parentId }] of now) {
    const was = old.get(id);
    if (!was) {
      changes.push({ kind: 'added', id, label: field.label, type: field.type });
      continue;
    }
    if (was.field.label !== field.label) changes.push({ kind: 'renamed', id, from: was.field.label, to: field.label });
    if (was.field.type !== field.type) changes.push({ kind: 'retyped', id, label: field.label, from: was.field.type, to: field.type });
    if (was.parentId !== parentId) changes.push({ kind: 'moved', id, label: field.label, from: was.place, to: place });
    const keys = changedKeys(was.field, field, IDENTITY);
    if (keys.length > 0) changes.push({ kind: 'settings', id, label: field.label, keys });
  }
  for (const [id, { field }] of old) {
    if (!now.has(id)) changes.push({ kind: 'removed', id, label: field.label, type: field.type });
  }
  const formKeys = changedKeys(before, after, new Set(['fields', 'schemaVersion']));
  if (formKeys.length > 0) changes.push({ kind: 'form', keys: formKeys });
  return changes;
}

function placedFields(schema: FormSchema): Map<string, Placed> {
  const placed = new Map<string, Placed>();
  walkFields(schema.fields, (field, location) => {
    placed.set(field.id, { field, place: location.parent?.label ?? null, parentId: location.parent?.id ?? null });
  });
  return placed;
}

/** The properties, other than `skip`, whose values differ (compared as JSON), sorted. */
function changedKeys(a: object, b: object, skip: ReadonlySet<string>): string[] {
  const left = a as Readonly<Record<string, unknown>>;
  const right = b as Readonly<Record<string, unknown>>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].filter((key) => !skip.has(key) && stableJson(left[key]) !== stableJson(right[key])).sort();
}

/** JSON with object keys sorted: the same settings written in another order are not a change. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
