import type { LocalizedText } from '../i18n/Locale.js';

/**
 * One fault found in a document: where (an RFC 6901 JSON pointer into the document as given),
 * what kind (a stable code for programs), and a message for people in every locale.
 */
export interface DocumentIssue {
  /**
   * Where: `''` is the whole document; for a missing property, the pointer it would have
   * (`/fields/2/label`); for an unknown property, that property's pointer.
   */
  readonly pointer: string;
  /**
   * What, for programs. Reading: `notAnObject`, `notJson`, `forbiddenKey`, `tooDeep`, `tooLarge`,
   * `unreadable`. Envelope: `required` (of `kind`/`schemaVersion`), `unknownKind`, `wrongKind`,
   * `invalidSchemaVersion`, `futureSchemaVersion`, `missingMigration`, `migrationFailed`. Shape:
   * `required`, `unknownProperty`, `notAllowed`, `type`, `enum`, `const`, `pattern`, `invalidId`,
   * `reservedId`, `tooShort`, `tooLong`, `tooSmall`, `tooLarge`, `tooFew`, `tooMany`,
   * `duplicateItems`, `unknownFieldType`, `notAllowedInSubform`, `invalid`. Meaning: `duplicateFieldId`,
   * `duplicateAlias`, `duplicateOptionValue`, `minAboveMax`, `invalidPattern`, `serialCounter`,
   * `unknownField`, `notALinkField`, `linkFieldOutOfReach`, `invalidFieldReference`,
   * `duplicateRuleId`, `duplicateNodeId`, `duplicateEdgeId`, `unknownNode`, `startNodeCount`,
   * `noEndNode`, `duplicateItemId`, `duplicateGrade`, `duplicateWidgetId`, `duplicateFilterId`,
   * `outsideGrid`, `unknownWidget`, `duplicateKey`, `unknownFormKey`. Lists: `moreIssues`,
   * `firstFaultOnly` (at `''`, about the list itself).
   */
  readonly code: string;
  readonly message: LocalizedText;
}

/** The result of every `parse…` function: the typed, migrated document, or every fault found. */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T; readonly migratedFrom?: number }
  | { readonly ok: false; readonly errors: readonly DocumentIssue[] };
