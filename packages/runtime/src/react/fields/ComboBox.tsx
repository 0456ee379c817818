import { useEffect, useRef, useState } from 'react';
import type { Locale } from '../../engine/index.js';
import { formatMessage } from '../i18n/rendererMessages.js';

export interface ComboOption {
  readonly value: string;
  readonly label: string;
  readonly detail?: string;
  readonly color?: string;
}

export interface ComboBoxProps {
  readonly inputId: string;
  readonly describedBy: string | undefined;
  readonly invalid: boolean;
  readonly required: boolean;
  readonly readOnly: boolean;
  readonly locale: Locale;
  readonly multiple: boolean;
  /** The chosen options, in order, with their labels. */
  readonly selected: readonly ComboOption[];
  /** Options matching what was typed; may be async (server search). */
  readonly loadOptions: (query: string) => readonly ComboOption[] | Promise<readonly ComboOption[]>;
  readonly onChange: (selected: readonly ComboOption[]) => void;
  readonly onBlur: () => void;
  readonly placeholder?: string | undefined;
  /** Set for server searches: how long to wait after a keystroke before searching. */
  readonly searchDelayMs?: number;
}

/**
 * A searchable picker following the WAI-ARIA combobox pattern: type to filter, arrows to move,
 * Enter to pick, Escape to close; with `multiple`, picks show as removable tags and Backspace in
 * an empty box removes the last. Select, multi-select, member, department and link fields use it.
 */
export function ComboBox(props: ComboBoxProps) {
  const { inputId, describedBy, invalid, required, readOnly, locale, multiple, selected, loadOptions, onChange, onBlur, placeholder, searchDelayMs } = props;
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [options, setOptions] = useState<readonly ComboOption[] | null>(null);
  const [active, setActive] = useState(0);
  const listboxId = `${inputId}-listbox`;
  const loader = useRef(loadOptions);
  loader.current = loadOptions;

  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    const run = (): void => {
      const result = loader.current(query ?? '');
      if (Array.isArray(result)) setOptions(result);
      else
        void Promise.resolve(result).then(
          (found) => !cancelled && setOptions(found),
          () => !cancelled && setOptions([]),
        );
    };
    if (searchDelayMs === undefined) {
      run();
      return;
    }
    // A server search waits for a pause in typing: one request per word, not one per letter.
    const timer = setTimeout(run, query === null ? 0 : searchDelayMs);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [open, query, searchDelayMs]);

  const chosen = new Set(selected.map((o) => o.value));
  const pick = (option: ComboOption): void => {
    if (multiple) {
      onChange(chosen.has(option.value) ? selected.filter((o) => o.value !== option.value) : [...selected, option]);
      setQuery('');
    } else {
      onChange([option]);
      setQuery(null);
      setOpen(false);
    }
  };
  const shownText = query ?? (multiple ? '' : (selected[0]?.label ?? ''));
  const list = options ?? [];
  const activeOption = open ? list[Math.min(active, list.length - 1)] : undefined;

  return (
    <div className={`fw-combo${multiple ? ' fw-combo--multiple' : ''}`}>
      {multiple && selected.length > 0 && (
        <ul className="fw-tags" aria-label={formatMessage(locale, 'pleaseSelect')}>
          {selected.map((option) => (
            <li key={option.value} className="fw-tag">
              {option.label}
              {!readOnly && (
                <button
                  type="button"
                  className="fw-tag__remove"
                  aria-label={formatMessage(locale, 'removeItem', { name: option.label })}
                  onClick={() => onChange(selected.filter((o) => o.value !== option.value))}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="fw-combo__box">
        <input
          id={inputId}
          className="fw-input fw-combo__input"
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listboxId}
          aria-activedescendant={activeOption ? `${listboxId}-${activeOption.value}` : undefined}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          aria-required={required || undefined}
          readOnly={readOnly}
          placeholder={placeholder ?? formatMessage(locale, 'pleaseSelect')}
          value={shownText}
          onFocus={() => !readOnly && setOpen(true)}
          onClick={() => !readOnly && setOpen(true)}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
            setOpen(true);
          }}
          onKeyDown={(event) => {
            if (readOnly) return;
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              if (!open) setOpen(true);
              else setActive((i) => Math.min(i + 1, Math.max(list.length - 1, 0)));
            } else if (event.key === 'ArrowUp') {
              event.preventDefault();
              setActive((i) => Math.max(i - 1, 0));
            } else if (event.key === 'Enter') {
              if (open && activeOption) {
                event.preventDefault();
                pick(activeOption);
              }
            } else if (event.key === 'Escape') {
              // An open list takes this Escape: a dialog around the form (the designer's preview)
              // must not close with it. A closed one lets Escape go on.
              if (open) event.stopPropagation();
              setOpen(false);
              setQuery(null);
            } else if (event.key === 'Backspace' && multiple && shownText === '' && selected.length > 0) {
              onChange(selected.slice(0, -1));
            }
          }}
          onBlur={() => {
            setOpen(false);
            setQuery(null);
            onBlur();
          }}
        />
        {!multiple && !readOnly && selected.length > 0 && (
          <button
            type="button"
            className="fw-combo__clear"
            aria-label={formatMessage(locale, 'clear')}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onChange([])}
          >
            ×
          </button>
        )}
      </div>
      {open && (
        // tabIndex -1: Chromium puts a scrolling element with no tabindex in the Tab order (a long
        // list such as the provinces scrolls), so Tab would land on the list, whose input's blur
        // removes it, and focus would drop to <body>. The options are reached with the arrows.
        <ul id={listboxId} className="fw-listbox" role="listbox" tabIndex={-1} aria-multiselectable={multiple || undefined}>
          {options === null && <li className="fw-listbox__note">{formatMessage(locale, 'loading')}</li>}
          {options !== null && list.length === 0 && <li className="fw-listbox__note">{formatMessage(locale, 'noMatches')}</li>}
          {list.map((option) => (
            <li
              key={option.value}
              id={`${listboxId}-${option.value}`}
              role="option"
              aria-selected={chosen.has(option.value)}
              className={`fw-listbox__option${option === activeOption ? ' is-active' : ''}`}
              // Keeps focus in the input so that blur does not close the list before the click lands.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(option)}
            >
              {option.color !== undefined && <span className="fw-option__dot" style={{ background: option.color }} aria-hidden="true" />}
              <span>{option.label}</span>
              {option.detail !== undefined && <span className="fw-listbox__detail">{option.detail}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Options whose label contains the query, case-insensitively (for lists the form carries). */
export function filterOptions(options: readonly ComboOption[], query: string): readonly ComboOption[] {
  const needle = query.trim().toLowerCase();
  return needle === '' ? options : options.filter((o) => o.label.toLowerCase().includes(needle) || o.value.toLowerCase() === needle);
}
