import { ruleOperatorCatalogue, type FormSchema, type RuleLogic } from '@formwork/runtime';
import { useRef, useState } from 'react';
import { ruleMessages as m } from '../../i18n/ruleMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { parseFormula } from '../../rules/formula/parseFormula.js';
import { printFormula } from '../../rules/formula/printFormula.js';
import { listValueFields } from '../editor/listValueFields.js';
import { useFieldId } from '../properties/useFieldId.js';
import { formulaNamesFor } from './formulaNamesFor.js';
import { JsonLogicInput } from './JsonLogicInput.js';

export interface FormulaEditorProps {
  readonly label: string;
  readonly rule: RuleLogic | undefined;
  readonly schema: FormSchema;
  /** The field the formula belongs to (it may not read itself); absent for form-level rules. */
  readonly fieldId?: string;
  readonly onApply: (rule: RuleLogic) => void;
}

/**
 * A formula as text — `{Quantity} * {Price}` — with a field picker and the engine's function
 * list; applied as JSON Logic. Rules formula text cannot show are edited as JSON.
 */
export function FormulaEditor({ label, rule, schema, fieldId, onApply }: FormulaEditorProps) {
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
  const [functionPick, setFunctionPick] = useState(ruleOperatorCatalogue[0]?.name ?? '');
  const textRef = useRef<HTMLTextAreaElement | null>(null);
  // Columns of other subforms are named by id, as the aggregate functions take them.
  const columns = listValueFields(schema).filter((entry) => entry.inSubform && !names.fields.some((f) => f.path === `$row.${entry.field.id}`));

  const insert = (snippet: string): void => {
    const area = textRef.current;
    const start = area?.selectionStart ?? text.length;
    const end = area?.selectionEnd ?? text.length;
    setText(text.slice(0, start) + snippet + text.slice(end));
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(start + snippet.length, start + snippet.length);
    });
  };
  const apply = (): void => {
    const parsed = parseFormula(text, names);
    if (!parsed.ok) return setError(t(parsed.error));
    setError(null);
    onApply(parsed.logic);
  };
  const described = ruleOperatorCatalogue.find((entry) => entry.name === functionPick);

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
          {columns.map((entry) => (
            <option key={entry.field.id} value={`"${entry.field.id}"`}>
              {`${entry.field.label} (${entry.field.id})`}
            </option>
          ))}
        </select>
        <button type="button" disabled={fieldPick === ''} onClick={() => insert(fieldPick)}>
          {t(m.insertField)}
        </button>
      </div>
      <div className="fw-setting fw-setting-inline">
        <label htmlFor={functionPickId}>{t(m.insertFunction)}</label>
        <select id={functionPickId} value={functionPick} onChange={(event) => setFunctionPick(event.target.value)}>
          {ruleOperatorCatalogue.map((entry) => (
            <option key={entry.name} value={entry.name}>
              {entry.name}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => insert(`${functionPick}()`)}>
          {t(m.insertFunction)}
        </button>
      </div>
      {described ? (
        <p className="fw-hint" aria-label={t(m.functionHelp)}>
          {`${described.name}(${described.args.map((arg) => arg.name).join(', ')}): ${described.description[locale]}`}
        </p>
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
