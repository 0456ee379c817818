import { memo, useState, useSyncExternalStore, type ComponentType } from 'react';
import type { FieldDefinition } from '../../engine/index.js';
import type { FieldControlProps } from '../fields/FieldControlProps.js';
import type { ControlFieldType } from '../fields/fieldControls.js';
import { useRenderer } from '../session/RendererContext.js';
import { useFieldState } from '../session/useFieldState.js';
import { elementIdFor } from './elementIdFor.js';

export interface FieldViewProps {
  readonly field: Extract<FieldDefinition, { type: ControlFieldType }>;
  /** Where the value lives, e.g. `/f_amount` or `/f_items/2/f_qty`. */
  readonly pointer: string;
  /** Grid columns to span (already capped to the grid). */
  readonly span: number;
}

/**
 * One field: label, required mark, description, the control, and its error. Subscribes to its
 * own pointer only, so typing in one field re-renders that field and what depends on it.
 * Errors show once the field was left (touched) or after a submit was attempted; a calculated
 * field's at once.
 */
export const FieldView = memo(function FieldView({ field, pointer, span }: FieldViewProps) {
  const { session, controls, feedback, idPrefix, locale, services, readOnly } = useRenderer();
  const { value, visible, errors } = useFieldState(session, pointer);
  const [touched, setTouched] = useState(false);
  const showAll = useSyncExternalStore(feedback.subscribe, feedback.showAll, feedback.showAll);
  const serverError = useSyncExternalStore(feedback.subscribe, () => feedback.serverError(pointer), () => feedback.serverError(pointer));
  if (!visible) return null;

  const entry = controls[field.type];
  // The registry is keyed by type, so the definition handed over is the one the control expects.
  const Control = entry.Control as ComponentType<FieldControlProps>;
  const inputId = elementIdFor(idPrefix, pointer);
  const labelId = `${inputId}-label`;
  const descriptionId = field.description ? `${inputId}-description` : undefined;
  const computed = field.type === 'formula' || field.type === 'lookup' || field.type === 'serial';
  // A calculated field is never left, so its error (a division by zero) shows as soon as it is there.
  const shownError = touched || showAll || computed ? (errors[0]?.message ?? serverError) : serverError;
  const errorId = shownError !== undefined ? `${inputId}-error` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(' ') || undefined;
  const required = field.required === true;

  const control = (
    <Control
      field={field}
      pointer={pointer}
      value={value}
      onChange={(next: unknown) => {
        session.setValue(pointer, next);
        feedback.clearServerError(pointer);
      }}
      onBlur={() => setTouched(true)}
      inputId={inputId}
      labelId={labelId}
      describedBy={describedBy}
      invalid={shownError !== undefined}
      required={required}
      readOnly={readOnly || field.readOnly === true || computed}
      locale={locale}
      services={services}
    />
  );
  const labelText = (
    <>
      {field.label}
      {required && (
        <span className="fw-required" aria-hidden="true">
          *
        </span>
      )}
    </>
  );
  const extras = (
    <>
      {descriptionId && (
        <p id={descriptionId} className="fw-field__description">
          {field.description}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="fw-field__error" role={showAll ? 'alert' : undefined}>
          {shownError}
        </p>
      )}
    </>
  );
  const className = `fw-field fw-field--${field.type}${shownError !== undefined ? ' is-invalid' : ''}`;
  const style = span > 1 ? { gridColumn: `span ${span}` } : undefined;

  if (entry.labelling === 'group') {
    return (
      <fieldset className={className} style={style} data-invalid={shownError !== undefined || undefined} aria-describedby={describedBy}>
        <legend id={labelId} className="fw-field__label">
          {labelText}
        </legend>
        {control}
        {extras}
      </fieldset>
    );
  }
  return (
    <div className={className} style={style} data-invalid={shownError !== undefined || undefined}>
      <label id={labelId} className="fw-field__label" htmlFor={inputId}>
        {labelText}
      </label>
      {control}
      {extras}
    </div>
  );
});
