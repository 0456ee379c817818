import type { MemberField, Role } from '@formwork/runtime';
import { propertyMessages as m } from '../../i18n/propertyMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { CheckboxSetting } from './CheckboxSetting.js';
import type { FieldSettingsProps } from './FieldSettingsProps.js';
import { TextSetting } from './TextSetting.js';

const ROLES: readonly { readonly role: Role; readonly name: keyof typeof m }[] = [
  { role: 'admin', name: 'roleAdmin' },
  { role: 'manager', name: 'roleManager' },
  { role: 'member', name: 'roleMember' },
];

/** Which members or departments a member/department field offers. */
export function OrgScopeEditor({ field, update }: FieldSettingsProps<MemberField>) {
  const { t } = useLocale();
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
      {ROLES.map(({ role, name }) => (
        <CheckboxSetting
          key={role}
          label={t(m[name])}
          checked={roles.includes(role)}
          onChange={(on) => setScope({ roles: on ? [...roles, role] : roles.filter((r) => r !== role), departments })}
        />
      ))}
      <TextSetting
        label={t(m.scopeDepartments)}
        value={departments.join(', ')}
        onCommit={(text) => setScope({ roles, departments: text.split(',').map((part) => part.trim()).filter(Boolean) })}
      />
    </fieldset>
  );
}
