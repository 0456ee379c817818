import { ruleMessages as m, operatorNames } from '../../i18n/ruleMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { conditionOperators } from '../../rules/conditionOperators.js';
import { COMPARISON_OPERATORS, VALUELESS_OPERATORS, type Condition, type ConditionGroup } from '../../rules/ConditionTree.js';
import { ConditionOperandInput } from './ConditionOperandInput.js';
import type { RuleFieldChoice } from './ruleFieldChoices.js';

export interface ConditionGroupEditorProps {
  readonly group: ConditionGroup;
  readonly fields: readonly RuleFieldChoice[];
  readonly onChange: (group: ConditionGroup) => void;
  readonly onRemove?: () => void;
  /** Number prefix of this group's conditions (`2.` for the second item's group), for names. */
  readonly prefix: string;
}

/** One and/or group of the condition builder: its conditions and nested groups. */
export function ConditionGroupEditor({ group, fields, onChange, onRemove, prefix }: ConditionGroupEditorProps) {
  const { t } = useLocale();
  const replace = (index: number, item: Condition | ConditionGroup): void =>
    onChange({ ...group, items: group.items.map((current, i) => (i === index ? item : current)) });
  const remove = (index: number): void => onChange({ ...group, items: group.items.filter((_, i) => i !== index) });
  return (
    <fieldset className="fw-condition-group">
      <legend>{prefix ? t(m.group) : t(m.match)}</legend>
      <select
        aria-label={`${t(m.match)} ${prefix}`.trim()}
        value={group.combinator}
        onChange={(event) => onChange({ ...group, combinator: event.target.value === 'or' ? 'or' : 'and' })}
      >
        <option value="and">{t(m.matchAll)}</option>
        <option value="or">{t(m.matchAny)}</option>
      </select>
      <ol>
        {group.items.map((item, index) => {
          const n = `${prefix}${index + 1}`;
          if (item.kind === 'group') {
            return (
              <li key={index}>
                <ConditionGroupEditor group={item} fields={fields} prefix={`${n}.`} onChange={(next) => replace(index, next)} onRemove={() => remove(index)} />
              </li>
            );
          }
          const choice = fields.find((f) => f.path === item.field);
          const operators = choice ? conditionOperators(choice.field.type) : [];
          return (
            <li key={index} className="fw-condition">
              <select
                aria-label={t(m.conditionField, { n })}
                value={item.field}
                onChange={(event) => {
                  const next = fields.find((f) => f.path === event.target.value);
                  const operator = next ? (conditionOperators(next.field.type)[0] ?? 'eq') : 'eq';
                  replace(index, { kind: 'condition', field: event.target.value, operator });
                }}
              >
                <option value="" />
                {fields.map((f) => (
                  <option key={f.path} value={f.path}>
                    {f.label}
                  </option>
                ))}
              </select>
              <select
                aria-label={t(m.conditionOperator, { n })}
                value={item.operator}
                disabled={!choice}
                onChange={(event) => {
                  const operator = event.target.value as Condition['operator'];
                  const { value: _old, against, ...rest } = item;
                  // A value, another field or today stays while the comparison changes to another comparison.
                  const kept = against && COMPARISON_OPERATORS.has(operator) ? { ...rest, against } : rest;
                  replace(index, VALUELESS_OPERATORS.has(operator) || (operator === 'anyOf') !== (item.operator === 'anyOf') || against ? { ...kept, operator } : { ...item, operator });
                }}
              >
                {(operators.length > 0 ? operators : [item.operator]).map((operator) => (
                  <option key={operator} value={operator}>
                    {t(operatorNames[operator])}
                  </option>
                ))}
              </select>
              {VALUELESS_OPERATORS.has(item.operator) ? null : (
                <ConditionOperandInput n={n} condition={item} choice={choice} fields={fields} onChange={(next) => replace(index, next)} />
              )}
              <button type="button" className="fw-icon-btn fw-btn-danger" aria-label={t(m.removeCondition, { n })} onClick={() => remove(index)}>
                ✕
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" className="fw-btn-small fw-btn-dashed" onClick={() => onChange({ ...group, items: [...group.items, { kind: 'condition', field: '', operator: 'eq' }] })}>
        {t(m.addCondition)}
      </button>
      <button
        type="button"
        className="fw-btn-small fw-btn-dashed"
        onClick={() =>
          onChange({ ...group, items: [...group.items, { kind: 'group', combinator: 'or', items: [{ kind: 'condition', field: '', operator: 'eq' }] }] })
        }
      >
        {t(m.addGroup)}
      </button>
      {onRemove ? (
        <button type="button" className="fw-btn-small fw-btn-danger" onClick={onRemove}>
          {t(m.removeGroup)}
        </button>
      ) : null}
    </fieldset>
  );
}
