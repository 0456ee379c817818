import { memo, useCallback, useSyncExternalStore, type CSSProperties } from 'react';
import type { FieldDefinition, SubformField } from '../../engine/index.js';
import { formatMessage } from '../i18n/rendererMessages.js';
import { useRenderer } from '../session/RendererContext.js';
import { useFieldErrors } from '../session/useFieldErrors.js';
import { useVisibility } from '../session/useVisibility.js';
import { elementIdFor } from './elementIdFor.js';
import { FieldNode } from './FieldNode.js';
import { RowIcon } from './RowIcon.js';

/**
 * A subform: editable rows (add, copy, delete, move), a table on a wide screen and cards on a
 * phone (CSS container query). The list re-renders only when rows are added, removed or moved;
 * typing in a cell re-renders that cell alone.
 */
export const SubformView = memo(function SubformView({ field, pointer, span }: { readonly field: SubformField; readonly pointer: string; readonly span: number }) {
  const { session, locale, readOnly, idPrefix, feedback } = useRenderer();
  const subscribe = useCallback((listener: () => void) => session.subscribe(pointer, listener), [session, pointer]);
  // A string snapshot: equal row ids compare equal, so a cell edit never re-renders the list.
  const readRowIds = (): string => rowIdsOf(session.getValue(pointer)).join('\n');
  const rowIdsKey = useSyncExternalStore(subscribe, readRowIds, readRowIds);
  const visible = useVisibility(session, pointer);
  const errors = useFieldErrors(session, pointer);
  const showAll = useSyncExternalStore(feedback.subscribe, feedback.showAll, feedback.showAll);
  if (!visible) return null;
  const rowIds = rowIdsKey === '' ? [] : rowIdsKey.split('\n');
  const headingId = `${elementIdFor(idPrefix, pointer)}-label`;
  const errorId = `${elementIdFor(idPrefix, pointer)}-error`;
  const shownError = showAll ? errors[0]?.message : undefined;
  const canAdd = !readOnly && (field.maxRows === undefined || rowIds.length < field.maxRows);
  const columns = field.fields;
  const style = { '--fw-subform-columns': columns.length, ...(span > 1 ? { gridColumn: `span ${span}` } : {}) } as CSSProperties;

  return (
    <div className={`fw-subform${shownError ? ' is-invalid' : ''}`} style={style} role="group" aria-labelledby={headingId} aria-describedby={shownError ? errorId : undefined} data-invalid={shownError !== undefined || undefined}>
      <div className="fw-subform__header">
        <span id={headingId} className="fw-field__label">
          {field.label}
          {field.required && (
            <span className="fw-required" aria-hidden="true">
              *
            </span>
          )}
        </span>
      </div>
      {field.description && <p className="fw-field__description">{field.description}</p>}
      <div className="fw-subform__table">
        {rowIds.length > 0 && (
          <div className="fw-subform__head" aria-hidden="true">
            <span className="fw-subform__index">#</span>
            {columns.map((column) => (
              <span key={column.id} className="fw-subform__column">
                {column.label}
                {column.required && <span className="fw-required">*</span>}
              </span>
            ))}
            <span className="fw-subform__actions" />
          </div>
        )}
        {rowIds.map((rowId, index) => (
          <SubformRow key={rowId} field={field} columns={columns} pointer={pointer} index={index} count={rowIds.length} canAdd={canAdd} />
        ))}
        {rowIds.length === 0 && <p className="fw-subform__empty">{formatMessage(locale, 'noRows')}</p>}
      </div>
      {!readOnly && (
        <button
          type="button"
          className="fw-button fw-subform__add"
          disabled={!canAdd}
          onClick={() => {
            session.addRow(field.id);
            // Focus the new row's first cell, so that entering rows needs no mouse.
            requestAnimationFrame(() => {
              const first = document.getElementById(elementIdFor(idPrefix, `${pointer}/${rowIds.length}/${columns[0]?.id ?? ''}`));
              first?.focus();
            });
          }}
        >
          + {formatMessage(locale, 'addRow')}
        </button>
      )}
      {shownError && (
        <p id={errorId} className="fw-field__error" role="alert">
          {shownError}
        </p>
      )}
    </div>
  );
});

interface SubformRowProps {
  readonly field: SubformField;
  readonly columns: readonly FieldDefinition[];
  readonly pointer: string;
  readonly index: number;
  readonly count: number;
  readonly canAdd: boolean;
}

const SubformRow = memo(function SubformRow({ field, columns, pointer, index, count, canAdd }: SubformRowProps) {
  const { session, locale, readOnly } = useRenderer();
  const n = index + 1;
  return (
    <div className="fw-subform__row" role="group" aria-label={formatMessage(locale, 'rowN', { n })}>
      <span className="fw-subform__index" aria-hidden="true">
        {n}
      </span>
      {columns.map((column) => (
        <div key={column.id} className="fw-subform__cell">
          <FieldNode field={column} pointer={`${pointer}/${index}/${column.id}`} columns={1} />
        </div>
      ))}
      {!readOnly && (
        <div className="fw-subform__actions">
          <button type="button" className="fw-icon-button" aria-label={formatMessage(locale, 'moveRowUpN', { n })} disabled={index === 0} onClick={() => session.moveRow(field.id, index, index - 1)}>
            <RowIcon name="up" />
          </button>
          <button type="button" className="fw-icon-button" aria-label={formatMessage(locale, 'moveRowDownN', { n })} disabled={index === count - 1} onClick={() => session.moveRow(field.id, index, index + 1)}>
            <RowIcon name="down" />
          </button>
          <button type="button" className="fw-icon-button" aria-label={formatMessage(locale, 'copyRowN', { n })} disabled={!canAdd} onClick={() => session.copyRow(field.id, index)}>
            <RowIcon name="copy" />
          </button>
          <button type="button" className="fw-icon-button fw-icon-button--danger" aria-label={formatMessage(locale, 'deleteRowN', { n })} onClick={() => session.removeRow(field.id, index)}>
            <RowIcon name="delete" />
          </button>
        </div>
      )}
    </div>
  );
});

function rowIdsOf(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map((row: unknown, index) => {
    const id = typeof row === 'object' && row !== null ? (row as { _id?: unknown })._id : undefined;
    return typeof id === 'string' ? id : `#${index}`;
  });
}
