import type { WithdrawPolicy, WorkflowSchema } from '@formwork/runtime';
import { workflowMessages as m } from '../../i18n/workflowMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import type { WorkflowSettingsPatch } from '../../workflow/commands/setWorkflowSettings.js';
import { CheckboxSetting } from '../properties/CheckboxSetting.js';
import { SelectSetting } from '../properties/SelectSetting.js';
import { TextSetting } from '../properties/TextSetting.js';

/** The whole flow's settings, shown while no node is selected: its name, withdrawing, repeated approvers. */
export function FlowSettingsPanel({ workflow, onChange }: { readonly workflow: WorkflowSchema; readonly onChange: (patch: WorkflowSettingsPatch) => void }) {
  const { t } = useLocale();
  return (
    <aside className="fw-flow-panel" aria-label={t(m.flowSettings)}>
      <TextSetting label={t(m.flowTitle)} value={workflow.title} onCommit={(title) => onChange({ title })} />
      <SelectSetting<WithdrawPolicy>
        label={t(m.withdraw)}
        value={workflow.settings?.withdraw ?? 'untilActed'}
        options={[
          { value: 'never', label: t(m.withdrawNever) },
          { value: 'untilActed', label: t(m.withdrawUntilActed) },
          { value: 'anyTime', label: t(m.withdrawAnyTime) },
        ]}
        onChange={(withdraw) => onChange({ withdraw: withdraw === '' ? null : withdraw })}
      />
      <CheckboxSetting
        label={t(m.skipRepeatedApprover)}
        checked={workflow.settings?.skipRepeatedApprover === true}
        onChange={(skipRepeatedApprover) => onChange({ skipRepeatedApprover })}
      />
    </aside>
  );
}
