import type { AddressField, AddressValue } from '../../engine/index.js';
import { formatMessage, type RendererMessageKey } from '../i18n/rendererMessages.js';
import type { ChinaRegions } from './ChinaRegions.js';
import { ComboBox, filterOptions, type ComboOption } from './ComboBox.js';
import type { FieldControlProps } from './FieldControlProps.js';
import { loadChinaRegions } from './loadChinaRegions.js';
import { useChinaRegions } from './useChinaRegions.js';

const levels = ['province', 'city', 'district', 'detail'] as const;
type Part = (typeof levels)[number];
type Region = Exclude<Part, 'detail'>;

const labelKeys: Record<Part, RendererMessageKey> = { province: 'province', city: 'city', district: 'district', detail: 'addressDetail' };
const autoCompletes: Record<Part, string> = { province: 'address-level1', city: 'address-level2', district: 'address-level3', detail: 'street-address' };

/**
 * Province → city → district pickers over the official region lists, then the street typed, as
 * deep as the field's `level` goes. Names are stored, not codes, so that exports read well; a
 * stored name missing from the lists (an old record) still shows. The lists load lazily; if they
 * cannot, the parts become plain text boxes so that the form can still be filled.
 */
export function AddressInput({ field, value, onChange, onBlur, inputId, describedBy, invalid, required, readOnly, locale }: FieldControlProps<AddressField>) {
  const address = readAddress(value);
  const parts = levels.slice(0, levels.indexOf(field.level ?? 'detail') + 1);
  const state = useChinaRegions(!readOnly);
  const regions = state.status === 'ready' ? state.regions : undefined;

  const update = (changes: Partial<Record<Part, string | undefined>>): void => {
    const next: Record<string, string> = {};
    for (const key of levels) {
      const current = Object.hasOwn(changes, key) ? changes[key] : address[key];
      if (current !== undefined && current !== '') next[key] = current;
    }
    onChange(Object.keys(next).length === 0 ? undefined : next);
  };
  const choose = (part: Region, name: string | undefined): void => {
    if (name === address[part]) return;
    if (part === 'province') {
      // A municipality (北京市, 上海市, 天津市) has a single city: pick it, go straight to districts.
      const cities = name === undefined || !regions ? [] : regions.citiesOf(name);
      update({ province: name, city: cities.length === 1 ? cities[0] : undefined, district: undefined });
    } else if (part === 'city') update({ city: name, district: undefined });
    else update({ district: name });
  };

  return (
    <>
      <div className="fw-address">
        {parts.map((part, index) => {
          const id = index === 0 ? inputId : `${inputId}-${part}`;
          const stored = address[part];
          const common = { 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy, onBlur };
          let control;
          if (part === 'detail' || state.status === 'failed') {
            control = (
              <input
                id={id}
                className="fw-input"
                type="text"
                autoComplete={autoCompletes[part]}
                value={stored ?? ''}
                required={required && part === 'province'}
                readOnly={readOnly}
                onChange={(event) => (part === 'detail' ? update({ detail: event.target.value }) : choose(part, event.target.value))}
                {...common}
              />
            );
          } else {
            const parent = part === 'city' ? address.province : part === 'district' ? address.city : '';
            const waiting = parent === undefined;
            control = (
              <ComboBox
                inputId={id}
                describedBy={describedBy}
                invalid={invalid}
                required={required && part === 'province'}
                readOnly={readOnly || (waiting && stored === undefined)}
                locale={locale}
                multiple={false}
                placeholder={waiting ? formatMessage(locale, part === 'city' ? 'chooseProvinceFirst' : 'chooseCityFirst') : undefined}
                selected={stored === undefined ? [] : [{ value: stored, label: stored }]}
                loadOptions={(query) =>
                  regions ? filterOptions(regionOptions(regions, part, address), query) : loadChinaRegions().then((loaded) => filterOptions(regionOptions(loaded, part, address), query))
                }
                onChange={(next) => choose(part, next[0]?.value)}
                onBlur={onBlur}
              />
            );
          }
          return (
            <div key={part} className={`fw-address__part fw-address__part--${part}`}>
              <label className="fw-sublabel" htmlFor={id}>
                {formatMessage(locale, labelKeys[part])}
              </label>
              {control}
            </div>
          );
        })}
      </div>
      {(state.status === 'loading' || state.status === 'failed') && (
        <p className="fw-hint" role="status">
          {formatMessage(locale, state.status === 'loading' ? 'regionsLoading' : 'regionsFailed')}
        </p>
      )}
    </>
  );
}

/** The choices for one part, given the parts above it. */
function regionOptions(regions: ChinaRegions, part: Region, address: AddressValue): readonly ComboOption[] {
  const names =
    part === 'province'
      ? regions.provinces
      : part === 'city'
        ? regions.citiesOf(address.province ?? '')
        : regions.districtsOf(address.province ?? '', address.city ?? '');
  return names.map((name) => ({ value: name, label: name }));
}

/** The stored address, keeping only string parts: a damaged record must not break the form. */
function readAddress(value: unknown): AddressValue {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const address: Partial<Record<Part, string>> = {};
  for (const part of levels) {
    const text: unknown = Object.hasOwn(value, part) ? (value as Record<string, unknown>)[part] : undefined;
    if (typeof text === 'string' && text !== '') address[part] = text;
  }
  return address;
}
