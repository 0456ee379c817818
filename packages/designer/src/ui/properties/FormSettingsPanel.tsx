import type { FormAccess, Role, RowScope } from '@formwork/runtime';
import { editorMessages } from '../../i18n/editorMessages.js';
import { propertyMessages as m } from '../../i18n/propertyMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { useDesigner, useDesignerStore } from '../editor/DesignerStoreContext.js';
import { CheckboxSetting } from './CheckboxSetting.js';
import { SelectSetting } from './SelectSetting.js';
import { TextSetting } from './TextSetting.js';

const ROLES: readonly { readonly role: Role; readonly name: keyof typeof m }[] = [
  { role: 'admin', name: 'roleAdmin' },
  { role: 'manager', name: 'roleManager' },
  { role: 'member', name: 'roleMember' },
];

/** Title, description, submit button text, columns, who may submit and who sees which rows. */
export function FormSettingsPanel() {
  const { t, locale } = useLocale();
  const store = useDesignerStore();
  const schema = useDesigner((state) => state.schema);
  const access = schema.settings?.access;
  const submitRoles = access?.submit?.roles;
  const submitText = schema.settings?.submitText;
  const setAccess = (next: FormAccess): void => {
    const cleaned: FormAccess = {
      ...(next.submit && Object.keys(next.submit).length > 0 ? { submit: next.submit } : {}),
      ...(next.rows && Object.keys(next.rows).length > 0 ? { rows: next.rows } : {}),
    };
    store.getState().setFormMeta({ access: Object.keys(cleaned).length > 0 ? cleaned : undefined });
  };
  return (
    <section className="fw-form-settings" aria-label={t(editorMessages.formTab)}>
      <TextSetting label={t(m.formTitle)} value={schema.title} onCommit={(title) => store.getState().setFormMeta({ title })} />
      <TextSetting label={t(m.formDescription)} value={schema.description} multiline onCommit={(description) => store.getState().setFormMeta({ description })} />
      <TextSetting
        label={t(m.submitText)}
        value={typeof submitText === 'string' ? submitText : submitText?.[locale]}
        onCommit={(text) => store.getState().setFormMeta({ submitText: text })}
      />
      <SelectSetting
        label={t(m.formColumns)}
        value={schema.layout?.columns === undefined ? '' : (String(schema.layout.columns) as '1' | '2' | '3' | '4')}
        options={[{ value: '', label: t(m.widthAuto) }, ...(['1', '2', '3', '4'] as const).map((n) => ({ value: n, label: n }))]}
        onChange={(columns) => {
          const { columns: _old, ...rest } = schema.layout ?? {};
          const layout = columns === '' ? rest : { ...rest, columns: Number(columns) as 1 | 2 | 3 | 4 };
          store.getState().setFormMeta({ layout: Object.keys(layout).length > 0 ? layout : undefined });
        }}
      />
      <fieldset className="fw-group">
        <legend>{t(m.whoMaySubmit)}</legend>
        <CheckboxSetting
          label={t(m.everyone)}
          checked={submitRoles === undefined}
          onChange={(everyone) => {
            const { roles: _roles, ...restSubmit } = access?.submit ?? {};
            setAccess({ ...access, submit: everyone ? restSubmit : { ...restSubmit, roles: ['admin', 'manager', 'member'] } });
          }}
        />
        {submitRoles !== undefined
          ? ROLES.map(({ role, name }) => (
              <CheckboxSetting
                key={role}
                label={t(m.submitRole, { role: t(m[name]) })}
                checked={submitRoles.includes(role)}
                onChange={(on) =>
                  setAccess({ ...access, submit: { ...access?.submit, roles: on ? [...submitRoles, role] : submitRoles.filter((r) => r !== role) } })
                }
              />
            ))
          : null}
      </fieldset>
      <fieldset className="fw-group">
        {ROLES.map(({ role, name }) => (
          <SelectSetting<RowScope>
            key={role}
            label={t(m.rowsSeen, { role: t(m[name]) })}
            value={access?.rows?.[role] ?? ''}
            options={[
              { value: '', label: t(m.scopeDefault) },
              { value: 'own', label: t(m.scopeOwn) },
              { value: 'department', label: t(m.scopeDepartment) },
              { value: 'all', label: t(m.scopeAll) },
            ]}
            onChange={(scope) => {
              const { [role]: _old, ...others } = access?.rows ?? {};
              setAccess({ ...access, rows: scope === '' ? others : { ...others, [role]: scope } });
            }}
          />
        ))}
      </fieldset>
    </section>
  );
}
