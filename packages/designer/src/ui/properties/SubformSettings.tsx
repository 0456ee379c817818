import type { SubformField } from '@formwork/runtime';
import { propertyMessages as m } from '../../i18n/propertyMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import type { FieldSettingsProps } from './FieldSettingsProps.js';
import { NumberSetting } from './NumberSetting.js';

/** Row limits of a subform, and what columns it has (edited on the canvas). */
export function SubformSettings({ field, update }: FieldSettingsProps<SubformField>) {
  const { t } = useLocale();
  return (
    <fieldset className="fw-group">
      <p className="fw-muted">
        {field.fields.length > 0 ? t(m.subformColumns, { labels: field.fields.map((f) => f.label).join(', ') }) : t(m.subformEmpty)}
      </p>
      <NumberSetting label={t(m.minRows)} value={field.minRows} min={0} step={1} onCommit={(minRows) => update({ minRows })} />
      <NumberSetting label={t(m.maxRows)} value={field.maxRows} min={0} step={1} onCommit={(maxRows) => update({ maxRows })} />
    </fieldset>
  );
}
