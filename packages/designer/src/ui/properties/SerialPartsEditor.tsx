import type { SerialField, SerialPart } from '@formwork/runtime';
import { propertyMessages as m } from '../../i18n/propertyMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { useDesigner } from '../editor/DesignerStoreContext.js';
import { listValueFields } from '../editor/listValueFields.js';
import type { FieldSettingsProps } from './FieldSettingsProps.js';
import { NumberSetting } from './NumberSetting.js';
import { SelectSetting } from './SelectSetting.js';
import { TextSetting } from './TextSetting.js';

const KIND_NAMES = { counter: m.serialCounter, date: m.serialDate, text: m.serialText, field: m.serialField } as const;
const NEW_PART: Record<SerialPart['kind'], SerialPart> = {
  counter: { kind: 'counter', digits: 4, reset: 'never' },
  date: { kind: 'date', format: 'YYYYMMDD' },
  text: { kind: 'text', value: 'NO-' },
  field: { kind: 'field', field: '' },
};

/** The parts a serial number is made of: counters, dates, fixed text and field values. */
export function SerialPartsEditor({ field, update }: FieldSettingsProps<SerialField>) {
  const { t } = useLocale();
  const schema = useDesigner((state) => state.schema);
  const fields = listValueFields(schema).filter((entry) => !entry.inSubform && entry.field.id !== field.id);
  const parts = field.parts;
  const set = (next: readonly SerialPart[]): void => update({ parts: next });
  const replace = (index: number, part: SerialPart): void => set(parts.map((p, i) => (i === index ? part : p)));
  return (
    <fieldset className="fw-group">
      <legend>{t(m.serialParts)}</legend>
      <ol className="fw-serial-parts">
        {parts.map((part, index) => {
          const n = index + 1;
          return (
            <li key={index}>
              <span>{t(KIND_NAMES[part.kind])}</span>
              {part.kind === 'counter' ? (
                <>
                  <NumberSetting label={t(m.serialDigits, { n })} value={part.digits} min={1} max={12} step={1} onCommit={(digits) => replace(index, { ...part, digits: digits ?? 4 })} />
                  <SelectSetting
                    label={t(m.serialReset, { n })}
                    value={part.reset ?? 'never'}
                    options={[
                      { value: 'never', label: t(m.resetNever) },
                      { value: 'day', label: t(m.resetDay) },
                      { value: 'month', label: t(m.resetMonth) },
                      { value: 'year', label: t(m.resetYear) },
                    ]}
                    onChange={(reset) => replace(index, { ...part, reset: reset || 'never' })}
                  />
                </>
              ) : null}
              {part.kind === 'date' ? (
                <SelectSetting
                  label={t(m.serialDateFormat, { n })}
                  value={part.format}
                  options={(['YYYYMMDD', 'YYMMDD', 'YYYYMM', 'YYYY'] as const).map((format) => ({ value: format, label: format }))}
                  onChange={(format) => replace(index, { ...part, format: format || 'YYYYMMDD' })}
                />
              ) : null}
              {part.kind === 'text' ? (
                <TextSetting label={t(m.serialTextValue, { n })} value={part.value} onCommit={(value) => replace(index, { ...part, value })} />
              ) : null}
              {part.kind === 'field' ? (
                <SelectSetting<string>
                  label={t(m.serialFieldValue, { n })}
                  value={part.field}
                  options={[{ value: '', label: t(m.choose) }, ...fields.map((entry) => ({ value: entry.field.id, label: entry.field.label }))]}
                  onChange={(id) => replace(index, { ...part, field: id })}
                />
              ) : null}
              <button type="button" className="fw-icon-btn fw-btn-danger" aria-label={t(m.serialRemove, { n })} onClick={() => set(parts.filter((_, i) => i !== index))}>
                ✕
              </button>
            </li>
          );
        })}
      </ol>
      {(Object.keys(NEW_PART) as SerialPart['kind'][]).map((kind) => (
        <button key={kind} type="button" className="fw-btn-small fw-btn-dashed" onClick={() => set([...parts, NEW_PART[kind]])}>
          {t(m.serialAdd, { kind: t(KIND_NAMES[kind]) })}
        </button>
      ))}
    </fieldset>
  );
}
