import type { CompiledForm } from '@formwork/runtime';
import type { FieldHistoryEntry } from '../forms/collectFieldHistory.js';
import type { QueryField } from '../query/QueryField.js';
import type { FormVersion } from '../storage/FormStore.js';
import type { ValueColumn } from './ValueColumn.js';

/**
 * A published form as the records layer works with it: the version records are validated
 * against, compiled once, and every field the form ever had (its history), as query fields and
 * value-table columns. Built once per (form, version) and cached: versions never change.
 */
export interface RecordForm {
  readonly formId: string;
  readonly version: FormVersion;
  readonly compiled: CompiledForm;
  /** Every value field of every version, current ones first (see collectFieldHistory). */
  readonly history: readonly FieldHistoryEntry[];
  readonly queryFields: ReadonlyMap<string, QueryField>;
  readonly columns: readonly ValueColumn[];
  /** Top-level fields of earlier versions that the current one no longer has: their values are kept as they are. */
  readonly removedFieldIds: ReadonlySet<string>;
  /** What the current version holds that needs the server beyond the engine (so saves skip what a form lacks). */
  readonly needs: { readonly files: boolean; readonly references: boolean; readonly lookups: boolean };
  /** Archived by an admin: only admins see it, and its records are read-only. */
  readonly archived: boolean;
}
