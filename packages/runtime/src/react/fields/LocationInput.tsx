import { useState } from 'react';
import type { LocationField, LocationValue } from '../../engine/index.js';
import { formatMessage } from '../i18n/rendererMessages.js';
import type { FieldControlProps } from './FieldControlProps.js';

/** A place: the device's position (through `services.locate`) plus an address line the user can edit. */
export function LocationInput({ value, onChange, onBlur, inputId, describedBy, invalid, readOnly, locale, services }: FieldControlProps<LocationField>) {
  const [status, setStatus] = useState<'idle' | 'locating' | 'failed'>('idle');
  const location = isLocation(value) ? value : undefined;
  const locate = services.locate;
  return (
    <div className="fw-location">
      <div className="fw-location__row">
        <input
          id={inputId}
          className="fw-input"
          type="text"
          value={location?.address ?? ''}
          readOnly={readOnly || location === undefined}
          placeholder={location === undefined ? formatMessage(locale, 'locate') : undefined}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(e) => location && onChange(e.target.value === '' ? { lat: location.lat, lng: location.lng } : { ...location, address: e.target.value })}
          onBlur={onBlur}
        />
        {!readOnly && (
          <button
            type="button"
            className="fw-button"
            disabled={!locate || status === 'locating'}
            onClick={() => {
              if (!locate) return;
              setStatus('locating');
              locate().then(
                (position) => {
                  setStatus('idle');
                  onChange(location?.address ? { ...position, address: location.address } : position);
                },
                () => setStatus('failed'),
              );
            }}
          >
            {formatMessage(locale, status === 'locating' ? 'locating' : 'locate')}
          </button>
        )}
      </div>
      {location !== undefined && (
        <p className="fw-hint">
          {formatMessage(locale, 'latitude')} {location.lat.toFixed(6)}, {formatMessage(locale, 'longitude')} {location.lng.toFixed(6)}
        </p>
      )}
      {status === 'failed' && (
        <p className="fw-hint fw-hint--error" role="status">
          {formatMessage(locale, 'locationUnavailable')}
        </p>
      )}
    </div>
  );
}

function isLocation(value: unknown): value is LocationValue {
  return typeof value === 'object' && value !== null && typeof (value as { lat?: unknown }).lat === 'number' && typeof (value as { lng?: unknown }).lng === 'number';
}
