import type { FileRef } from '../../engine/index.js';

/** Whether a stored value is a FileRef (records from older versions or imports may hold anything). */
export function isFileRef(value: unknown): value is FileRef {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof FileRef, unknown>>;
  return typeof candidate.fileId === 'string' && typeof candidate.name === 'string';
}
