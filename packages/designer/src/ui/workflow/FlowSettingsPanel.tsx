import type { ChangeApproval, FormSchema, WithdrawPolicy, WorkflowSchema } from '@formwork/runtime';
import { workflowMessages as m } from '../../i18n/workflowMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import type { WorkflowSettingsPatch } from '../../workflow/commands/setWorkflowSettings.js';
import { listValueFields } from '../editor/listValueFields.js';
import { CheckboxSetting } from '../properties/CheckboxSetting.js';
import { SelectSetting } from '../properties/SelectSetting.js';
import { TextSetting } from '../properties/TextSetting.js';

type ChangeApprovalMode = 'off' | 'any' | 'fields';

/** The whole flow's settings, shown while no node is selected: its name, withdrawing, repeated approvers, changes that need approval. */
export function FlowSettingsPanel({ workflow, form, onChange }: { readonly workflow: WorkflowSchema; readonly form: FormSchema; readonly onChange: (patch: WorkflowSettingsPatch) => void }) {
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
      <ChangeApprovalSetting approval={workflow.settings?.changeApproval} form={form} onChange={(changeApproval) => onChange({ changeApproval })} />
    </aside>
  );
}

/**
 * Off, any field, or these fields (a checklist of the form's top-level fields). Choosing "these
 * fields" ticks the first one, and the last ticked one cannot be unticked: the document wants at
 * least one (turn the approval off instead).
 */
function ChangeApprovalSetting({ approval, form, onChange }: { readonly approval: ChangeApproval | undefined; readonly form: FormSchema; readonly onChange: (approval: ChangeApproval | null) => void }) {
  const { t } = useLocale();
  const fields = listValueFields(form).filter((entry) => !entry.inSubform);
  const mode: ChangeApprovalMode = approval === undefined ? 'off' : approval.fieldIds === undefined ? 'any' : 'fields';
  const chosen = approval?.fieldIds ?? [];
  const choose = (next: ChangeApprovalMode | ''): void => {
    if (next === 'off' || next === '') onChange(null);
    else if (next === 'any') onChange({});
    else {
      const first = fields[0]?.field.id;
      if (first !== undefined) onChange({ fieldIds: [first] });
    }
  };
  const toggle = (fieldId: string, checked: boolean): void => {
    const next = checked ? [...chosen, fieldId] : chosen.filter((id) => id !== fieldId);
    if (next.length > 0) onChange({ fieldIds: next });
  };
  return (
    <>
      <SelectSetting<ChangeApprovalMode>
        label={t(m.changeApproval)}
        value={mode}
        options={[
          { value: 'off', label: t(m.changeApprovalOff) },
          { value: 'any', label: t(m.changeApprovalAny) },
          ...(fields.length > 0 ? [{ value: 'fields' as const, label: t(m.changeApprovalFields) }] : []),
        ]}
        onChange={choose}
      />
      {mode === 'fields' ? (
        <fieldset className="fw-group">
          <legend>{t(m.changeApprovalFieldList)}</legend>
          {fields.map(({ field }) => {
            const checked = chosen.includes(field.id);
            return (
              <label key={field.id} className="fw-setting fw-setting-inline">
                <input type="checkbox" checked={checked} disabled={checked && chosen.length === 1} onChange={(event) => toggle(field.id, event.target.checked)} />
                {field.label}
              </label>
            );
          })}
        </fieldset>
      ) : null}
    </>
  );
}
