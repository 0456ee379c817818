import { useId, useRef, useState } from 'react';
import type { FieldDefinition, RecordData } from '../../engine/index.js';
import { ApiError } from '../api/ApiError.js';
import { useLocale } from '../i18n/LocaleContext.js';
import { ChangeReasonField } from './ChangeReasonField.js';
import type { BatchAction, BatchState } from './RecordListController.js';

/** Field types a batch edit sets from one typed or picked value. */
const batchEditable = new Set<FieldDefinition['type']>(['text', 'textarea', 'number', 'money', 'date', 'datetime', 'radio', 'select', 'checkbox', 'multiselect', 'phone', 'email', 'url', 'rating']);

/** The fields a batch edit offers. */
export function batchFields(columns: readonly FieldDefinition[]): FieldDefinition[] {
  return columns.filter((column) => batchEditable.has(column.type) && !column.id.startsWith('_'));
}

/**
 * Edit one field of the selected records, or confirm deleting them, with the change reason
 * when the form asks for one. What happens (sending, refusal, done) is the controller's; this
 * only gathers the value and the reason.
 */
export function BatchPanel({
  action,
  batch,
  count,
  fields,
  reasonRequired,
  nameOf,
  onSend,
  onCancel,
}: {
  readonly action: BatchAction;
  readonly batch: BatchState;
  readonly count: number;
  readonly fields: readonly FieldDefinition[];
  readonly reasonRequired: boolean;
  /** How a record is named in a refusal (its first column). */
  readonly nameOf: (recordId: string) => string;
  readonly onSend: (change: { readonly set: RecordData } | { readonly delete: true }, reason: string) => void;
  readonly onCancel: () => void;
}) {
  const { t } = useLocale();
  const id = useId();
  const [fieldId, setFieldId] = useState(fields[0]?.id ?? '');
  const [value, setValue] = useState<string | string[]>('');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const field = fields.find((f) => f.id === fieldId);
  const saving = batch.step === 'saving';
  const error = batch.step === 'failed' ? batch.error : undefined;
  // The server names each failing record by its place in what was sent: /ids/<n>.
  const recordOf = (pointer: string | undefined): string | undefined => {
    const index = /^\/ids\/(\d+)$/.exec(pointer ?? '')?.[1];
    const id = batch.step === 'failed' && index !== undefined ? batch.ids[Number(index)] : undefined;
    return id === undefined ? undefined : nameOf(id);
  };

  return (
    <form
      className="app-batch"
      aria-label={action === 'edit' ? t('batchEdit') : t('batchDelete')}
      onSubmit={(event) => {
        event.preventDefault();
        if (reasonRequired && reason.trim() === '') {
          setReasonError(t('changeReasonMissing'));
          reasonRef.current?.focus();
          return;
        }
        setReasonError(null);
        onSend(action === 'delete' || !field ? { delete: true } : { set: { [field.id]: toValue(field, value) } as RecordData }, reason);
      }}
    >
      {action === 'edit' ? (
        <div className="app-batch__row">
          <label className="fw-field">
            <span className="fw-field__label">{t('batchField')}</span>
            <select
              className="fw-input"
              value={fieldId}
              onChange={(event) => {
                setFieldId(event.target.value);
                setValue('');
              }}
            >
              {fields.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.label}
                </option>
              ))}
            </select>
          </label>
          {field && <ValueInput field={field} value={value} onChange={setValue} />}
        </div>
      ) : (
        <p id={`${id}-question`}>{t('batchDeleteConfirm', { n: count })}</p>
      )}
      <ChangeReasonField id={`${id}-reason`} value={reason} required={reasonRequired} error={reasonError} textareaRef={reasonRef} onChange={setReason} />
      {error !== undefined && (
        <div role="alert" className="app-batch__error">
          <p>{t('batchFailed')}</p>
          <ul>
            {error instanceof ApiError && error.details.length > 0 ? error.details.map((detail, index) => {
                  const record = recordOf(detail.pointer);
                  return <li key={index}>{record === undefined ? detail.message : `${record}: ${detail.message}`}</li>;
                }) : <li>{error instanceof Error ? error.message : String(error)}</li>}
          </ul>
        </div>
      )}
      <div className="app-batch__actions">
        <button type="submit" className={`fw-button ${action === 'delete' ? 'fw-button--danger' : 'fw-button--primary'}`} disabled={saving} aria-busy={saving || undefined}>
          {action === 'edit' ? t('batchApply', { n: count }) : t('batchDeleteApply', { n: count })}
        </button>
        <button type="button" className="fw-button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

function ValueInput({ field, value, onChange }: { readonly field: FieldDefinition; readonly value: string | string[]; readonly onChange: (value: string | string[]) => void }) {
  const { t } = useLocale();
  const label = <span className="fw-field__label">{t('batchValue')}</span>;
  if ('options' in field) {
    const multiple = field.type === 'checkbox' || field.type === 'multiselect';
    return (
      <label className="fw-field">
        {label}
        <select
          className="fw-input"
          multiple={multiple}
          value={multiple ? (Array.isArray(value) ? value : []) : typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(multiple ? [...event.target.selectedOptions].map((o) => o.value) : event.target.value)}
        >
          {!multiple && <option value="" />}
          {field.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
    );
  }
  const type = field.type === 'number' || field.type === 'money' || field.type === 'rating' ? 'number' : field.type === 'date' ? 'date' : field.type === 'datetime' ? 'datetime-local' : 'text';
  return (
    <label className="fw-field">
      {label}
      <input className="fw-input" type={type} step="any" value={typeof value === 'string' ? value : ''} onChange={(event) => onChange(event.target.value)} />
    </label>
  );
}

/** The typed value as the record stores it; empty clears the field (`null`). */
function toValue(field: FieldDefinition, value: string | string[]): unknown {
  if (Array.isArray(value)) return value.length === 0 ? null : value;
  if (value.trim() === '') return null;
  if (field.type === 'number' || field.type === 'money' || field.type === 'rating') return Number(value);
  if (field.type === 'datetime') return new Date(value).toISOString();
  return value;
}
