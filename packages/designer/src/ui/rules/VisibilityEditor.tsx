import type { FieldDefinition } from '@formwork/runtime';
import { propertyMessages } from '../../i18n/propertyMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { useDesigner, useDesignerStore } from '../editor/DesignerStoreContext.js';
import { ConditionBuilder } from './ConditionBuilder.js';
import { ruleFieldChoices } from './ruleFieldChoices.js';

/** When the field is shown: a condition on other fields, applied with `setVisibility`. */
export function VisibilityEditor({ field }: { readonly field: FieldDefinition }) {
  const { t } = useLocale();
  const store = useDesignerStore();
  const schema = useDesigner((state) => state.schema);
  return (
    <fieldset className="fw-group">
      <legend>{t(propertyMessages.visibility)}</legend>
      <ConditionBuilder
        key={JSON.stringify(field.visibleWhen ?? null)}
        rule={field.visibleWhen}
        fields={ruleFieldChoices(schema, field.id)}
        onApply={(rule) => {
          store.getState().setVisibility(field.id, rule);
        }}
      />
    </fieldset>
  );
}
