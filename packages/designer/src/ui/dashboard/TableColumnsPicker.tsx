import type { FormSchema, TableWidget } from '@formwork/runtime';
import { useId, useState } from 'react';
import { tableColumnChoices } from '../../dashboard/tableColumnChoices.js';
import type { WidgetFieldChoice } from '../../dashboard/widgetFieldChoices.js';
import { dashboardMessages as m } from '../../i18n/dashboardMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';

/**
 * The fields a record table lists, in order: each picked field with buttons to move it up or
 * down and to remove it (keyboard and screen readers reach every one, named after the field),
 * and a field to add from those not listed yet. With none picked the server lists the form's
 * first fields.
 */
export function TableColumnsPicker({ widget, form, onChange }: { readonly widget: TableWidget; readonly form: FormSchema | undefined; readonly onChange: (columns: readonly string[] | null) => boolean }) {
  const { t } = useLocale();
  const id = useId();
  const choices = form ? tableColumnChoices(form) : [];
  const columns = widget.columns ?? [];
  const unlisted = choices.filter((choice) => !columns.includes(choice.id));
  const [adding, setAdding] = useState('');
  const toAdd = unlisted.some((choice) => choice.id === adding) ? adding : (unlisted[0]?.id ?? '');
  const nameOf = (field: string): string => {
    const choice: WidgetFieldChoice | undefined = choices.find((candidate) => candidate.id === field);
    return choice === undefined ? field : typeof choice.label === 'string' ? choice.label : t(choice.label);
  };
  const moved = (from: number, to: number): readonly string[] => {
    const next = [...columns];
    const [field] = next.splice(from, 1);
    if (field !== undefined) next.splice(to, 0, field);
    return next;
  };
  return (
    <fieldset className="fw-dash-columns">
      <legend>{t(m.tableColumns)}</legend>
      {columns.length === 0 ? (
        <p className="fw-muted">{t(m.defaultColumns)}</p>
      ) : (
        <ol>
          {columns.map((field, index) => (
            <li key={field}>
              <span>{nameOf(field)}</span>
              <button type="button" className="fw-btn-small" disabled={index === 0} onClick={() => onChange(moved(index, index - 1))}>
                <span aria-hidden="true">↑</span>
                <span className="fw-visually-hidden">{t(m.moveColumnUp, { field: nameOf(field) })}</span>
              </button>
              <button type="button" className="fw-btn-small" disabled={index === columns.length - 1} onClick={() => onChange(moved(index, index + 1))}>
                <span aria-hidden="true">↓</span>
                <span className="fw-visually-hidden">{t(m.moveColumnDown, { field: nameOf(field) })}</span>
              </button>
              <button type="button" className="fw-btn-small" onClick={() => onChange(columns.filter((column) => column !== field))}>
                <span aria-hidden="true">×</span>
                <span className="fw-visually-hidden">{t(m.removeColumn, { field: nameOf(field) })}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {unlisted.length > 0 ? (
        <div className="fw-setting fw-setting-inline">
          <label htmlFor={`${id}-add`}>{t(m.addColumn)}</label>
          <select id={`${id}-add`} value={toAdd} onChange={(event) => setAdding(event.target.value)}>
            {unlisted.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {nameOf(choice.id)}
              </option>
            ))}
          </select>
          <button type="button" className="fw-btn-small" onClick={() => toAdd !== '' && onChange([...columns, toAdd])}>
            {t(m.addColumnButton)}
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
