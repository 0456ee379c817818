import { fieldCatalogue, walkFields, type FieldDefinition, type FormAccess, type FormSchema, type LocalizedText, type RoleFieldPermission } from '@formwork/runtime';
import { propertyMessages as m } from '../../i18n/propertyMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { roleNames } from './roleNames.js';

type FieldAccess = NonNullable<FormAccess['fields']>;
type RestrictableRole = keyof FieldAccess;

const permissions: readonly { readonly value: RoleFieldPermission; readonly label: LocalizedText }[] = [
  { value: 'edit', label: m.permissionEdit },
  { value: 'read', label: m.permissionRead },
  { value: 'hidden', label: m.permissionHidden },
];

export interface FieldAccessEditorProps {
  readonly fields: FormSchema['fields'];
  /** `undefined`: every role may change every field (the default). */
  readonly fieldAccess: FieldAccess | undefined;
  readonly onChange: (fieldAccess: FieldAccess | undefined) => void;
}

/**
 * Per role below admin, whether each field is editable (the default), read-only or hidden
 * (`settings.access.fields`). Only fields that hold a value outside subforms are listed — a
 * subform counts as one field, as the server enforces it. `edit` is written as no entry, and a
 * role with no entries as no role, so a form keeps following the default; entries for fields the
 * list does not show (e.g. removed ones) are kept as they are.
 */
export function FieldAccessEditor({ fields, fieldAccess, onChange }: FieldAccessEditorProps) {
  const { t } = useLocale();
  const restrictable: FieldDefinition[] = [];
  walkFields(fields, (field, location) => {
    if (location.subform === undefined && fieldCatalogue[field.type].holdsValue) restrictable.push(field);
  });
  const roles = roleNames.flatMap(({ role, name }) => (role === 'admin' ? [] : [{ role, name }]));
  const change = (role: RestrictableRole, fieldId: string, permission: RoleFieldPermission): void => {
    const { [fieldId]: _old, ...others } = fieldAccess?.[role] ?? {};
    const forRole = permission === 'edit' ? others : { ...others, [fieldId]: permission };
    const { [role]: _oldRole, ...otherRoles } = fieldAccess ?? {};
    const next: FieldAccess = Object.keys(forRole).length > 0 ? { ...otherRoles, [role]: forRole } : otherRoles;
    onChange(Object.keys(next).length > 0 ? next : undefined);
  };
  return (
    <fieldset className="fw-group">
      <legend>{t(m.fieldAccessLegend)}</legend>
      <p className="fw-hint">{t(m.fieldAccessHint)}</p>
      {restrictable.length === 0 ? (
        <p className="fw-hint">{t(m.fieldAccessNoFields)}</p>
      ) : (
        <table className="fw-field-access">
          <thead>
            <tr>
              <th scope="col">{t(m.fieldAccessField)}</th>
              {roles.map(({ role, name }) => (
                <th key={role} scope="col">
                  {t(name)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {restrictable.map((field) => (
              <tr key={field.id}>
                <th scope="row">{field.label}</th>
                {roles.map(({ role, name }) => (
                  <td key={role}>
                    <select
                      className="fw-input"
                      aria-label={t(m.fieldAccessFor, { field: field.label, role: t(name) })}
                      value={fieldAccess?.[role]?.[field.id] ?? 'edit'}
                      onChange={(event) => change(role, field.id, event.target.value as RoleFieldPermission)}
                    >
                      {permissions.map(({ value, label }) => (
                        <option key={value} value={value}>
                          {t(label)}
                        </option>
                      ))}
                    </select>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </fieldset>
  );
}
