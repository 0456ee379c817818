import type { RuleLogic } from '@formwork/runtime';
import { useState } from 'react';
import { ruleMessages as m } from '../../i18n/ruleMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { useFieldId } from '../properties/useFieldId.js';

export interface JsonLogicInputProps {
  readonly label: string;
  readonly rule: RuleLogic | undefined;
  /** Called with the parsed rule when the JSON is valid and the admin applies it. */
  readonly onApply: (rule: RuleLogic) => void;
  readonly applyLabel: string;
}

/** A JSON Logic rule as text, checked as JSON before it is applied. */
export function JsonLogicInput({ label, rule, onApply, applyLabel }: JsonLogicInputProps) {
  const { t } = useLocale();
  const id = useFieldId();
  const [text, setText] = useState(rule === undefined ? '' : JSON.stringify(rule, null, 2));
  const [error, setError] = useState<string | null>(null);
  const apply = (): void => {
    try {
      const parsed = (text.trim() === '' ? null : JSON.parse(text)) as RuleLogic;
      setError(null);
      onApply(parsed);
    } catch (problem) {
      setError(t(m.invalidJson, { message: problem instanceof Error ? problem.message : String(problem) }));
    }
  };
  return (
    <div className="fw-setting">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={6} spellCheck={false} value={text} onChange={(event) => setText(event.target.value)} aria-invalid={error !== null} />
      {error ? <p role="alert">{error}</p> : null}
      <button type="button" className="fw-btn-primary fw-btn-small" onClick={apply}>
        {applyLabel}
      </button>
    </div>
  );
}
