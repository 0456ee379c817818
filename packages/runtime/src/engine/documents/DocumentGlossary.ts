import type { ErrorObject } from 'ajv/dist/2020.js';
import type { LocalizedText } from '../i18n/Locale.js';
import type { DocumentIssue } from './DocumentIssue.js';
import type { JsonValue } from './JsonValue.js';

/**
 * The words a kind of document is described in, so that a fault reads "第 3 个字段缺少“标题”"
 * and not "/fields/2 must have required property 'label'".
 */
export interface DocumentGlossary {
  /** The document itself as a noun: `表单` / `the form`. */
  readonly document: LocalizedText;
  /**
   * Arrays whose items are things people name, by property: `fields` → `个字段` / `field`, read as
   * "第 3 个字段" / "field 3". The Chinese carries its measure word.
   */
  readonly collections: Readonly<Record<string, LocalizedText>>;
  /** The same, where the collection sits inside an item (a subform's `fields` are 子字段 / sub-fields). */
  readonly nestedCollections?: Readonly<Record<string, LocalizedText>>;
  /** Names of properties: `label` → `标题` / `label`. Keys missing here are shown as they are. */
  readonly properties: Readonly<Record<string, LocalizedText>>;
  /** What sort of thing an item is, when that helps: `“数字”字段` / `a Number field`. */
  readonly itemKind?: (collection: string, item: JsonValue) => LocalizedText | undefined;
  /** Messages for faults that mean something specific in this kind; `undefined` for the general ones. */
  readonly translate?: (error: ErrorObject, describe: LocationDescriber) => DocumentIssue | undefined;
}

/** Describes a pointer of the document being checked (see `describeLocation`). */
export type LocationDescriber = (pointer: string) => LocationDescription;

export interface LocationDescription {
  /** The place as a noun phrase: `第 3 个字段的“最小值”(min)` / `the minimum (min) of field 3`. */
  readonly phrase: LocalizedText;
  /** When the pointer designates an item of a collection: what sort of item it is (`a Number field`). */
  readonly itemKind?: LocalizedText;
  /** True when the place is one named thing (the document, or an item of a collection), not a property. */
  readonly named: boolean;
}
