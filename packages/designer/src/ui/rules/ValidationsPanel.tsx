import { ruleMessages as m } from '../../i18n/ruleMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { useDesigner, useDesignerStore } from '../editor/DesignerStoreContext.js';
import { TextSetting } from '../properties/TextSetting.js';
import { ConditionBuilder } from './ConditionBuilder.js';
import { ruleFieldChoices } from './ruleFieldChoices.js';

/** Form-level validations: a condition that must hold, and the message shown when it does not. */
export function ValidationsPanel() {
  const { t, locale } = useLocale();
  const store = useDesignerStore();
  const schema = useDesigner((state) => state.schema);
  const validations = schema.rules?.validations ?? [];
  const fields = ruleFieldChoices(schema);
  return (
    <section className="fw-validations" aria-label={t(m.validations)}>
      {validations.length === 0 ? <p className="fw-muted">{t(m.noValidations)}</p> : null}
      <ol>
        {validations.map((rule, index) => {
          const n = index + 1;
          const message = typeof rule.message === 'string' ? rule.message : (rule.message[locale] ?? '');
          return (
            <li key={rule.id}>
              <fieldset className="fw-group">
                <legend>{t(m.validationN, { n })}</legend>
                <p className="fw-muted">{t(m.validationMustHold, { n })}</p>
                <ConditionBuilder
                  key={JSON.stringify(rule.assert)}
                  rule={rule.assert}
                  fields={fields}
                  onApply={(assert) => {
                    // No condition means nothing to check: the rule always holds.
                    store.getState().updateValidation(rule.id, { assert: assert ?? true });
                  }}
                />
                <TextSetting label={t(m.validationMessage, { n })} value={message} onCommit={(text) => store.getState().updateValidation(rule.id, { message: text })} />
                <button type="button" onClick={() => store.getState().removeValidation(rule.id)}>
                  {t(m.removeValidation, { n })}
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => store.getState().addValidation({ assert: true, message: t(m.defaultValidationMessage) })}>
        {t(m.addValidation)}
      </button>
    </section>
  );
}
