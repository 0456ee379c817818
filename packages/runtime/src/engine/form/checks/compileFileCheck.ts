import type { FileField } from '../../documents/form/FormSchema.js';
import { maxFileCount } from '../buildRecordSchema.js';
import { fieldLimits } from '../fieldLimits.js';
import type { Fault } from '../messages/createFieldError.js';
import { isPlainObject, typeFault } from './FieldCheck.js';
import type { FieldCheck } from './FieldCheck.js';

const FILE_KEYS = new Set(['fileId', 'name', 'size', 'mimeType']);

function isBoundedText(value: unknown, min: number, max: number): boolean {
  return typeof value === 'string' && value.length >= min && value.length <= max;
}

function isFileRef(value: unknown): value is { fileId: string; name: string; size: number; mimeType: string } {
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length === 4 &&
    keys.every((key) => FILE_KEYS.has(key)) &&
    isBoundedText(value.fileId, 1, fieldLimits.idMaxLength) &&
    isBoundedText(value.name, 1, fieldLimits.fileNameMaxLength) &&
    isBoundedText(value.mimeType, 0, fieldLimits.mimeTypeMaxLength) &&
    typeof value.size === 'number' &&
    Number.isInteger(value.size) &&
    value.size >= 0
  );
}

/**
 * Whether a file matches an `accept` entry: `.pdf` (by name), `image/*` (by MIME family) or
 * `application/pdf` (exact MIME type), case-insensitively.
 */
export function fileMatchesAccept(file: { readonly name: string; readonly mimeType: string }, accept: readonly string[]): boolean {
  const name = file.name.toLowerCase();
  const mime = file.mimeType.toLowerCase();
  return accept.some((entry) => {
    const rule = entry.trim().toLowerCase();
    if (rule.startsWith('.')) return name.endsWith(rule);
    if (rule.endsWith('/*')) return mime.startsWith(rule.slice(0, -1));
    return mime === rule;
  });
}

/** Image, attachment, signature: a list of FileRefs, at most maxFiles (a signature: one), each within size and type. */
export function compileFileCheck(field: FileField): FieldCheck {
  const notFiles = typeFault('files');
  const maxFiles = maxFileCount(field) ?? Number.POSITIVE_INFINITY;
  const tooMany: Fault = { code: 'maxFiles', params: { max: maxFiles } };
  const maxBytes = field.maxSizeMB === undefined ? Number.POSITIVE_INFINITY : Math.floor(field.maxSizeMB * 1024 * 1024);
  const tooBig: Fault = { code: 'fileSize', params: { maxSizeMB: field.maxSizeMB } };
  const accept = field.accept !== undefined && field.accept.length > 0 ? field.accept : undefined;
  const wrongType: Fault = { code: 'fileType', params: { accept } };
  return (value) => {
    if (!Array.isArray(value)) return notFiles;
    for (const item of value as readonly unknown[]) if (!isFileRef(item)) return notFiles;
    const files = value as readonly { name: string; size: number; mimeType: string }[];
    if (files.length > maxFiles) return tooMany;
    for (const file of files) {
      if (file.size > maxBytes) return tooBig;
      if (accept !== undefined && !fileMatchesAccept(file, accept)) return wrongType;
    }
    return undefined;
  };
}
