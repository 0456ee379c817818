import { ApiError } from '../../api/ApiError.js';
import type { ImportRowError } from '../../api/OrgApi.js';

/** The bad rows a refused import lists, and how many problems there were in all. */
export interface ImportRowErrors {
  readonly errors: readonly ImportRowError[];
  readonly errorCount: number;
}

/**
 * The row errors of a 400 `import_invalid` (`details: { errorCount, errors: [{ row, column,
 * message }] }`), or null for any other failure. Malformed entries are skipped, not trusted.
 */
export function importRowErrorsOf(error: unknown): ImportRowErrors | null {
  if (!(error instanceof ApiError) || error.code !== 'import_invalid') return null;
  const details = typeof error.details === 'object' && error.details !== null ? (error.details as { errors?: unknown; errorCount?: unknown }) : {};
  const errors = (Array.isArray(details.errors) ? (details.errors as unknown[]) : []).flatMap((entry): ImportRowError[] => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { row, column, message } = entry as { row?: unknown; column?: unknown; message?: unknown };
    if (typeof row !== 'number' || typeof message !== 'string') return [];
    return [{ row, column: typeof column === 'string' && column !== '' ? column : null, message }];
  });
  return { errors, errorCount: typeof details.errorCount === 'number' ? details.errorCount : errors.length };
}
