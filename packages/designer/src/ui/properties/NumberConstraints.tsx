import type { NumberField } from '@formwork/runtime';
import { propertyMessages as m } from '../../i18n/propertyMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import type { FieldSettingsProps } from './FieldSettingsProps.js';
import { NumberSetting } from './NumberSetting.js';
import { TextSetting } from './TextSetting.js';

/** Precision, range, unit and (for money) currency. */
export function NumberConstraints({ field, update }: FieldSettingsProps<NumberField>) {
  const { t } = useLocale();
  return (
    <fieldset className="fw-group">
      <NumberSetting label={t(m.precision)} value={field.precision} min={0} max={10} step={1} onCommit={(precision) => update({ precision })} />
      <NumberSetting label={t(m.min)} value={field.min} onCommit={(min) => update({ min })} />
      <NumberSetting label={t(m.max)} value={field.max} onCommit={(max) => update({ max })} />
      <TextSetting label={t(m.unit)} value={field.unit} onCommit={(unit) => update({ unit: unit || undefined })} />
      {field.type === 'money' ? (
        <TextSetting label={t(m.currency)} value={field.currency} placeholder="CNY" onCommit={(currency) => update({ currency: currency.trim().toUpperCase() || undefined })} />
      ) : null}
    </fieldset>
  );
}
