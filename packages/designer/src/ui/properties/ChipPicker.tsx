import { propertyMessages as m } from '../../i18n/propertyMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { useFieldId } from './useFieldId.js';

export interface ChipPickerOption {
  readonly value: string;
  readonly label: string;
}

export interface ChipPickerProps {
  readonly label: string;
  /** The chosen values, in the order they were added. */
  readonly chosen: readonly string[];
  readonly options: readonly ChipPickerOption[];
  readonly onChange: (chosen: readonly string[]) => void;
  /** The drop-down's name, e.g. "Add a user". */
  readonly addLabel: string;
  /** Shown when nothing is chosen. */
  readonly emptyText?: string;
}

/**
 * Several values picked from a list: what is chosen shows as chips with a remove button, and a
 * drop-down of what is left adds one at once. A chosen value missing from the options (a deleted
 * user, a list that could not be read) shows as its raw value, so it can still be removed.
 */
export function ChipPicker({ label, chosen, options, onChange, addLabel, emptyText }: ChipPickerProps) {
  const { t } = useLocale();
  const id = useFieldId();
  const labelOf = new Map(options.map((option) => [option.value, option.label]));
  const left = options.filter((option) => !chosen.includes(option.value));
  return (
    <div className="fw-setting" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="fw-picker-label">
        {label}
      </span>
      {chosen.length > 0 ? (
        <ul className="fw-chips">
          {chosen.map((value) => {
            const name = labelOf.get(value) ?? value;
            return (
              <li key={value} className="fw-chip">
                <span>{name}</span>
                <button
                  type="button"
                  className="fw-icon-btn"
                  aria-label={t(m.removeChosen, { name })}
                  onClick={() => onChange(chosen.filter((each) => each !== value))}
                >
                  ✕
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="fw-muted">{emptyText ?? t(m.noneChosen)}</p>
      )}
      {left.length > 0 ? (
        <select
          aria-label={addLabel}
          value=""
          onChange={(event) => {
            if (event.target.value !== '') onChange([...chosen, event.target.value]);
          }}
        >
          <option value="">{`${addLabel}…`}</option>
          {left.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : null}
    </div>
  );
}
