import type { AggregateOp, AggregateSource } from '@formwork/runtime';
import { useState } from 'react';
import { scoringMessages as m } from '../../i18n/scoringMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { logicOfRecordFilter, recordFilterOfLogic } from '../../scoring/recordFilterOfLogic.js';
import { SelectSetting } from '../properties/SelectSetting.js';
import { ConditionBuilder } from '../rules/ConditionBuilder.js';
import { flowStatusFilterChoice } from '../rules/flowStatusFilterChoice.js';
import { ruleFieldChoices } from '../rules/ruleFieldChoices.js';
import { ScoringFieldSelect } from './ScoringFieldSelect.js';
import { ScoringFormSelect } from './ScoringFormSelect.js';
import type { ScoringForm } from './useAppForms.js';

/** An aggregate as a source or a formula's input keeps it. */
export type AggregateSettings = Omit<AggregateSource, 'kind'>;

const ops: readonly { readonly value: AggregateOp; readonly label: keyof typeof m }[] = [
  { value: 'count', label: 'opCount' },
  { value: 'sum', label: 'opSum' },
  { value: 'avg', label: 'opAvg' },
  { value: 'min', label: 'opMin' },
  { value: 'max', label: 'opMax' },
  { value: 'distinct', label: 'opDistinct' },
  { value: 'latest', label: 'opLatest' },
];

/**
 * Form → aggregate → field, the person field saying whose record it is, the date field placing
 * it in a period, and a filter built with the form designer's condition builder (kept as a record
 * filter the server runs in SQL). Choosing another form clears the fields of the old one.
 */
export function AggregateSourceEditor({ source, forms, onChange }: { readonly source: AggregateSettings; readonly forms: readonly ScoringForm[]; readonly onChange: (source: AggregateSettings) => void }) {
  const { t, locale } = useLocale();
  const [filterError, setFilterError] = useState<string | null>(null);
  const form = forms.find((candidate) => candidate.id === source.formId);
  const { field: _field, filter: _filter, ...withoutField } = source;
  const { filter: _f, ...withoutFilter } = source;
  return (
    <div className="fw-scoring-source">
      <ScoringFormSelect label={t(m.form)} forms={forms} value={source.formId} onChange={(formId) => onChange({ formId, aggregate: source.aggregate, personField: '', dateField: '' })} />
      <SelectSetting
        label={t(m.aggregate)}
        value={source.aggregate}
        options={ops.map(({ value, label }) => ({ value, label: t(m[label]) }))}
        onChange={(aggregate) => aggregate !== '' && onChange(aggregate === 'count' ? { ...withoutField, aggregate, ...(source.filter ? { filter: source.filter } : {}) } : { ...source, aggregate })}
      />
      {source.aggregate === 'count' ? null : (
        <ScoringFieldSelect
          label={t(m.field)}
          form={form}
          uses={source.aggregate === 'distinct' || source.aggregate === 'latest' ? ['measure', 'text', 'person', 'date'] : ['measure']}
          value={source.field}
          onChange={(field) => onChange({ ...source, field })}
        />
      )}
      <ScoringFieldSelect label={t(m.personField)} form={form} uses={['person']} value={source.personField} onChange={(personField) => onChange({ ...source, personField })} />
      <ScoringFieldSelect label={t(m.dateField)} form={form} uses={['date']} value={source.dateField} onChange={(dateField) => onChange({ ...source, dateField })} />
      {form ? (
        <fieldset>
          <legend>{t(m.filter)}</legend>
          <ConditionBuilder
            key={JSON.stringify(source.filter ?? null)}
            rule={logicOfRecordFilter(source.filter)}
            // With where each record's approval stands: a sales item counts approved contracts only.
            fields={[...ruleFieldChoices(form.schema).filter((choice) => !choice.path.startsWith('$row.')), flowStatusFilterChoice(locale)]}
            onApply={(rule) => {
              const converted = recordFilterOfLogic(rule);
              if (!converted.ok) return setFilterError(t(converted.reason));
              setFilterError(null);
              onChange(converted.filter === null ? withoutFilter : { ...source, filter: converted.filter });
            }}
          />
          {filterError ? <p role="alert">{filterError}</p> : null}
        </fieldset>
      ) : null}
    </div>
  );
}
