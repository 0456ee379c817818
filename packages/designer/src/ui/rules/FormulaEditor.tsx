import type { FormSchema, RuleLogic, RuleOperatorGroup } from '@formwork/runtime';
import { useRef, useState } from 'react';
import { functionGroupNames, ruleMessages as m } from '../../i18n/ruleMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { formulaFunctionList } from '../../rules/formula/formulaFunctionList.js';
import { parseFormula } from '../../rules/formula/parseFormula.js';
import { printFormula } from '../../rules/formula/printFormula.js';
import { printFunctionExample } from '../../rules/formula/printFunctionExample.js';
import { useFieldId } from '../properties/useFieldId.js';
import { formulaAggregates, formulaFunctions, formulaNamesFor } from './formulaNamesFor.js';
import { JsonLogicInput } from './JsonLogicInput.js';

export interface FormulaEditorProps {
  readonly label: string;
  readonly rule: RuleLogic | undefined;
  readonly schema: FormSchema;
  /** The field the formula belongs to (it may not read itself); absent for form-level rules. */
  readonly fieldId?: string;
  /** More help under the formula text, after the general hint (what a calculated field does with empty inputs). */
  readonly note?: string;
  readonly onApply: (rule: RuleLogic) => void;
}

const GROUP_ORDER = Object.keys(functionGroupNames) as RuleOperatorGroup[];
const FIRST_FUNCTION = GROUP_ORDER.flatMap((group) => formulaFunctionList.filter((entry) => entry.group === group))[0]?.name ?? '';

/**
 * A formula as text — `{Quantity} * {Price}`, `sum_of({Items}, {Amount})` — with a field picker
 * and the form functions, each with its description and an example; applied as JSON Logic. Rules
 * formula text cannot show are edited as JSON.
 */
export function FormulaEditor({ label, rule, schema, fieldId, note, onApply }: FormulaEditorProps) {
  const { t, locale } = useLocale();
  const textId = useFieldId();
  const fieldPickId = useFieldId();
  const functionPickId = useFieldId();
  const names = formulaNamesFor(schema, fieldId);
  const printed = rule === undefined ? '' : printFormula(rule, names);
  const [asJson, setAsJson] = useState(printed === undefined);
  const [text, setText] = useState(printed ?? '');
  const [error, setError] = useState<string | null>(null);
  const [fieldPick, setFieldPick] = useState('');
  const [functionPick, setFunctionPick] = useState(FIRST_FUNCTION);
  const textRef = useRef<HTMLTextAreaElement | null>(null);
  // Columns of other subforms, as an aggregate reads them: `{Items.Amount}`.
  const columns = (names.subforms ?? []).flatMap((subform) =>
    subform.columns
      .filter((column) => !names.fields.some((f) => f.path === `$row.${column.id}`))
      .map((column) => ({ key: column.id, label: `${subform.label}.${column.label}`, snippet: `{${subform.label}.${column.label}}` })),
  );

  /** Puts `snippet` at the cursor (over the selection); the cursor goes `caret` characters into it. */
  const insert = (snippet: string, caret = snippet.length): void => {
    const area = textRef.current;
    const start = area?.selectionStart ?? text.length;
    const end = area?.selectionEnd ?? text.length;
    setText(text.slice(0, start) + snippet + text.slice(end));
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(start + caret, start + caret);
    });
  };
  const apply = (): void => {
    const parsed = parseFormula(text, names);
    if (!parsed.ok) return setError(t(parsed.error));
    setError(null);
    onApply(parsed.logic);
  };
  const described = formulaFunctionList.find((entry) => entry.name === functionPick);
  const example = described ? printFunctionExample(described.example, formulaFunctions, formulaAggregates) : undefined;

  if (asJson) {
    return (
      <div className="fw-formula">
        <JsonLogicInput label={label} rule={rule} applyLabel={t(m.applyFormula)} onApply={onApply} />
      </div>
    );
  }
  return (
    <div className="fw-formula">
      <div className="fw-setting">
        <label htmlFor={textId}>{label}</label>
        <textarea
          id={textId}
          ref={textRef}
          rows={3}
          spellCheck={false}
          value={text}
          aria-invalid={error !== null}
          aria-describedby={`${textId}-hint`}
          onChange={(event) => setText(event.target.value)}
        />
        <small id={`${textId}-hint`} className="fw-hint">
          {t(m.formulaHint)}
          {note === undefined ? null : (
            <>
              <br />
              {note}
            </>
          )}
        </small>
        {error ? <p role="alert">{error}</p> : null}
      </div>
      <div className="fw-setting fw-setting-inline">
        <label htmlFor={fieldPickId}>{t(m.insertField)}</label>
        <select id={fieldPickId} value={fieldPick} onChange={(event) => setFieldPick(event.target.value)}>
          <option value="" />
          {names.fields.map((f) => (
            <option key={f.path} value={printFormula({ var: f.path }, names) ?? `{${f.path}}`}>
              {f.label}
            </option>
          ))}
          {columns.map((column) => (
            <option key={column.key} value={column.snippet}>
              {column.label}
            </option>
          ))}
        </select>
        <button type="button" disabled={fieldPick === ''} onClick={() => insert(fieldPick)}>
          {t(m.insertField)}
        </button>
      </div>
      <div className="fw-setting fw-setting-inline">
        <label htmlFor={functionPickId}>{t(m.insertFunction)}</label>
        <select id={functionPickId} value={functionPick} aria-describedby={`${functionPickId}-help`} onChange={(event) => setFunctionPick(event.target.value)}>
          {GROUP_ORDER.map((group) => (
            <optgroup key={group} label={t(functionGroupNames[group])}>
              {formulaFunctionList
                .filter((entry) => entry.group === group)
                .map((entry) => (
                  <option key={entry.name} value={entry.name}>
                    {entry.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        <button type="button" onClick={() => insert(`${functionPick}()`, functionPick.length + 1)}>
          {t(m.insertFunction)}
        </button>
      </div>
      {described ? (
        <div id={`${functionPickId}-help`} className="fw-hint fw-function-help" role="note" aria-label={t(m.functionHelp)}>
          <p>
            <code>{`${described.name}(${described.args.map((arg) => (arg.optional ? `[${arg.name}]` : arg.name)).join(', ')})`}</code>
            {` ${described.description[locale]}`}
          </p>
          {example ? (
            <p>
              {t(m.functionExample)}
              <code>{example}</code>
            </p>
          ) : null}
        </div>
      ) : null}
      <button type="button" className="fw-btn-primary fw-btn-small" onClick={apply}>
        {t(m.applyFormula)}
      </button>
      <button type="button" className="fw-btn-text fw-btn-small" onClick={() => setAsJson(true)}>
        {t(m.asJson)}
      </button>
    </div>
  );
}
