import { ruleMessages as m } from '../../i18n/ruleMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { comparisonKind } from '../../rules/comparisonKind.js';
import { COMPARISON_OPERATORS, type Condition } from '../../rules/ConditionTree.js';
import { useFieldId } from '../properties/useFieldId.js';
import { ConditionValueInput } from './ConditionValueInput.js';
import type { RuleFieldChoice } from './ruleFieldChoices.js';

export interface ConditionOperandInputProps {
  /** The condition's number (`2.1`), for the controls' names. */
  readonly n: string;
  readonly condition: Condition;
  /** The field the condition reads; undefined until one is picked. */
  readonly choice: RuleFieldChoice | undefined;
  readonly fields: readonly RuleFieldChoice[];
  readonly onChange: (condition: Condition) => void;
}

type Against = 'value' | 'field' | 'today';

/**
 * The right-hand side of a condition: a fixed value; or, for a comparison, another field of the
 * same kind (next follow-up ≥ visit date) or, for a date, today ± a number of days.
 */
export function ConditionOperandInput({ n, condition, choice, fields, onChange }: ConditionOperandInputProps) {
  const { t } = useLocale();
  const daysId = useFieldId();
  const kind = choice ? comparisonKind(choice.field) : undefined;
  const comparable = kind === undefined ? [] : fields.filter((f) => f.path !== condition.field && comparisonKind(f.field) === kind);
  const choices: Against[] = ['value', ...(comparable.length > 0 ? (['field'] as const) : []), ...(kind === 'date' ? (['today'] as const) : [])];
  const against: Against = condition.against?.kind ?? 'value';
  const { value: _value, against: _against, ...bare } = condition;

  const valueInput = (
    <ConditionValueInput
      label={t(m.conditionValue, { n })}
      field={choice?.field}
      condition={condition}
      onChange={(value) => onChange(value === undefined ? bare : { ...bare, value })}
    />
  );
  if (!COMPARISON_OPERATORS.has(condition.operator) || choices.length === 1) return valueInput;
  return (
    <>
      <select
        aria-label={t(m.conditionAgainst, { n })}
        value={against}
        onChange={(event) => {
          const next = event.target.value as Against;
          onChange(next === 'value' ? bare : next === 'field' ? { ...bare, against: { kind: 'field', path: '' } } : { ...bare, against: { kind: 'today', days: 0 } });
        }}
      >
        {choices.map((option) => (
          <option key={option} value={option}>
            {t(option === 'value' ? m.againstValue : option === 'field' ? m.againstField : m.againstToday)}
          </option>
        ))}
      </select>
      {condition.against?.kind === 'field' ? (
        <select
          aria-label={t(m.conditionOtherField, { n })}
          value={condition.against.path}
          onChange={(event) => onChange({ ...bare, against: { kind: 'field', path: event.target.value } })}
        >
          <option value="" />
          {comparable.map((f) => (
            <option key={f.path} value={f.path}>
              {f.label}
            </option>
          ))}
        </select>
      ) : condition.against?.kind === 'today' ? (
        <span className="fw-condition-value">
          <label htmlFor={daysId} className="fw-visually-hidden">
            {t(m.conditionDays, { n })}
          </label>
          <input
            id={daysId}
            type="number"
            step={1}
            value={condition.against.days}
            onChange={(event) => {
              const days = Math.trunc(Number(event.target.value));
              onChange({ ...bare, against: { kind: 'today', days: Number.isFinite(days) ? days : 0 } });
            }}
          />
          <span aria-hidden="true">{t(m.daysFromToday)}</span>
        </span>
      ) : (
        valueInput
      )}
    </>
  );
}
