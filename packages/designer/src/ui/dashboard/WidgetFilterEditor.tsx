import type { FormSchema, RecordFilter } from '@formwork/runtime';
import { useState } from 'react';
import { conditionsToRecordFilter, recordFilterToConditions } from '../../dashboard/recordFilterConditions.js';
import { widgetFieldChoices } from '../../dashboard/widgetFieldChoices.js';
import { dashboardMessages as m } from '../../i18n/dashboardMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import type { ConditionGroup } from '../../rules/ConditionTree.js';
import { ConditionGroupEditor } from '../rules/ConditionGroupEditor.js';
import { flowStatusFilterChoice } from '../rules/flowStatusFilterChoice.js';
import type { RuleFieldChoice } from '../rules/ruleFieldChoices.js';

const noConditions: ConditionGroup = { kind: 'group', combinator: 'and', items: [] };

/**
 * Which records a widget counts, built with the form designer's condition editor and applied as
 * the query's filter. Conditions are local until applied; give it a `key` of the stored filter so
 * that undo reopens it. A filter the editor cannot show (`nin`) starts empty, and applying
 * replaces it.
 */
export function WidgetFilterEditor({ filter, form, onApply }: { readonly filter: RecordFilter | undefined; readonly form: FormSchema | undefined; readonly onApply: (filter: RecordFilter | null) => boolean }) {
  const { t, locale } = useLocale();
  const [tree, setTree] = useState<ConditionGroup>(() => recordFilterToConditions(filter) ?? noConditions);
  const [problem, setProblem] = useState<string | null>(null);
  const fields: RuleFieldChoice[] = [
    ...(form ? widgetFieldChoices(form) : []).flatMap((choice) => (choice.field && typeof choice.label === 'string' ? [{ path: choice.id, label: choice.label, field: choice.field }] : [])),
    // The server filters on where each record's approval stands (approved contracts only).
    ...(form ? [flowStatusFilterChoice(locale)] : []),
  ];
  const apply = (): void => {
    const converted = conditionsToRecordFilter(tree);
    if (!converted.ok) {
      const label = fields.find((choice) => choice.path === converted.field)?.label ?? converted.field;
      setProblem(t(m.filterUnsupported, { field: label }));
      return;
    }
    setProblem(null);
    onApply(converted.filter);
  };
  return (
    <fieldset className="fw-dash-filter">
      <legend>{t(m.filter)}</legend>
      <ConditionGroupEditor group={tree} fields={fields} prefix="" onChange={setTree} />
      {problem ? <p role="alert">{problem}</p> : null}
      <div className="fw-dash-filter__actions">
        <button type="button" className="fw-btn-primary fw-btn-small" onClick={apply}>
          {t(m.applyFilter)}
        </button>
        {filter !== undefined ? (
          <button
            type="button"
            className="fw-btn-small"
            onClick={() => {
              setTree(noConditions);
              onApply(null);
            }}
          >
            {t(m.clearFilter)}
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}
