import { checkDocumentKind } from './checkDocumentKind.js';
import type { MetaSchemaCheck } from './MetaSchemaCheck.js';
import { copyJsonDocument } from './copyJsonDocument.js';
import type { DocumentGlossary } from './DocumentGlossary.js';
import type { DocumentIssue, ParseResult } from './DocumentIssue.js';
import type { DocumentKind } from './DocumentKind.js';
import type { JsonObject } from './JsonValue.js';
import { migrateDocument, type DocumentMigrations } from './migrateDocument.js';
import { maxReportedIssues, translateAjvErrors } from './translateAjvErrors.js';

/**
 * Up to this many values, an invalid document gets every fault listed; above it, only the first
 * (collecting all of them costs time quadratic in their number, see `MetaSchemaCheck`). A
 * 500-field form holds under 10,000 values; a bundle's documents are each counted on their own.
 */
export const fullReportLimit = 10_000;

/** Everything the shared parse pipeline needs to know about one kind of document. */
export interface DocumentSpec<T> {
  readonly kind: DocumentKind;
  readonly currentVersion: number;
  readonly migrations: DocumentMigrations;
  readonly metaSchema: MetaSchemaCheck;
  readonly glossary: DocumentGlossary;
  /**
   * What the meta-schema cannot say (duplicate ids, references between fields, embedded
   * documents): runs only on a document that conforms, and may return a refined value.
   */
  readonly refine?: (document: T) => ParseResult<T>;
}

/**
 * The one way every document comes in: copy into fresh JSON (hostile input stops here), check the
 * envelope, migrate forward, validate against the meta-schema, then the kind's own checks. Never
 * throws; a document either comes back whole and typed, or not at all with every fault found.
 */
export function parseWithSpec<T>(input: unknown, spec: DocumentSpec<T>): ParseResult<T> {
  const copy = copyJsonDocument(input);
  if (!copy.ok) return copy;
  const kindIssue = checkDocumentKind(copy.value, spec.kind);
  if (kindIssue !== undefined) return { ok: false, errors: [kindIssue] };
  const migrated = migrateDocument(copy.value as JsonObject, spec.migrations, spec.currentVersion);
  if (!migrated.ok) return migrated;
  const firstFaults = spec.metaSchema(migrated.value, 'first');
  if (firstFaults.length > 0) {
    if (copy.size <= fullReportLimit) {
      return { ok: false, errors: translateAjvErrors(spec.metaSchema(migrated.value, 'all'), migrated.value, spec.glossary) };
    }
    return { ok: false, errors: [...translateAjvErrors(firstFaults, migrated.value, spec.glossary), firstFaultOnly(copy.size)] };
  }
  // The meta-schema describes T exactly: a conforming document is a T.
  const document = migrated.value as unknown as T;
  const refined = spec.refine === undefined ? { ok: true as const, value: document } : spec.refine(document);
  if (!refined.ok) return { ok: false, errors: capIssues(refined.errors) };
  if (migrated.migratedFrom === undefined) return refined;
  return { ok: true, value: refined.value, migratedFrom: migrated.migratedFrom };
}

function firstFaultOnly(size: number): DocumentIssue {
  return {
    pointer: '',
    code: 'firstFaultOnly',
    message: {
      'zh-CN': `文档较大（${size} 个值），只列出了第一个问题；改正后再次检查可发现其余问题`,
      en: `The document is large (${size} values), so only its first problem is listed; fix it and check again to find any others`,
    },
  };
}

/** The first `maxReportedIssues` issues, and a count of the rest. */
function capIssues(issues: readonly DocumentIssue[]): readonly DocumentIssue[] {
  if (issues.length <= maxReportedIssues) return issues;
  const hidden = issues.length - maxReportedIssues;
  return [
    ...issues.slice(0, maxReportedIssues),
    { pointer: '', code: 'moreIssues', message: { 'zh-CN': `还有 ${hidden} 个问题未列出`, en: `${hidden} more problems are not listed` } },
  ];
}
