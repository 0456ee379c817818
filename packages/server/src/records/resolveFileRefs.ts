import type { CompiledForm, FieldError, FileRef, Locale, LocalizedText } from '@formwork/runtime';
import type { FileStore, StoredFile } from '../storage/FileStore.js';
import { replaceFieldValues, type FieldValueSite } from './forEachFieldValue.js';

/**
 * Replaces every FileRef a client sent by the server's own record of the file (name, size and
 * MIME type as uploaded and checked), before the engine validates the record — so a field's
 * `maxSizeMB` and `accept` are checked against the truth, not against what the client claims.
 *
 * A file may be referenced by its uploader, or kept by a record that already referenced it;
 * any other id is an `unknown_file` error (the same for a missing file and someone else's, so ids
 * cannot be probed).
 */
export async function resolveFileRefs(
  form: Pick<CompiledForm, 'valueFields'>,
  input: unknown,
  files: Pick<FileStore, 'findById'>,
  userId: string,
  keptFileIds: ReadonlySet<string>,
  locale: Locale,
): Promise<{ data: unknown; errors: FieldError[] }> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { data: input, errors: [] };
  const record = input as Record<string, unknown>;
  /** The items of a file field at a site, or undefined for any other field or shape. */
  const itemsAt = (site: FieldValueSite): unknown[] | undefined => {
    if (site.field.type !== 'image' && site.field.type !== 'attachment' && site.field.type !== 'signature') return undefined;
    return Array.isArray(site.value) ? (site.value as unknown[]) : undefined;
  };
  // The walk is synchronous: read the referenced files first, then replace from them.
  const wanted = new Set<string>();
  replaceFieldValues(form, record, (site) => {
    for (const item of itemsAt(site) ?? []) {
      const fileId = fileIdOf(item);
      if (fileId !== undefined) wanted.add(fileId);
    }
    return undefined;
  });
  const found = new Map<string, StoredFile | undefined>();
  for (const fileId of wanted) found.set(fileId, await files.findById(fileId));
  const errors: FieldError[] = [];
  const data = replaceFieldValues(form, record, (site) => {
    const items = itemsAt(site);
    if (!items) return undefined;
    return items.map((item: unknown, index) => {
      const fileId = fileIdOf(item);
      if (fileId === undefined) return item;
      const file = found.get(fileId);
      if (!file || (file.uploaderId !== userId && !keptFileIds.has(file.id))) {
        errors.push({
          fieldId: site.field.id,
          pointer: `${site.pointer}/${index}`,
          code: 'unknown_file',
          message: unknownFile(site.field.label, index + 1)[locale],
        });
        return item;
      }
      return { fileId: file.id, name: file.name, size: file.size, mimeType: file.mimeType } satisfies FileRef;
    });
  });
  return { data, errors };
}

/** The `fileId` a client sent for a file item, or undefined for anything else. */
function fileIdOf(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const fileId = (item as { fileId?: unknown }).fileId;
  return typeof fileId === 'string' ? fileId : undefined;
}

/**
 * The ids of every file a record's data references, wherever it sits — current fields, subform
 * rows, and fields removed from the form since (their files stay reachable with their values).
 */
export function fileIdsOf(data: unknown): Set<string> {
  const ids = new Set<string>();
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (const item of value as unknown[]) {
        if (isFileRef(item)) ids.add(item.fileId);
        else stack.push(item);
      }
    } else if (typeof value === 'object' && value !== null) {
      stack.push(...Object.values(value));
    }
  }
  return ids;
}

function isFileRef(value: unknown): value is FileRef {
  return typeof value === 'object' && value !== null && typeof (value as FileRef).fileId === 'string' && typeof (value as FileRef).mimeType === 'string';
}

function unknownFile(label: string, position: number): LocalizedText {
  return { 'zh-CN': `${label}：第 ${position} 个文件不存在，请重新上传`, en: `${label}: file ${position} was not found; upload it again` };
}
