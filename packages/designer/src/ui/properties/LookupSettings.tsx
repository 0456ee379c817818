import type { LookupField } from '@formwork/runtime';
import { propertyMessages as m } from '../../i18n/propertyMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { useDesigner } from '../editor/DesignerStoreContext.js';
import { useLinkableForms } from '../editor/LinkableFormsContext.js';
import { listValueFields } from '../editor/listValueFields.js';
import type { FieldSettingsProps } from './FieldSettingsProps.js';
import { SelectSetting } from './SelectSetting.js';
import { TextSetting } from './TextSetting.js';

/** Which linked-record field a lookup follows, and which field of the linked form it shows. */
export function LookupSettings({ field, update }: FieldSettingsProps<LookupField>) {
  const { t } = useLocale();
  const schema = useDesigner((state) => state.schema);
  const forms = useLinkableForms();
  const links = listValueFields(schema).filter((entry) => entry.field.type === 'link');
  const link = links.find((entry) => entry.field.id === field.linkField)?.field;
  const target = link?.type === 'link' ? forms.find((form) => form.id === link.formId) : undefined;
  return (
    <fieldset className="fw-group">
      {links.length === 0 ? <p className="fw-muted">{t(m.noLinkFields)}</p> : null}
      <SelectSetting<string>
        label={t(m.lookupLink)}
        value={field.linkField}
        options={[{ value: '', label: t(m.choose) }, ...links.map((entry) => ({ value: entry.field.id, label: entry.field.label }))]}
        onChange={(linkField) => update({ linkField })}
      />
      {target && target.fields.length > 0 ? (
        <SelectSetting<string>
          label={t(m.lookupSource)}
          value={field.sourceField}
          options={[{ value: '', label: t(m.choose) }, ...target.fields.map((f) => ({ value: f.id, label: f.label }))]}
          onChange={(sourceField) => update({ sourceField })}
        />
      ) : (
        <TextSetting label={t(m.lookupSource)} value={field.sourceField} onCommit={(sourceField) => update({ sourceField: sourceField.trim() })} />
      )}
    </fieldset>
  );
}
