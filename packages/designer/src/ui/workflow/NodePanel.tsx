import type { ApprovalMode, ApprovalNode, DueTime, FormSchema, OptionalNodeAction, WorkflowNode } from '@formwork/runtime';
import { workflowMessages as m } from '../../i18n/workflowMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import type { NodePatch } from '../../workflow/commands/updateNode.js';
import { listValueFields } from '../editor/listValueFields.js';
import { CheckboxSetting } from '../properties/CheckboxSetting.js';
import { NumberSetting } from '../properties/NumberSetting.js';
import { SelectSetting } from '../properties/SelectSetting.js';
import { TextSetting } from '../properties/TextSetting.js';
import { AssigneeEditor } from './AssigneeEditor.js';
import { FieldPermissionTable } from './FieldPermissionTable.js';
import { NodeValidationsEditor } from './NodeValidationsEditor.js';

const modes = [
  { mode: 'any', label: m.modeAny },
  { mode: 'all', label: m.modeAll },
  { mode: 'sequence', label: m.modeSequence },
] as const satisfies readonly { mode: ApprovalMode; label: unknown }[];

const allActions = [
  { action: 'return', label: m.actionReturn },
  { action: 'transfer', label: m.actionTransfer },
  { action: 'addApprover', label: m.actionAddApprover },
] as const satisfies readonly { action: OptionalNodeAction; label: unknown }[];

export interface NodePanelProps {
  readonly node: WorkflowNode;
  readonly form: FormSchema;
  readonly onUpdate: (patch: NodePatch) => void;
  readonly onAddBranch: () => void;
  readonly onAddValidation: () => void;
  readonly onRemove: () => void;
  readonly onClose: () => void;
}

/** A node's settings: name, and by type approvers and mode, recipients, field permissions, due time, actions. */
export function NodePanel({ node, form, onUpdate, onAddBranch, onAddValidation, onRemove, onClose }: NodePanelProps) {
  const { t } = useLocale();
  const isBlock = node.type === 'condition' || node.type === 'parallel';
  return (
    <aside className="fw-flow-panel" aria-label={t(m.panel, { name: node.name })}>
      <button type="button" className="fw-btn-text fw-btn-small" onClick={onClose}>
        {t(m.closePanel)}
      </button>
      <TextSetting label={t(m.nodeName)} value={node.name} onCommit={(name) => onUpdate({ name })} />
      {node.type === 'approval' ? <ApprovalSettings node={node} form={form} onUpdate={onUpdate} onAddValidation={onAddValidation} /> : null}
      {node.type === 'cc' ? (
        <>
          <AssigneeEditor legend={t(m.recipients)} people={node.recipients} form={form} onChange={(people) => onUpdate({ people })} />
          <FieldPermissionTable permissions={node.fieldPermissions} fallback="read" form={form} onChange={(fieldPermissions) => onUpdate({ fieldPermissions })} />
        </>
      ) : null}
      {node.type === 'start' ? (
        <FieldPermissionTable permissions={node.fieldPermissions} fallback="edit" form={form} onChange={(fieldPermissions) => onUpdate({ fieldPermissions })} />
      ) : null}
      {isBlock && !(node.type === 'parallel' && node.gateway === 'join') ? (
        <button type="button" className="fw-btn-small" onClick={onAddBranch}>
          {t(m.addBranch)}
        </button>
      ) : null}
      {node.type !== 'start' && node.type !== 'end' ? (
        <button type="button" className="fw-btn-danger fw-btn-small" onClick={onRemove}>
          {isBlock ? t(m.removeBlock, { name: node.name }) : t(m.removeNode, { name: node.name })}
        </button>
      ) : null}
    </aside>
  );
}

function ApprovalSettings({ node, form, onUpdate, onAddValidation }: { readonly node: ApprovalNode; readonly form: FormSchema; readonly onUpdate: (patch: NodePatch) => void; readonly onAddValidation: () => void }) {
  const { t } = useLocale();
  const offered = node.actions ?? allActions.map(({ action }) => action);
  const due = node.due;
  const dateFields = listValueFields(form).filter((entry) => !entry.inSubform && (entry.field.type === 'date' || entry.field.type === 'datetime'));
  /** A due time needs hours or a date field; without either there is none. */
  const setDue = (next: { readonly hours?: number | undefined; readonly fieldId?: string | undefined; readonly action?: DueTime['action'] }): void => {
    const merged = { hours: due?.hours, fieldId: due?.fieldId, repeatHours: due?.repeatHours, action: due?.action ?? 'remind', ...next };
    if (merged.hours === undefined && merged.fieldId === undefined) {
      onUpdate({ due: null });
      return;
    }
    onUpdate({
      due: {
        action: merged.action,
        ...(merged.hours === undefined ? {} : { hours: merged.hours }),
        ...(merged.fieldId === undefined ? {} : { fieldId: merged.fieldId }),
        ...(merged.repeatHours === undefined || merged.action !== 'remind' ? {} : { repeatHours: merged.repeatHours }),
      },
    });
  };
  return (
    <>
      <AssigneeEditor legend={t(m.approvers)} people={node.assignees} form={form} onChange={(people) => onUpdate({ people })} />
      <fieldset className="fw-group">
        <legend>{t(m.mode)}</legend>
        {modes.map(({ mode, label }) => (
          <div key={mode} className="fw-setting fw-setting-inline">
            <input id={`mode-${node.id}-${mode}`} type="radio" name={`mode-${node.id}`} checked={node.mode === mode} onChange={() => onUpdate({ mode })} />
            <label htmlFor={`mode-${node.id}-${mode}`}>{t(label)}</label>
          </div>
        ))}
      </fieldset>
      <FieldPermissionTable permissions={node.fieldPermissions} fallback="read" form={form} onChange={(fieldPermissions) => onUpdate({ fieldPermissions })} />
      <NodeValidationsEditor validations={node.validations ?? []} form={form} onChange={(validations) => onUpdate({ validations })} onAdd={onAddValidation} />
      <fieldset className="fw-group">
        <legend>{t(m.due)}</legend>
        <NumberSetting
          label={t(m.dueHours)}
          value={due?.hours}
          min={1}
          step={1}
          onCommit={(hours) => setDue({ hours })}
        />
        {dateFields.length > 0 ? (
          <SelectSetting
            label={t(m.dueField)}
            value={due?.fieldId ?? ''}
            options={[{ value: '', label: '—' }, ...dateFields.map((entry) => ({ value: entry.field.id, label: entry.field.label }))]}
            onChange={(fieldId) => setDue({ fieldId: fieldId === '' ? undefined : fieldId })}
          />
        ) : null}
        {due ? (
          <SelectSetting
            label={t(m.dueAction)}
            value={due.action}
            options={[
              { value: 'remind', label: t(m.dueRemind) },
              { value: 'autoApprove', label: t(m.dueAutoApprove) },
              { value: 'autoReturn', label: t(m.dueAutoReturn) },
            ]}
            onChange={(action) => {
              if (action !== '') setDue({ action });
            }}
          />
        ) : null}
      </fieldset>
      <SelectSetting
        label={t(m.onReject)}
        value={node.onReject ?? 'end'}
        options={[
          { value: 'end', label: t(m.rejectEnd) },
          { value: 'returnToStart', label: t(m.rejectReturn) },
        ]}
        onChange={(onReject) => onUpdate({ onReject: onReject === '' ? null : onReject })}
      />
      <SelectSetting
        label={t(m.returnTo)}
        value={node.returnTo ?? 'chosen'}
        options={[
          { value: 'chosen', label: t(m.returnToChosen) },
          { value: 'previous', label: t(m.returnToPrevious) },
        ]}
        onChange={(returnTo) => onUpdate({ returnTo: returnTo === '' ? null : returnTo })}
      />
      <SelectSetting
        label={t(m.afterReturn)}
        value={node.afterReturn ?? 'flowForward'}
        options={[
          { value: 'flowForward', label: t(m.afterReturnFlowForward) },
          { value: 'backToReturner', label: t(m.afterReturnBack) },
        ]}
        onChange={(afterReturn) => onUpdate({ afterReturn: afterReturn === '' ? null : afterReturn })}
      />
      <SelectSetting
        label={t(m.whenNoAssignee)}
        value={node.whenNoAssignee ?? 'toAdmin'}
        options={[
          { value: 'toAdmin', label: t(m.noAssigneeAdmin) },
          { value: 'autoApprove', label: t(m.noAssigneePass) },
        ]}
        onChange={(whenNoAssignee) => onUpdate({ whenNoAssignee: whenNoAssignee === '' ? null : whenNoAssignee })}
      />
      <CheckboxSetting label={t(m.signatureRequired)} checked={node.signatureRequired === true} onChange={(signatureRequired) => onUpdate({ signatureRequired })} />
      <fieldset className="fw-group">
        <legend>{t(m.actions)}</legend>
        {allActions.map(({ action, label }) => (
          <CheckboxSetting
            key={action}
            label={t(label)}
            checked={offered.includes(action)}
            onChange={(on) => {
              const next = allActions.map((entry) => entry.action).filter((candidate) => (candidate === action ? on : offered.includes(candidate)));
              onUpdate({ actions: next.length === allActions.length ? null : next });
            }}
          />
        ))}
      </fieldset>
    </>
  );
}
