import type { FormSchema, WorkflowEdge } from '@formwork/runtime';
import { workflowMessages as m } from '../../i18n/workflowMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import type { BranchPatch } from '../../workflow/commands/updateBranch.js';
import { TextSetting } from '../properties/TextSetting.js';
import { ConditionBuilder } from '../rules/ConditionBuilder.js';
import { ruleFieldChoices } from '../rules/ruleFieldChoices.js';

/** A condition branch's settings: its name and, unless it is the default branch, its condition (no code). */
export function BranchPanel({
  edge,
  form,
  onUpdate,
  onMove,
  onRemove,
  onClose,
}: {
  readonly edge: WorkflowEdge;
  readonly form: FormSchema;
  readonly onUpdate: (patch: BranchPatch) => void;
  readonly onMove: (step: -1 | 1) => void;
  readonly onRemove: () => void;
  readonly onClose: () => void;
}) {
  const { t } = useLocale();
  const name = edge.name ?? edge.id;
  return (
    <aside className="fw-flow-panel" aria-label={t(m.branchPanel, { name })}>
      <button type="button" className="fw-btn-text fw-btn-small" onClick={onClose}>
        {t(m.closePanel)}
      </button>
      <TextSetting label={t(m.branchNameLabel)} value={edge.name} onCommit={(next) => onUpdate({ name: next })} />
      {edge.default === true ? (
        <p className="fw-muted">{t(m.defaultBranch)}</p>
      ) : (
        <fieldset className="fw-group">
          <legend>{t(m.branchCondition)}</legend>
          <ConditionBuilder
            key={JSON.stringify(edge.condition ?? null)}
            rule={edge.condition}
            fields={ruleFieldChoices(form)}
            onApply={(rule) => onUpdate({ condition: rule === null ? null : rule })}
          />
        </fieldset>
      )}
      {edge.default === true ? null : (
        <div className="fw-setting">
          <p className="fw-muted">{t(m.branchOrder)}</p>
          <button type="button" className="fw-btn-small" onClick={() => onMove(-1)}>
            {t(m.moveEarlier, { name })}
          </button>
          <button type="button" className="fw-btn-small" onClick={() => onMove(1)}>
            {t(m.moveLater, { name })}
          </button>
        </div>
      )}
      {edge.default === true ? null : (
        <button type="button" className="fw-btn-danger fw-btn-small" onClick={onRemove}>
          {t(m.removeBranch, { name })}
        </button>
      )}
    </aside>
  );
}
