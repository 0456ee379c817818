import { locales, type FormSchema, type NodeValidation } from '@formwork/runtime';
import { languageNames } from '../../i18n/languageNames.js';
import { workflowMessages as m } from '../../i18n/workflowMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { TextSetting } from '../properties/TextSetting.js';
import { ConditionBuilder } from '../rules/ConditionBuilder.js';
import { ruleFieldChoices } from '../rules/ruleFieldChoices.js';

/**
 * An approval node's checks on approve: for each, the condition that must hold (no code) and the
 * message in every language; a message cleared in one language keeps the one it had.
 */
export function NodeValidationsEditor({
  validations,
  form,
  onChange,
  onAdd,
}: {
  readonly validations: readonly NodeValidation[];
  readonly form: FormSchema;
  readonly onChange: (validations: readonly NodeValidation[]) => void;
  readonly onAdd: () => void;
}) {
  const { t } = useLocale();
  const fields = ruleFieldChoices(form);
  const replace = (index: number, next: NodeValidation | null): void =>
    onChange(validations.flatMap((validation, at) => (at !== index ? [validation] : next ? [next] : [])));
  return (
    <fieldset className="fw-group">
      <legend>{t(m.validations)}</legend>
      {validations.map((validation, index) => {
        const n = index + 1;
        return (
          <fieldset key={validation.id} className="fw-group">
            <legend>{t(m.validationN, { n })}</legend>
            <fieldset className="fw-rule-part">
              <legend>{t(m.validationMustHold, { n })}</legend>
              <ConditionBuilder
                key={JSON.stringify(validation.assert)}
                rule={validation.assert}
                fields={fields}
                // No condition: nothing to check, the rule always holds.
                onApply={(assert) => replace(index, { ...validation, assert: assert ?? true })}
              />
            </fieldset>
            {locales.map((language) => (
              <TextSetting
                key={language}
                label={t(m.validationMessageIn, { n, language: languageNames[language] })}
                value={validation.message[language]}
                onCommit={(text) => {
                  if (text.trim() !== '') replace(index, { ...validation, message: { ...validation.message, [language]: text.trim() } });
                }}
              />
            ))}
            <button type="button" className="fw-btn-danger fw-btn-small" onClick={() => replace(index, null)}>
              {t(m.removeValidation, { n })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="fw-btn-small" onClick={onAdd}>
        {t(m.addValidation)}
      </button>
    </fieldset>
  );
}
