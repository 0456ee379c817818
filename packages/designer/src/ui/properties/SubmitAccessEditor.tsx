import type { FormAccess, Role } from '@formwork/runtime';
import { propertyMessages as m } from '../../i18n/propertyMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { useOrgDirectory } from '../editor/OrgDirectoryContext.js';
import { CheckboxSetting } from './CheckboxSetting.js';
import { ChipPicker } from './ChipPicker.js';
import { roleNames } from './roleNames.js';

type SubmitAccess = NonNullable<FormAccess['submit']>;

export interface SubmitAccessEditorProps {
  /** `undefined`: every signed-in user may submit. */
  readonly submit: SubmitAccess | undefined;
  readonly onChange: (submit: SubmitAccess | undefined) => void;
}

/**
 * Who may submit: every signed-in user, or those with a chosen role, the chosen users and the
 * members of the chosen departments. A restricted form always keeps its `roles` list (maybe empty),
 * so unticking the last role never turns it back into "everyone".
 */
export function SubmitAccessEditor({ submit, onChange }: SubmitAccessEditorProps) {
  const { t } = useLocale();
  const directory = useOrgDirectory();
  const everyone = submit === undefined || Object.keys(submit).length === 0;
  const roles = submit?.roles ?? [];
  const users = submit?.users ?? [];
  const departments = submit?.departments ?? [];
  const change = (next: { roles?: readonly Role[]; users?: readonly string[]; departments?: readonly string[] }): void => {
    const merged = { roles, users, departments, ...next };
    onChange({
      roles: merged.roles,
      ...(merged.users.length > 0 ? { users: merged.users } : {}),
      ...(merged.departments.length > 0 ? { departments: merged.departments } : {}),
    });
  };
  return (
    <fieldset className="fw-group">
      <legend>{t(m.whoMaySubmit)}</legend>
      <CheckboxSetting
        label={t(m.everyone)}
        checked={everyone}
        onChange={(on) => onChange(on ? undefined : { roles: roleNames.map(({ role }) => role) })}
      />
      {everyone ? null : (
        <>
          {roleNames.map(({ role, name }) => (
            <CheckboxSetting
              key={role}
              label={t(m.submitRole, { role: t(name) })}
              checked={roles.includes(role)}
              onChange={(on) => change({ roles: on ? [...roles, role] : roles.filter((each) => each !== role) })}
            />
          ))}
          <ChipPicker
            label={t(m.submitUsers)}
            chosen={users}
            options={directory.users.map((user) => ({ value: user.id, label: user.name || user.username || user.id }))}
            addLabel={t(m.addUser)}
            onChange={(next) => change({ users: next })}
          />
          <ChipPicker
            label={t(m.submitDepartments)}
            chosen={departments}
            options={directory.departments.map((department) => ({ value: department.id, label: department.path }))}
            addLabel={t(m.addDepartment)}
            onChange={(next) => change({ departments: next })}
          />
          {directory.status === 'failed' ? <p className="fw-muted">{t(m.directoryUnavailable)}</p> : null}
          {roles.length === 0 && users.length === 0 && departments.length === 0 ? (
            <p role="status" className="fw-warning">
              {t(m.nobodyMaySubmit)}
            </p>
          ) : null}
        </>
      )}
    </fieldset>
  );
}
