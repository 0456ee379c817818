import type { DateField } from '@formwork/runtime';
import { propertyMessages as m } from '../../i18n/propertyMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import type { FieldSettingsProps } from './FieldSettingsProps.js';
import { SelectSetting } from './SelectSetting.js';
import { TextSetting } from './TextSetting.js';

const DATE_FORMATS = ['YYYY-MM-DD', 'YYYY-MM', 'YYYY'] as const;
const DATETIME_FORMATS = ['YYYY-MM-DD HH:mm', 'YYYY-MM-DD HH:mm:ss'] as const;

/** Display format and the earliest and latest allowed values. */
export function DateConstraints({ field, update }: FieldSettingsProps<DateField>) {
  const { t } = useLocale();
  const formats = field.type === 'date' ? DATE_FORMATS : DATETIME_FORMATS;
  const inputType = field.type === 'date' ? 'date' : 'text';
  return (
    <fieldset className="fw-group">
      <SelectSetting<string>
        label={t(m.dateFormat)}
        value={field.format ?? ''}
        options={[{ value: '', label: formats[0] }, ...formats.slice(1).map((format) => ({ value: format, label: format }))]}
        onChange={(format) => update({ format: format || undefined })}
      />
      <TextSetting label={t(m.earliest)} type={inputType} value={field.min} onCommit={(min) => update({ min: min || undefined })} />
      <TextSetting label={t(m.latest)} type={inputType} value={field.max} onCommit={(max) => update({ max: max || undefined })} />
    </fieldset>
  );
}
