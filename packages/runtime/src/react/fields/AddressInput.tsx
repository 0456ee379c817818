import type { AddressField, AddressValue } from '../../engine/index.js';
import { formatMessage } from '../i18n/rendererMessages.js';
import { chinaProvinces } from './chinaProvinces.js';
import type { FieldControlProps } from './FieldControlProps.js';

const levels = ['province', 'city', 'district', 'detail'] as const;
type Part = (typeof levels)[number];

/** Province (a list), city, district and street (typed), as deep as the field's `level` goes. */
export function AddressInput({ field, value, onChange, onBlur, inputId, describedBy, invalid, required, readOnly, locale }: FieldControlProps<AddressField>) {
  const address: AddressValue = isAddress(value) ? value : {};
  const depth = levels.indexOf(field.level ?? 'detail');
  const parts = levels.slice(0, depth + 1);
  const set = (part: Part, text: string): void => {
    const next: Record<string, string> = {};
    for (const key of levels) {
      const current = key === part ? text : address[key];
      if (current !== undefined && current !== '') next[key] = current;
    }
    onChange(Object.keys(next).length === 0 ? undefined : next);
  };
  const common = { 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy, onBlur, disabled: readOnly };
  return (
    <div className="fw-address">
      {parts.map((part, index) => {
        const id = index === 0 ? inputId : `${inputId}-${part}`;
        const label = formatMessage(locale, part === 'detail' ? 'addressDetail' : part);
        return (
          <div key={part} className={`fw-address__part fw-address__part--${part}`}>
            <label className="fw-sublabel" htmlFor={id}>
              {label}
            </label>
            {part === 'province' ? (
              <select id={id} className="fw-input" value={address.province ?? ''} required={required} onChange={(e) => set('province', e.target.value)} {...common}>
                <option value="">{formatMessage(locale, 'pleaseSelect')}</option>
                {chinaProvinces.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={id}
                className="fw-input"
                type="text"
                autoComplete={part === 'detail' ? 'street-address' : part === 'city' ? 'address-level2' : 'address-level3'}
                value={address[part] ?? ''}
                onChange={(e) => set(part, e.target.value)}
                {...common}
              />
            )}
          </div>
        );
      })}
    </div>
  );
}

function isAddress(value: unknown): value is AddressValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
