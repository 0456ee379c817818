import type { DescriptionField, SectionField } from '@formwork/runtime';
import { propertyMessages as m } from '../../i18n/propertyMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { CheckboxSetting } from './CheckboxSetting.js';
import type { FieldSettingsProps } from './FieldSettingsProps.js';
import { SelectSetting } from './SelectSetting.js';
import { TextSetting } from './TextSetting.js';

/** Columns and folding of a section, or the text of a description. */
export function LayoutSettings({ field, update }: FieldSettingsProps<SectionField | DescriptionField>) {
  const { t } = useLocale();
  if (field.type === 'description') {
    return (
      <fieldset className="fw-group">
        <TextSetting label={t(m.content)} value={field.content} multiline onCommit={(content) => update({ content })} />
      </fieldset>
    );
  }
  return (
    <fieldset className="fw-group">
      <SelectSetting
        label={t(m.columns)}
        value={field.columns === undefined ? '' : (String(field.columns) as '1' | '2' | '3' | '4')}
        options={[{ value: '', label: t(m.widthAuto) }, ...(['1', '2', '3', '4'] as const).map((n) => ({ value: n, label: n }))]}
        onChange={(columns) => update({ columns: columns === '' ? undefined : (Number(columns) as 1 | 2 | 3 | 4) })}
      />
      <CheckboxSetting label={t(m.collapsible)} checked={field.collapsible === true} onChange={(collapsible) => update({ collapsible: collapsible || undefined })} />
    </fieldset>
  );
}
