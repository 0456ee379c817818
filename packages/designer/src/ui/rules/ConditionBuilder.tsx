import type { RuleLogic } from '@formwork/runtime';
import { useState } from 'react';
import { ruleMessages as m } from '../../i18n/ruleMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { conditionToLogic } from '../../rules/conditionToLogic.js';
import type { ConditionGroup } from '../../rules/ConditionTree.js';
import { logicToCondition } from '../../rules/logicToCondition.js';
import { ConditionGroupEditor } from './ConditionGroupEditor.js';
import { JsonLogicInput } from './JsonLogicInput.js';
import type { RuleFieldChoice } from './ruleFieldChoices.js';

export interface ConditionBuilderProps {
  /** The rule as stored; re-opened in the builder when it has a shape the builder makes. */
  readonly rule: RuleLogic | undefined;
  readonly fields: readonly RuleFieldChoice[];
  /** Called with the JSON Logic the conditions mean (`null`: no condition). */
  readonly onApply: (rule: RuleLogic) => void;
}

/**
 * Conditions without code: field → comparison fitting its type → value, in and/or groups. Emits
 * JSON Logic when applied; rules it cannot show are edited as JSON instead. Its conditions are
 * local until applied: give it a `key` from the stored rule so that undo or an import reopens it.
 */
export function ConditionBuilder({ rule, fields, onApply }: ConditionBuilderProps) {
  const { t } = useLocale();
  const opened = logicToCondition(rule);
  const [tree, setTree] = useState<ConditionGroup>(opened ?? { kind: 'group', combinator: 'and', items: [] });
  const [asJson, setAsJson] = useState(opened === undefined);
  if (asJson) {
    return (
      <div className="fw-condition-builder">
        {opened === undefined ? <p className="fw-muted">{t(m.notBuilderShape)}</p> : null}
        <JsonLogicInput label={t(m.ruleJson)} rule={rule} applyLabel={t(m.applyRule)} onApply={onApply} />
        {opened !== undefined ? (
          <button type="button" className="fw-btn-text fw-btn-small" onClick={() => setAsJson(false)}>
            {t(m.asBuilder)}
          </button>
        ) : null}
      </div>
    );
  }
  return (
    <div className="fw-condition-builder">
      <ConditionGroupEditor group={tree} fields={fields} prefix="" onChange={setTree} />
      <button type="button" className="fw-btn-primary fw-btn-small" onClick={() => onApply(conditionToLogic(tree))}>
        {t(m.applyRule)}
      </button>
      {rule !== undefined ? (
        <button
          type="button"
          className="fw-btn-small"
          onClick={() => {
            setTree({ kind: 'group', combinator: 'and', items: [] });
            onApply(null);
          }}
        >
          {t(m.clearRule)}
        </button>
      ) : null}
      <button type="button" className="fw-btn-text fw-btn-small" onClick={() => setAsJson(true)}>
        {t(m.asJson)}
      </button>
    </div>
  );
}
