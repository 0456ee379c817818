import type { CompiledForm, FieldDefinition, FieldError, FormSchema, FormSession, RecordData } from '../../engine/index.js';

/**
 * A stand-in for `compileForm` in renderer tests that exercise the wiring, not the rules: values
 * by pointer, row operations, per-pointer notifications, and errors from a function the test
 * writes. Rule behaviour is tested against the real engine.
 */
export interface FakeFormOptions {
  /** The errors of the values as they stand (what the engine's validation would say). */
  readonly validate?: (values: RecordData) => readonly FieldError[];
  /** Pointers that are hidden. */
  readonly hidden?: (values: RecordData, pointer: string) => boolean;
}

export function createFakeForm(schema: FormSchema, options: FakeFormOptions = {}): CompiledForm {
  const fieldsById = new Map<string, FieldDefinition>();
  const index = (fields: readonly FieldDefinition[]): void => {
    for (const field of fields) {
      fieldsById.set(field.id, field);
      if (field.type === 'section' || field.type === 'subform') index(field.fields);
    }
  };
  index(schema.fields);
  const form = {
    schema,
    fieldsById,
    createSession: (initial: RecordData): FormSession => createFakeSession(form, initial, options),
  };
  // Only what the renderer touches is implemented; the rest of CompiledForm is the engine's.
  return form as unknown as CompiledForm;
}

function createFakeSession(form: { schema: FormSchema }, initial: RecordData, options: FakeFormOptions): FormSession {
  let values: Record<string, unknown> = structuredClone(initial) as Record<string, unknown>;
  let errors: readonly FieldError[] = options.validate?.(values) ?? [];
  let nextRow = 1;
  const byPointer = new Map<string, Set<() => void>>();
  const global = new Set<(changed: ReadonlySet<string>) => void>();

  const read = (pointer: string): unknown => {
    let node: unknown = values;
    for (const part of pointer.split('/').slice(1)) {
      if (typeof node !== 'object' || node === null) return undefined;
      node = (node as Record<string, unknown>)[part];
    }
    return node;
  };
  const write = (pointer: string, value: unknown): void => {
    const parts = pointer.split('/').slice(1);
    const update = (node: unknown, depth: number): unknown => {
      const key = parts[depth] ?? '';
      const copy: Record<string, unknown> | unknown[] = Array.isArray(node) ? [...(node as unknown[])] : { ...(node as Record<string, unknown>) };
      const next = depth === parts.length - 1 ? value : update((copy as Record<string, unknown>)[key], depth + 1);
      if (next === undefined && !Array.isArray(copy)) delete copy[key];
      else (copy as Record<string, unknown>)[key] = next;
      return copy;
    };
    values = update(values, 0) as Record<string, unknown>;
  };
  const notify = (changed: Set<string>): ReadonlySet<string> => {
    const before = errors;
    errors = options.validate?.(values) ?? [];
    for (const error of [...before, ...errors]) changed.add(error.pointer);
    for (const pointer of changed) for (const listener of byPointer.get(pointer) ?? []) listener();
    for (const listener of global) listener(changed);
    return changed;
  };
  const rows = (subformId: string): Record<string, unknown>[] => {
    const current = values[subformId];
    return Array.isArray(current) ? [...(current as Record<string, unknown>[])] : [];
  };
  const rowPointers = (subformId: string): Set<string> => {
    const changed = new Set([`/${subformId}`]);
    const columns = form.schema.fields.find((f) => f.id === subformId);
    const count = Math.max(rows(subformId).length + 1, 1);
    if (columns && columns.type === 'subform')
      for (let i = 0; i < count; i++) for (const c of columns.fields) changed.add(`/${subformId}/${i}/${c.id}`);
    return changed;
  };
  const setRows = (subformId: string, next: Record<string, unknown>[]): ReadonlySet<string> => {
    const changed = rowPointers(subformId);
    values = { ...values, [subformId]: next };
    for (const p of rowPointers(subformId)) changed.add(p);
    return notify(changed);
  };

  const session = {
    getValues: () => values,
    getValue: read,
    isVisible: (pointer: string) => !(options.hidden?.(values, pointer) ?? false),
    getErrors: (pointer?: string) => (pointer === undefined ? errors : errors.filter((e) => e.pointer === pointer)),
    validateAll: () => errors,
    setValue: (pointer: string, value: unknown) => {
      write(pointer, value);
      return notify(new Set([pointer]));
    },
    addRow: (subformId: string) => setRows(subformId, [...rows(subformId), { _id: `row${nextRow++}` }]),
    removeRow: (subformId: string, at: number) => setRows(subformId, rows(subformId).filter((_, i) => i !== at)),
    moveRow: (subformId: string, from: number, to: number) => {
      const next = rows(subformId);
      const [moved] = next.splice(from, 1);
      if (moved) next.splice(to, 0, moved);
      return setRows(subformId, next);
    },
    copyRow: (subformId: string, at: number) => {
      const next = rows(subformId);
      const source = next[at];
      if (source) next.splice(at + 1, 0, { ...source, _id: `row${nextRow++}` });
      return setRows(subformId, next);
    },
    subscribe: (a: string | ((changed: ReadonlySet<string>) => void), b?: () => void) => {
      if (typeof a === 'function') {
        global.add(a);
        return () => global.delete(a);
      }
      const set = byPointer.get(a) ?? new Set();
      byPointer.set(a, set);
      if (b) set.add(b);
      return () => b && set.delete(b);
    },
  };
  return session as unknown as FormSession;
}
