import type { LinkField } from '@formwork/runtime';
import { propertyMessages as m } from '../../i18n/propertyMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { useLinkableForms } from '../editor/LinkableFormsContext.js';
import type { FieldSettingsProps } from './FieldSettingsProps.js';
import { SelectSetting } from './SelectSetting.js';
import { TextSetting } from './TextSetting.js';

/** The form whose records a linked-record field picks, and which of its fields to show. */
export function LinkSettings({ field, update }: FieldSettingsProps<LinkField>) {
  const { t } = useLocale();
  const forms = useLinkableForms();
  const target = forms.find((form) => form.id === field.formId);
  return (
    <fieldset className="fw-group">
      {forms.length > 0 ? (
        <SelectSetting<string>
          label={t(m.linkForm)}
          value={field.formId}
          options={[{ value: '', label: t(m.choose) }, ...forms.map((form) => ({ value: form.id, label: form.title }))]}
          onChange={(formId) => update({ formId })}
        />
      ) : (
        <TextSetting label={t(m.linkFormId)} value={field.formId} onCommit={(formId) => update({ formId: formId.trim() })} />
      )}
      {target && target.fields.length > 0 ? (
        <SelectSetting<string>
          label={t(m.displayField)}
          value={field.displayField}
          options={[{ value: '', label: t(m.choose) }, ...target.fields.map((f) => ({ value: f.id, label: f.label }))]}
          onChange={(displayField) => update({ displayField })}
        />
      ) : (
        <TextSetting label={t(m.displayField)} value={field.displayField} onCommit={(displayField) => update({ displayField: displayField.trim() })} />
      )}
    </fieldset>
  );
}
