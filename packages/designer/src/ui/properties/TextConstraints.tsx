import type { TextField } from '@formwork/runtime';
import { propertyMessages as m } from '../../i18n/propertyMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import type { FieldSettingsProps } from './FieldSettingsProps.js';
import { NumberSetting } from './NumberSetting.js';
import { TextSetting } from './TextSetting.js';

/** Length limits and a pattern for single- and multi-line text. */
export function TextConstraints({ field, update }: FieldSettingsProps<TextField>) {
  const { t } = useLocale();
  return (
    <fieldset className="fw-group">
      <NumberSetting label={t(m.minLength)} value={field.minLength} min={0} step={1} onCommit={(minLength) => update({ minLength })} />
      <NumberSetting label={t(m.maxLength)} value={field.maxLength} min={0} step={1} onCommit={(maxLength) => update({ maxLength })} />
      <TextSetting label={t(m.pattern)} value={field.pattern} onCommit={(pattern) => update({ pattern: pattern || undefined })} />
      {field.pattern ? (
        <TextSetting
          label={t(m.patternMessage)}
          value={typeof field.patternMessage === 'string' ? field.patternMessage : undefined}
          onCommit={(patternMessage) => update({ patternMessage: patternMessage || undefined })}
        />
      ) : null}
    </fieldset>
  );
}
