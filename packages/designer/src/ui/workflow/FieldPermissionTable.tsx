import type { FieldPermission, FieldPermissions, FormSchema, LocalizedText } from '@formwork/runtime';
import { useId } from 'react';
import { workflowMessages as m } from '../../i18n/workflowMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { listValueFields } from '../editor/listValueFields.js';

const columns = [
  { permission: 'hidden', label: m.permHidden },
  { permission: 'read', label: m.permRead },
  { permission: 'edit', label: m.permEdit },
  { permission: 'required', label: m.permRequired },
] as const satisfies readonly { permission: FieldPermission; label: LocalizedText }[];

/**
 * What a person at a node may do with each top-level field: a radio group per row, each radio
 * named "<field>: <permission>". A field left at the node's default is written as no entry.
 */
export function FieldPermissionTable({
  permissions,
  fallback,
  form,
  onChange,
}: {
  readonly permissions: FieldPermissions | undefined;
  /** What an absent entry means at this node: `edit` at the start, `read` elsewhere. */
  readonly fallback: FieldPermission;
  readonly form: FormSchema;
  readonly onChange: (permissions: FieldPermissions | null) => void;
}) {
  const { t } = useLocale();
  // Radios of one field share a name, so arrow keys move within the row.
  const groupId = useId();
  const fields = listValueFields(form).filter((entry) => !entry.inSubform);
  const set = (fieldId: string, permission: FieldPermission): void => {
    const { [fieldId]: _old, ...rest } = permissions ?? {};
    const next = permission === fallback ? rest : { ...rest, [fieldId]: permission };
    onChange(Object.keys(next).length > 0 ? next : null);
  };
  return (
    <fieldset className="fw-group">
      <legend>{t(m.permissions)}</legend>
      {fields.length === 0 ? (
        <p className="fw-muted">{t(m.noFields)}</p>
      ) : (
        <div className="fw-flow-table-wrap">
          <table className="fw-flow-permissions">
            <thead>
              <tr>
                <th scope="col">{t(m.field)}</th>
                {columns.map((column) => (
                  <th key={column.permission} scope="col">
                    {t(column.label)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {fields.map(({ field }) => {
                const current = permissions?.[field.id] ?? fallback;
                return (
                  <tr key={field.id}>
                    <th scope="row">{field.label}</th>
                    {columns.map((column) => (
                      <td key={column.permission}>
                        <input
                          type="radio"
                          name={`${groupId}-${field.id}`}
                          aria-label={t(m.permissionOf, { field: field.label, permission: t(column.label) })}
                          checked={current === column.permission}
                          onChange={() => set(field.id, column.permission)}
                        />
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </fieldset>
  );
}
