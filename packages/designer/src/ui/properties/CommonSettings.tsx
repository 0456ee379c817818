import { propertyMessages as m } from '../../i18n/propertyMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { CheckboxSetting } from './CheckboxSetting.js';
import type { FieldSettingsProps } from './FieldSettingsProps.js';
import { SelectSetting } from './SelectSetting.js';
import { TextSetting } from './TextSetting.js';

const NO_VALUE = new Set(['section', 'description']);
const COMPUTED = new Set(['formula', 'lookup', 'serial']);
const UNIQUE_ABLE = new Set(['text', 'number', 'money', 'phone', 'email', 'url', 'date', 'datetime']);
const NO_PLACEHOLDER = new Set([...NO_VALUE, ...COMPUTED, 'subform', 'radio', 'checkbox', 'rating', 'image', 'attachment', 'signature', 'location']);

/** Label, alias, description, placeholder, required, unique and width: what most fields share. */
export function CommonSettings({ field, update }: FieldSettingsProps) {
  const { t } = useLocale();
  const holdsValue = !NO_VALUE.has(field.type);
  const editable = holdsValue && !COMPUTED.has(field.type);
  return (
    <fieldset className="fw-group">
      <p className="fw-muted">{t(m.fieldId, { id: field.id })}</p>
      <TextSetting label={t(m.label)} value={field.label} onCommit={(label) => update({ label })} />
      {holdsValue ? (
        <TextSetting label={t(m.alias)} value={field.alias} hint={t(m.aliasHint)} onCommit={(alias) => update({ alias: alias.trim() || undefined })} />
      ) : null}
      <TextSetting label={t(m.description)} value={field.description} multiline onCommit={(description) => update({ description: description || undefined })} />
      {NO_PLACEHOLDER.has(field.type) ? null : (
        <TextSetting label={t(m.placeholder)} value={field.placeholder} onCommit={(placeholder) => update({ placeholder: placeholder || undefined })} />
      )}
      {editable ? <CheckboxSetting label={t(m.required)} checked={field.required === true} onChange={(required) => update({ required: required || undefined })} /> : null}
      {UNIQUE_ABLE.has(field.type) ? (
        <CheckboxSetting label={t(m.unique)} checked={field.unique === true} onChange={(unique) => update({ unique: unique || undefined })} />
      ) : null}
      {editable ? <CheckboxSetting label={t(m.readOnly)} checked={field.readOnly === true} onChange={(readOnly) => update({ readOnly: readOnly || undefined })} /> : null}
      <SelectSetting
        label={t(m.width)}
        value={field.span === undefined ? '' : (String(field.span) as '1' | '2' | '3' | '4')}
        options={[
          { value: '', label: t(m.widthAuto) },
          { value: '1', label: '1' },
          { value: '2', label: '2' },
          { value: '3', label: '3' },
          { value: '4', label: '4' },
        ]}
        onChange={(span) => update({ span: span === '' ? undefined : Number(span) })}
      />
    </fieldset>
  );
}
