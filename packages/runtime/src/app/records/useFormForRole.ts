import { useMemo } from 'react';
import { restrictedFieldsOf, schemaForRole, type CompiledForm, type RecordData, type RestrictedFields } from '../../engine/index.js';
import type { FormView } from '../api/ApiViews.js';
import { useAppSession } from '../shell/AppSession.js';

/** A published form as the signed-in user's role may fill it in and see it. */
export interface FormForRole {
  /** The form to render: hidden fields never shown, read-only ones read-only (`schemaForRole`). */
  readonly compiled: CompiledForm;
  /** The fields the role may not see / not change, as the server enforces them. */
  readonly restricted: RestrictedFields;
  /**
   * Values to send without the fields the role may not change: the server keeps (or computes)
   * those itself and answers 403 to a value it did not expect — e.g. a hidden field's default
   * the form filled in where the record holds another value.
   */
  readonly writable: (values: RecordData) => RecordData;
}

/**
 * The published version of `form` for the user's role (`settings.access.fields`), compiled once
 * per version and role; null when the form has no published version. The server holds the same
 * line whatever the app sends: this only keeps the app from offering what would be refused.
 */
export function useFormForRole(form: FormView): FormForRole | null {
  const { compile, me } = useAppSession();
  const role = me.user.role;
  const published = form.published;
  return useMemo(() => {
    if (!published) return null;
    const key = `${form.id}@${published.version}`;
    const full = compile(published.schema, key);
    const restricted = restrictedFieldsOf(full, role);
    if (restricted.locked.size === 0) return { compiled: full, restricted, writable: (values) => values };
    return {
      compiled: compile(schemaForRole(full, role), `${key}:${role}`),
      restricted,
      writable: (values) => Object.fromEntries(Object.entries(values).filter(([fieldId]) => !restricted.locked.has(fieldId))),
    };
  }, [compile, form.id, published, role]);
}
