import { ruleMessages as m } from '../../i18n/ruleMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { useDesigner, useDesignerStore } from '../editor/DesignerStoreContext.js';
import { ruleFieldChoices } from './ruleFieldChoices.js';
import { ValidationRuleEditor } from './ValidationRuleEditor.js';

/** Form-level validations: conditions that must hold, each with its message in both languages. */
export function ValidationsPanel() {
  const { t } = useLocale();
  const store = useDesignerStore();
  const schema = useDesigner((state) => state.schema);
  const validations = schema.rules?.validations ?? [];
  const fields = ruleFieldChoices(schema);
  return (
    <section className="fw-validations" aria-label={t(m.validations)}>
      {validations.length === 0 ? <p className="fw-muted">{t(m.noValidations)}</p> : null}
      <ol>
        {validations.map((rule, index) => (
          <li key={rule.id}>
            <ValidationRuleEditor rule={rule} n={index + 1} fields={fields} />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="fw-btn-dashed fw-btn-block"
        onClick={() => store.getState().addValidation({ assert: true, message: { ...m.defaultValidationMessage } })}
      >
        {t(m.addValidation)}
      </button>
    </section>
  );
}
