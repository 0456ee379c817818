import type { ChoiceOption, MultiChoiceField, SingleChoiceField } from '@formwork/runtime';
import { useState } from 'react';
import { propertyMessages as m } from '../../i18n/propertyMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { bulkOptions } from './bulkOptions.js';
import type { FieldSettingsProps } from './FieldSettingsProps.js';
import { nextOptionValue } from './nextOptionValue.js';
import { NumberSetting } from './NumberSetting.js';
import { TextSetting } from './TextSetting.js';
import { useFieldId } from './useFieldId.js';

/** Options of a choice field: edit, colour, reorder, remove, add, or paste many at once. */
export function OptionsEditor({ field, update }: FieldSettingsProps<SingleChoiceField | MultiChoiceField>) {
  const { t } = useLocale();
  const bulkId = useFieldId();
  const [bulk, setBulk] = useState<string | null>(null);
  const options = field.options;
  const set = (next: readonly ChoiceOption[]): void => update({ options: next });
  const move = (from: number, to: number): void => {
    const next = [...options];
    const [item] = next.splice(from, 1);
    if (item) next.splice(to, 0, item);
    set(next);
  };
  return (
    <fieldset className="fw-group">
      <legend>{t(m.options)}</legend>
      <ol className="fw-options">
        {options.map((option, index) => {
          const n = index + 1;
          return (
            <li key={option.value}>
              <TextSetting
                label={t(m.optionLabel, { n })}
                value={option.label}
                onCommit={(label) => set(options.map((o, i) => (i === index ? { ...o, label } : o)))}
              />
              <TextSetting
                label={t(m.optionColor, { n })}
                type="color"
                value={option.color ?? '#2f7cf6'}
                onCommit={(color) => set(options.map((o, i) => (i === index ? { ...o, color } : o)))}
              />
              <button type="button" className="fw-icon-btn" aria-label={t(m.optionUp, { n })} disabled={index === 0} onClick={() => move(index, index - 1)}>
                ↑
              </button>
              <button type="button" className="fw-icon-btn" aria-label={t(m.optionDown, { n })} disabled={index === options.length - 1} onClick={() => move(index, index + 1)}>
                ↓
              </button>
              <button type="button" className="fw-icon-btn fw-btn-danger" aria-label={t(m.optionRemove, { n })} onClick={() => set(options.filter((_, i) => i !== index))}>
                ✕
              </button>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={() => set([...options, { value: nextOptionValue(options), label: t(m.optionNew, { n: options.length + 1 }) }])}
      >
        {t(m.optionAdd)}
      </button>
      <button type="button" aria-expanded={bulk !== null} onClick={() => setBulk(bulk === null ? options.map((o) => o.label).join('\n') : null)}>
        {t(m.bulkEdit)}
      </button>
      {bulk !== null ? (
        <div className="fw-setting">
          <label htmlFor={bulkId}>{t(m.bulkText)}</label>
          <textarea id={bulkId} rows={6} value={bulk} onChange={(event) => setBulk(event.target.value)} />
          <button
            type="button"
            onClick={() => {
              set(bulkOptions(bulk, options));
              setBulk(null);
            }}
          >
            {t(m.bulkApply)}
          </button>
        </div>
      ) : null}
      {field.type === 'checkbox' || field.type === 'multiselect' ? (
        <>
          <NumberSetting label={t(m.minSelected)} value={field.minSelected} min={0} step={1} onCommit={(minSelected) => update({ minSelected })} />
          <NumberSetting label={t(m.maxSelected)} value={field.maxSelected} min={0} step={1} onCommit={(maxSelected) => update({ maxSelected })} />
        </>
      ) : null}
    </fieldset>
  );
}
