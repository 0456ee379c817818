import type { AddressField, LocationField } from '../../documents/form/FormSchema.js';
import { fieldLimits } from '../fieldLimits.js';
import { unsafeTextFault } from './compileTextCheck.js';
import { isPlainObject, typeFault } from './FieldCheck.js';
import type { FieldCheck } from './FieldCheck.js';

const addressPartLimits: Readonly<Record<string, number>> = {
  province: fieldLimits.addressPartMaxLength,
  city: fieldLimits.addressPartMaxLength,
  district: fieldLimits.addressPartMaxLength,
  detail: fieldLimits.addressDetailMaxLength,
};

/** Address: an object of the parts province, city, district, detail (one-line strings; empty parts allowed). */
export function compileAddressCheck(_field: AddressField): FieldCheck {
  const notAddress = typeFault('address');
  return (value) => {
    if (!isPlainObject(value)) return notAddress;
    for (const key of Object.keys(value)) {
      const limit = Object.hasOwn(addressPartLimits, key) ? addressPartLimits[key] : undefined;
      const part = value[key];
      if (limit === undefined) return notAddress;
      if (part === null) continue;
      if (typeof part !== 'string') return notAddress;
      if (part.length > limit) return { code: 'maxLength', params: { maxLength: limit } };
      const unsafe = unsafeTextFault(part, false);
      if (unsafe !== undefined) return unsafe;
    }
    return undefined;
  };
}

function isCoordinate(value: unknown, bound: number): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= -bound && value <= bound;
}

/** Location: `{ lat, lng, address? }` with real coordinates. */
export function compileLocationCheck(_field: LocationField): FieldCheck {
  const notLocation = typeFault('location');
  return (value) => {
    if (!isPlainObject(value)) return notLocation;
    for (const key of Object.keys(value)) {
      if (key !== 'lat' && key !== 'lng' && key !== 'address') return notLocation;
    }
    if (!isCoordinate(value.lat, 90) || !isCoordinate(value.lng, 180)) return notLocation;
    const address = Object.hasOwn(value, 'address') ? value.address : undefined;
    if (address !== undefined && (typeof address !== 'string' || address.length > fieldLimits.locationAddressMaxLength)) return notLocation;
    return typeof address === 'string' ? unsafeTextFault(address, false) : undefined;
  };
}
