import type { FormAccess, Role, RowScope } from '@formwork/runtime';
import { propertyMessages as m } from '../../i18n/propertyMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { roleNames } from './roleNames.js';
import { SelectSetting } from './SelectSetting.js';

type RowAccess = NonNullable<FormAccess['rows']>;

/** What each role sees when the form says nothing: the server's defaults. */
const DEFAULT_SCOPES: Readonly<Record<Role, RowScope>> = { member: 'own', manager: 'department', admin: 'all' };

export interface RowScopeEditorProps {
  readonly rows: RowAccess | undefined;
  /** `undefined`: every role has its default. */
  readonly onChange: (rows: RowAccess | undefined) => void;
}

/** Which records each role sees in data lists: its own, its department's, or all; or the default. */
export function RowScopeEditor({ rows, onChange }: RowScopeEditorProps) {
  const { t } = useLocale();
  const scopeName: Readonly<Record<RowScope, string>> = { own: t(m.scopeOwn), department: t(m.scopeDepartment), all: t(m.scopeAll) };
  return (
    <fieldset className="fw-group">
      <legend>{t(m.rowsLegend)}</legend>
      {roleNames.map(({ role, name }) => (
        <SelectSetting<RowScope>
          key={role}
          label={t(m.rowsSeen, { role: t(name) })}
          value={rows?.[role] ?? ''}
          options={[
            { value: '', label: t(m.scopeDefaultIs, { scope: scopeName[DEFAULT_SCOPES[role]] }) },
            { value: 'own', label: scopeName.own },
            { value: 'department', label: scopeName.department },
            { value: 'all', label: scopeName.all },
          ]}
          onChange={(scope) => {
            const { [role]: _old, ...others } = rows ?? {};
            const next: RowAccess = scope === '' ? others : { ...others, [role]: scope };
            onChange(Object.keys(next).length > 0 ? next : undefined);
          }}
        />
      ))}
    </fieldset>
  );
}
