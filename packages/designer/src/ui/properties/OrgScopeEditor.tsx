import type { MemberField, Role } from '@formwork/runtime';
import { propertyMessages as m } from '../../i18n/propertyMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { useOrgDirectory } from '../editor/OrgDirectoryContext.js';
import { CheckboxSetting } from './CheckboxSetting.js';
import { ChipPicker } from './ChipPicker.js';
import type { FieldSettingsProps } from './FieldSettingsProps.js';
import { roleNames } from './roleNames.js';

/** Which members or departments a member/department field offers: by role, and by department. */
export function OrgScopeEditor({ field, update }: FieldSettingsProps<MemberField>) {
  const { t } = useLocale();
  const directory = useOrgDirectory();
  const roles = field.scope?.roles ?? [];
  const departments = field.scope?.departments ?? [];
  const setScope = (next: { roles: readonly Role[]; departments: readonly string[] }): void => {
    const scope = {
      ...(next.roles.length > 0 ? { roles: next.roles } : {}),
      ...(next.departments.length > 0 ? { departments: next.departments } : {}),
    };
    update({ scope: Object.keys(scope).length > 0 ? scope : undefined });
  };
  return (
    <fieldset className="fw-group">
      <legend>{t(m.scopeRoles)}</legend>
      {roleNames.map(({ role, name }) => (
        <CheckboxSetting
          key={role}
          label={t(name)}
          checked={roles.includes(role)}
          onChange={(on) => setScope({ roles: on ? [...roles, role] : roles.filter((r) => r !== role), departments })}
        />
      ))}
      <ChipPicker
        label={t(m.scopeDepartments)}
        chosen={departments}
        options={directory.departments.map((department) => ({ value: department.id, label: department.path }))}
        addLabel={t(m.addDepartment)}
        onChange={(next) => setScope({ roles, departments: next })}
      />
    </fieldset>
  );
}
