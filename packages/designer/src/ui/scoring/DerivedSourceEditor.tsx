import type { DerivedInput, DerivedSource, KpiItem } from '@formwork/runtime';
import { useState } from 'react';
import { fillText } from '../../i18n/fillText.js';
import { scoringMessages as m } from '../../i18n/scoringMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import type { FormulaNames } from '../../rules/formula/FormulaNames.js';
import { parseFormula } from '../../rules/formula/parseFormula.js';
import { printFormula } from '../../rules/formula/printFormula.js';
import { useFieldId } from '../properties/useFieldId.js';
import { SelectSetting } from '../properties/SelectSetting.js';
import { TextSetting } from '../properties/TextSetting.js';
import { formulaFunctions } from '../rules/formulaNamesFor.js';
import { AggregateSourceEditor } from './AggregateSourceEditor.js';
import type { ScoringForm } from './useAppForms.js';

/**
 * A formula over named aggregates: each input is an aggregate (the same pickers as a source), or a
 * copy of another item's, named after that item; the formula names inputs by label in braces —
 * `{赢单数} / {商机数} * 100` — and is kept as JSON Logic reading each input's variable.
 */
export function DerivedSourceEditor({ source, items, forms, onChange }: { readonly source: DerivedSource; readonly items: readonly KpiItem[]; readonly forms: readonly ScoringForm[]; readonly onChange: (source: DerivedSource) => void }) {
  const { t, locale } = useLocale();
  const formulaId = useFieldId();
  const names: FormulaNames = { fields: source.inputs.map((input) => ({ path: input.name, label: input.label })), functions: formulaFunctions };
  const [text, setText] = useState(printFormula(source.formula, names) ?? '');
  const [error, setError] = useState<string | null>(null);
  const freshName = (): string => {
    let n = source.inputs.length + 1;
    while (source.inputs.some((input) => input.name === `in${String(n)}`)) n++;
    return `in${String(n)}`;
  };
  const setInputs = (inputs: readonly DerivedInput[]): void => onChange({ ...source, inputs });
  const aggregates = items.flatMap((item) => (item.source.kind === 'aggregate' ? [{ item, source: item.source }] : []));
  return (
    <div className="fw-scoring-derived">
      <h5>{t(m.inputs)}</h5>
      <ol>
        {source.inputs.map((input, index) => (
          <li key={input.name}>
            <TextSetting
              label={t(m.inputLabel, { n: index + 1 })}
              value={input.label}
              onCommit={(label) => setInputs(source.inputs.map((one, at) => (at === index ? { ...one, label: label.trim() || one.label } : one)))}
            />
            <AggregateSourceEditor forms={forms} source={input.source} onChange={(aggregate) => setInputs(source.inputs.map((one, at) => (at === index ? { ...one, source: aggregate } : one)))} />
            <button type="button" className="fw-btn-small" aria-label={t(m.removeInput, { name: input.label })} onClick={() => setInputs(source.inputs.filter((_, at) => at !== index))}>
              ✕
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="fw-btn-small"
        onClick={() => {
          const n = source.inputs.length + 1;
          setInputs([...source.inputs, { name: freshName(), label: fillText(m.newInputLabel, { n })[locale], source: { formId: '', aggregate: 'count', personField: '', dateField: '' } }]);
        }}
      >
        {t(m.addInput)}
      </button>
      {aggregates.length > 0 ? (
        <SelectSetting
          label={t(m.addInputFromItem)}
          value=""
          options={[{ value: '', label: '—' }, ...aggregates.map(({ item }) => ({ value: item.id, label: item.name }))]}
          onChange={(itemId) => {
            const chosen = aggregates.find(({ item }) => item.id === itemId);
            if (!chosen) return;
            const { kind: _kind, ...aggregate } = chosen.source;
            setInputs([...source.inputs, { name: freshName(), label: chosen.item.name, source: aggregate }]);
          }}
        />
      ) : null}
      <div className="fw-setting">
        <label htmlFor={formulaId}>{t(m.formula)}</label>
        <input id={formulaId} value={text} onChange={(event) => setText(event.target.value)} aria-describedby={error ? `${formulaId}-error` : undefined} />
        <button
          type="button"
          className="fw-btn-small"
          onClick={() => {
            const parsed = parseFormula(text, names);
            if (!parsed.ok) return setError(t(parsed.error));
            setError(null);
            onChange({ ...source, formula: parsed.logic });
          }}
        >
          {t(m.applyFormula)}
        </button>
        {error ? (
          <p id={`${formulaId}-error`} role="alert">
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
}
