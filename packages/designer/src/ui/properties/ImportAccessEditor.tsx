import type { FormAccess, Role } from '@formwork/runtime';
import { propertyMessages as m } from '../../i18n/propertyMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { CheckboxSetting } from './CheckboxSetting.js';
import { roleNames } from './roleNames.js';

type ImportAccess = NonNullable<FormAccess['import']>;

/** Who imports when the form says nothing: managers (admins always may). */
const DEFAULT_IMPORTERS: readonly Role[] = ['manager'];

export interface ImportAccessEditorProps {
  /** `undefined`: the default, managers and admins. */
  readonly importAccess: ImportAccess | undefined;
  readonly onChange: (importAccess: ImportAccess | undefined) => void;
}

/**
 * Who may import records from a file (`settings.access.import.roles`): a box per role below
 * admin, since admins always may and the server ignores the list for them. The default
 * (managers) is written as no setting at all, so that a form keeps following the default; any
 * other choice is written out, an empty list meaning "admins only".
 */
export function ImportAccessEditor({ importAccess, onChange }: ImportAccessEditorProps) {
  const { t } = useLocale();
  const roles: readonly Role[] = (importAccess?.roles ?? DEFAULT_IMPORTERS).filter((role) => role !== 'admin');
  const change = (role: Role, on: boolean): void => {
    const next = roleNames.map((entry) => entry.role).filter((each) => each !== 'admin' && (each === role ? on : roles.includes(each)));
    const isDefault = next.length === DEFAULT_IMPORTERS.length && next.every((each) => DEFAULT_IMPORTERS.includes(each));
    onChange(isDefault ? undefined : { roles: next });
  };
  return (
    <fieldset className="fw-group">
      <legend>{t(m.importLegend)}</legend>
      <p className="fw-hint">{t(m.importAdminsAlways)}</p>
      {roleNames
        .filter(({ role }) => role !== 'admin')
        .map(({ role, name }) => (
          <CheckboxSetting key={role} label={t(m.importRole, { role: t(name) })} checked={roles.includes(role)} onChange={(on) => change(role, on)} />
        ))}
      {roles.length === 0 ? (
        <p role="status" className="fw-warning">
          {t(m.onlyAdminsImport)}
        </p>
      ) : null}
    </fieldset>
  );
}
