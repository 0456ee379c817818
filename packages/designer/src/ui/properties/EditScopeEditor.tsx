import type { EditScope, FormAccess, LocalizedText } from '@formwork/runtime';
import { propertyMessages as m } from '../../i18n/propertyMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { SelectSetting } from './SelectSetting.js';

type EditAccess = NonNullable<FormAccess['edit']>;
type EditRole = keyof EditAccess;

/** The roles the setting is for, least rights first (admins may always change every record). */
const EDIT_ROLES: readonly { readonly role: EditRole; readonly label: LocalizedText }[] = [
  { role: 'member', label: m.editMember },
  { role: 'manager', label: m.editManager },
];

/** What a role may change when the form says nothing: the server's default, which is stored as no key. */
const DEFAULT_SCOPE: EditScope = 'own';

export interface EditScopeEditorProps {
  readonly edit: EditAccess | undefined;
  /** `undefined`: every role has the default (its own records). */
  readonly onChange: (edit: EditAccess | undefined) => void;
}

/** Which of the records it sees each role may edit, delete and restore: its own, all, or none. */
export function EditScopeEditor({ edit, onChange }: EditScopeEditorProps) {
  const { t } = useLocale();
  return (
    <fieldset className="fw-group">
      <legend>{t(m.editLegend)}</legend>
      <p className="fw-muted">{t(m.editAdminsAlways)}</p>
      {EDIT_ROLES.map(({ role, label }) => (
        <SelectSetting<EditScope>
          key={role}
          label={t(label)}
          value={edit?.[role] ?? DEFAULT_SCOPE}
          options={[
            { value: 'own', label: t(m.editOwn) },
            { value: 'visible', label: t(m.editVisible) },
            { value: 'none', label: t(m.editNone) },
          ]}
          onChange={(scope) => {
            const { [role]: _old, ...others } = edit ?? {};
            // The default is left out, so that a form that keeps it carries no `edit` at all.
            const next: EditAccess = scope === '' || scope === DEFAULT_SCOPE ? others : { ...others, [role]: scope };
            onChange(Object.keys(next).length > 0 ? next : undefined);
          }}
        />
      ))}
    </fieldset>
  );
}
