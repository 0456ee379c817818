import type { ScoringPeriod, ScoringSchema } from '@formwork/runtime';
import { useEffect, useState } from 'react';
import type { ApiClient } from '../../api/createApiClient.js';
import type { OrgRoleSummary } from '../../api/RoleApi.js';
import { scoringMessages as m } from '../../i18n/scoringMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import type { SchemeSettingsPatch } from '../../scoring/commands/setSchemeSettings.js';
import { flattenDepartments, type DepartmentOption } from '../editor/flattenDepartments.js';
import { CheckboxSetting } from '../properties/CheckboxSetting.js';
import { ChipPicker } from '../properties/ChipPicker.js';
import { NumberSetting } from '../properties/NumberSetting.js';
import { roleNames } from '../properties/roleNames.js';
import { SelectSetting } from '../properties/SelectSetting.js';
import { TextSetting } from '../properties/TextSetting.js';

/** The system roles, shown as checkboxes; any other role id in a scope is an organisation role. */
const systemRoles: ReadonlySet<string> = new Set(roleNames.map(({ role }) => role));

const periods: readonly { readonly value: ScoringPeriod; readonly label: keyof typeof m }[] = [
  { value: 'week', label: 'periodWeek' },
  { value: 'month', label: 'periodMonth' },
  { value: 'quarter', label: 'periodQuarter' },
  { value: 'year', label: 'periodYear' },
];

/** The scheme's own settings: title, period, rounding, team roll-up, who it scores (roles, departments), trial and validity. */
export function SchemeSettingsPanel({ api, scheme, onChange }: { readonly api: Pick<ApiClient, 'listDepartments' | 'listRoles'>; readonly scheme: ScoringSchema; readonly onChange: (patch: SchemeSettingsPatch) => void }) {
  const { t } = useLocale();
  const [departments, setDepartments] = useState<readonly DepartmentOption[]>([]);
  const [orgRoles, setOrgRoles] = useState<readonly OrgRoleSummary[]>([]);
  useEffect(() => {
    // Without the list, chosen roles show as their ids and can still be removed.
    api.listRoles().then(setOrgRoles, () => setOrgRoles([]));
  }, [api]);
  useEffect(() => {
    api.listDepartments().then(
      (roots) => setDepartments(flattenDepartments(roots)),
      // Without the tree, chosen departments show as their ids and can still be removed.
      () => setDepartments([]),
    );
  }, [api]);
  const roles = scheme.appliesTo?.roles ?? [];
  const scopeWith = (patch: { roles?: readonly string[]; departments?: readonly string[] }) => ({ roles, departments: scheme.appliesTo?.departments ?? [], ...patch });
  return (
    <section className="fw-scoring-settings" aria-label={t(m.settings)}>
      <h3>{t(m.settings)}</h3>
      <TextSetting label={t(m.schemeTitle)} value={scheme.title} onCommit={(title) => onChange({ title })} />
      <SelectSetting label={t(m.period)} value={scheme.period} options={periods.map(({ value, label }) => ({ value, label: t(m[label]) }))} onChange={(period) => period !== '' && onChange({ period })} />
      <NumberSetting label={t(m.precision)} value={scheme.precision ?? 1} min={0} max={4} step={1} onCommit={(precision) => onChange({ precision: precision ?? 1 })} />
      <SelectSetting
        label={t(m.teamRollup)}
        value={scheme.teamRollup ?? 'avg'}
        options={[
          { value: 'avg', label: t(m.rollupAvg) },
          { value: 'sum', label: t(m.rollupSum) },
        ]}
        onChange={(teamRollup) => teamRollup !== '' && onChange({ teamRollup })}
      />
      <fieldset>
        <legend>{t(m.appliesTo)}</legend>
        <p className="fw-muted">{t(m.appliesToRoles)}</p>
        {roleNames.map(({ role, name }) => (
          <CheckboxSetting
            key={role}
            label={t(name)}
            checked={roles.includes(role)}
            onChange={(checked) => onChange({ appliesTo: scopeWith({ roles: checked ? [...roles, role] : roles.filter((one) => one !== role) }) })}
          />
        ))}
        <ChipPicker
          label={t(m.appliesToOrgRoles)}
          chosen={roles.filter((role) => !systemRoles.has(role))}
          options={orgRoles.map((role) => ({ value: role.id, label: role.name }))}
          addLabel={t(m.appliesToOrgRoles)}
          onChange={(chosen) => onChange({ appliesTo: scopeWith({ roles: [...roles.filter((role) => systemRoles.has(role)), ...chosen] }) })}
        />
        <ChipPicker
          label={t(m.appliesToDepartments)}
          chosen={scheme.appliesTo?.departments ?? []}
          options={departments.map((department) => ({ value: department.id, label: department.path }))}
          addLabel={t(m.appliesToDepartments)}
          onChange={(chosen) => onChange({ appliesTo: scopeWith({ departments: chosen }) })}
        />
      </fieldset>
      <TextSetting label={t(m.trialUntil)} value={scheme.trialUntil} onCommit={(trialUntil) => onChange({ trialUntil })} />
      <TextSetting label={t(m.validFrom)} value={scheme.validFrom} onCommit={(validFrom) => onChange({ validFrom })} />
      <TextSetting label={t(m.validTo)} value={scheme.validTo} onCommit={(validTo) => onChange({ validTo })} />
    </section>
  );
}
