import type { AddressField, FileField, RatingField, RichTextField } from '@formwork/runtime';
import { propertyMessages as m } from '../../i18n/propertyMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import type { FieldSettingsProps } from './FieldSettingsProps.js';
import { NumberSetting } from './NumberSetting.js';
import { SelectSetting } from './SelectSetting.js';
import { TextSetting } from './TextSetting.js';

/** Rating scale, file limits, address detail and rich-text length: one or two settings each. */
export function OtherTypeSettings({ field, update }: FieldSettingsProps<RatingField | FileField | AddressField | RichTextField>) {
  const { t } = useLocale();
  switch (field.type) {
    case 'rating':
      return <NumberSetting label={t(m.ratingMax)} value={field.max} min={1} max={10} step={1} onCommit={(max) => update({ max })} />;
    case 'richtext':
      return <NumberSetting label={t(m.maxLength)} value={field.maxLength} min={0} step={1} onCommit={(maxLength) => update({ maxLength })} />;
    case 'address':
      return (
        <SelectSetting
          label={t(m.addressLevel)}
          value={field.level ?? ''}
          options={[
            { value: '', label: t(m.levelDetail) },
            { value: 'province', label: t(m.levelProvince) },
            { value: 'city', label: t(m.levelCity) },
            { value: 'district', label: t(m.levelDistrict) },
          ]}
          onChange={(level) => update({ level: level || undefined })}
        />
      );
    default:
      return (
        <fieldset className="fw-group">
          {field.type !== 'signature' ? <NumberSetting label={t(m.maxFiles)} value={field.maxFiles} min={1} step={1} onCommit={(maxFiles) => update({ maxFiles })} /> : null}
          <NumberSetting label={t(m.maxSizeMB)} value={field.maxSizeMB} min={0} onCommit={(maxSizeMB) => update({ maxSizeMB })} />
          <TextSetting
            label={t(m.accept)}
            value={field.accept?.join(', ')}
            onCommit={(text) => {
              const accept = text.split(',').map((part) => part.trim()).filter(Boolean);
              update({ accept: accept.length > 0 ? accept : undefined });
            }}
          />
        </fieldset>
      );
  }
}
