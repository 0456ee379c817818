import type { ValidationRule } from '@formwork/runtime';
import type { ValidationPatch } from '../../store/commands/updateValidation.js';
import { ruleMessages as m } from '../../i18n/ruleMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { useDesignerStore } from '../editor/DesignerStoreContext.js';
import { ChipPicker } from '../properties/ChipPicker.js';
import { UserTextSetting } from '../properties/UserTextSetting.js';
import { ConditionBuilder } from './ConditionBuilder.js';
import type { RuleFieldChoice } from './ruleFieldChoices.js';

export interface ValidationRuleEditorProps {
  readonly rule: ValidationRule;
  /** Its place in the list, from 1, for names ("Validation 2"). */
  readonly n: number;
  /** The fields the rule may read and show its message beside (top-level value fields). */
  readonly fields: readonly RuleFieldChoice[];
}

/**
 * One form-level validation: the condition that must hold, its message in each language, the
 * fields the message is shown beside, and when the rule is checked at all.
 */
export function ValidationRuleEditor({ rule, n, fields }: ValidationRuleEditorProps) {
  const { t } = useLocale();
  const store = useDesignerStore();
  const update = (patch: ValidationPatch): void => {
    store.getState().updateValidation(rule.id, patch);
  };
  return (
    <fieldset className="fw-group">
      <legend>{t(m.validationN, { n })}</legend>
      <fieldset className="fw-rule-part">
        <legend>{t(m.validationMustHold, { n })}</legend>
        <ConditionBuilder
          key={JSON.stringify(rule.assert)}
          rule={rule.assert}
          fields={fields}
          // No condition means nothing to check: the rule always holds.
          onApply={(assert) => update({ assert: assert ?? true })}
        />
      </fieldset>
      <UserTextSetting
        label={t(m.validationMessage, { n })}
        value={rule.message}
        // A message cleared in both languages falls back to the generic one, never to nothing.
        onCommit={(message) => update({ message: message ?? { ...m.defaultValidationMessage } })}
      />
      <ChipPicker
        label={t(m.validationShownBeside, { n })}
        chosen={rule.fields ?? []}
        options={fields.map((field) => ({ value: field.path, label: field.label }))}
        addLabel={t(m.addShownField)}
        emptyText={t(m.validationShownOnForm)}
        onChange={(chosen) => update({ fields: chosen.length > 0 ? chosen : undefined })}
      />
      <fieldset className="fw-rule-part">
        <legend>{t(m.validationWhen, { n })}</legend>
        {rule.when === undefined ? <p className="fw-muted">{t(m.validationAlways)}</p> : null}
        <ConditionBuilder
          key={JSON.stringify(rule.when ?? null)}
          rule={rule.when}
          fields={fields}
          onApply={(when) => update({ when: when === null ? undefined : when })}
        />
      </fieldset>
      <div className="fw-validation-actions">
        <button type="button" className="fw-btn-danger fw-btn-small" onClick={() => store.getState().removeValidation(rule.id)}>
          {t(m.removeValidation, { n })}
        </button>
      </div>
    </fieldset>
  );
}
