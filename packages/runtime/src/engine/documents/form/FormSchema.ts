import type { RuleLogic } from '../../rules/RuleLogic.js';

/**
 * FormSchema: what the designer emits, the renderer draws and the server validates against.
 *
 * Records are keyed by field `id`, never by label or alias: renaming a label never touches data.
 * Rules (visibility, formulas, defaults, validations) are JSON Logic data, never code.
 */

/** The current `schemaVersion` of form documents. Older versions are migrated forward on parse. */
export const FORM_SCHEMA_VERSION = 1;

export interface FormSchema {
  readonly kind: 'form';
  readonly schemaVersion: typeof FORM_SCHEMA_VERSION;
  readonly title: string;
  readonly description?: string;
  /** Top-level fields in display order; `section` and `subform` fields hold their own `fields`. */
  readonly fields: readonly FieldDefinition[];
  readonly layout?: FormLayout;
  readonly rules?: FormRules;
  readonly settings?: FormSettings;
}

export interface FormLayout {
  /** Columns on a desktop-wide screen; phones always get one column. */
  readonly columns?: 1 | 2 | 3 | 4;
  /** Where labels sit. */
  readonly labelPlacement?: 'top' | 'left';
}

export interface FormRules {
  /** Cross-field validations: each `assert` must evaluate truthy, else `message` is shown. */
  readonly validations?: readonly ValidationRule[];
}

export interface ValidationRule {
  /** Stable id of the rule (generated), used in errors and by the designer. */
  readonly id: string;
  /** JSON Logic that must hold for the record to be valid. */
  readonly assert: RuleLogic;
  /** What the user reads when it does not hold. */
  readonly message: UserText;
  /** Fields the error is shown beside (the first one gets focus). Empty: shown on the form. */
  readonly fields?: readonly string[];
  /** Only checked when this holds (e.g. only for a given stage). */
  readonly when?: RuleLogic;
}

/** Text an admin typed: one string, or one per locale. */
export type UserText = string | { readonly 'zh-CN'?: string; readonly en?: string };

export interface FormSettings {
  readonly submitText?: UserText;
  readonly access?: FormAccess;
  /**
   * Whether a change to a stored record (an edit, a delete, a restore) must say why. The reason
   * is kept in the record's history beside who and when. Absent: `optional`.
   */
  readonly changeReason?: ChangeReasonRule;
  /**
   * Whether anyone with the form's public link may fill it in without signing in (customer
   * surveys, sign-ups). Absent: no public link.
   */
  readonly publicLink?: PublicLinkSetting;
}

/** The form's public link (外链). Submissions through it are owned by `ownerId`, else the form's creator. */
export interface PublicLinkSetting {
  readonly enabled: boolean;
  /** The user who owns records submitted through the form's own public link (a rep's personal link attributes to the rep). */
  readonly ownerId?: string;
}

/** `required`: every change to a stored record must give a reason; `optional`: it may. */
export type ChangeReasonRule = 'optional' | 'required';

export type Role = 'admin' | 'manager' | 'member';

/** Which rows a role sees: its own, its department's (with sub-departments), or all. */
export type RowScope = 'own' | 'department' | 'all';

export interface FormAccess {
  /** Who may submit. Absent: every signed-in user. */
  readonly submit?: { readonly roles?: readonly Role[]; readonly users?: readonly string[]; readonly departments?: readonly string[] };
  /** Which rows each role sees. Defaults: member own, manager department, admin all. */
  readonly rows?: Partial<Readonly<Record<Role, RowScope>>>;
  /**
   * Which of the rows it sees a role may change (edit, delete, restore). Defaults: `own` for
   * members and managers. Admins may always change every row.
   */
  readonly edit?: Partial<Readonly<Record<Exclude<Role, 'admin'>, EditScope>>>;
  /**
   * Which roles may import records from a file. Absent: managers (and admins). Admins may
   * always import, whatever the list says.
   */
  readonly import?: { readonly roles?: readonly Role[] };
  /**
   * Per role, what it may do with each field (`hidden`, `read`, or `edit` — the default for a
   * field not named). Admins are never restricted. Enforced by the server on every read and write.
   */
  readonly fields?: Partial<Readonly<Record<Exclude<Role, 'admin'>, RoleFieldPermissions>>>;
}

/**
 * What a role may do with a field: not see it (`hidden`), see it (`read`), or also change it
 * (`edit`). A map of levels rather than hidden/read-only lists, so that it reads like a workflow
 * node's `fieldPermissions` (the same levels plus `required`): when a record sits at a node, the
 * stricter of the two applies per field.
 */
export type RoleFieldPermission = 'hidden' | 'read' | 'edit';

/** Field id → permission; a field not named is `edit`. Top-level fields only (a subform counts as one field). */
export type RoleFieldPermissions = Readonly<Record<string, RoleFieldPermission>>;

/** `own`: the rows one owns; `visible`: every row one sees (e.g. a manager's team); `none`: nothing, not even one's own. */
export type EditScope = 'own' | 'visible' | 'none';

export type FieldType =
  | 'text'
  | 'textarea'
  | 'number'
  | 'money'
  | 'date'
  | 'datetime'
  | 'radio'
  | 'checkbox'
  | 'select'
  | 'multiselect'
  | 'member'
  | 'members'
  | 'department'
  | 'departments'
  | 'phone'
  | 'email'
  | 'url'
  | 'address'
  | 'location'
  | 'image'
  | 'attachment'
  | 'signature'
  | 'richtext'
  | 'subform'
  | 'link'
  | 'lookup'
  | 'serial'
  | 'formula'
  | 'rating'
  | 'section'
  | 'description';

/** Where a field's initial value comes from. */
export type DefaultValue =
  | { readonly kind: 'fixed'; readonly value: unknown }
  | { readonly kind: 'formula'; readonly expression: RuleLogic }
  | { readonly kind: 'currentUser' }
  | { readonly kind: 'currentDepartment' }
  | { readonly kind: 'today' }
  | { readonly kind: 'now' };

interface FieldBase<T extends FieldType> {
  /** Stable generated id; the key of this field's value in every record. */
  readonly id: string;
  readonly type: T;
  readonly label: string;
  /** Optional API name (letters, digits, underscore), unique in the form. */
  readonly alias?: string;
  readonly description?: string;
  readonly placeholder?: string;
  readonly required?: boolean;
  /** No two live records of the form may hold the same value. */
  readonly unique?: boolean;
  readonly readOnly?: boolean;
  /** Columns of the form grid this field spans. */
  readonly span?: number;
  /** Shown (and validated, and saved) only while this holds. */
  readonly visibleWhen?: RuleLogic;
  readonly defaultValue?: DefaultValue;
}

export interface ChoiceOption {
  readonly value: string;
  readonly label: string;
  /** A CSS colour for the option's tag, e.g. `#2f7cf6`. */
  readonly color?: string;
}

export interface TextField extends FieldBase<'text' | 'textarea'> {
  readonly minLength?: number;
  readonly maxLength?: number;
  /** A regular expression the whole value must match (no flags; checked with `u`). */
  readonly pattern?: string;
  readonly patternMessage?: UserText;
}

export interface NumberField extends FieldBase<'number' | 'money'> {
  readonly min?: number;
  readonly max?: number;
  /** Digits after the decimal point. */
  readonly precision?: number;
  readonly unit?: string;
  /** ISO 4217 code for money; default CNY. */
  readonly currency?: string;
}

export interface DateField extends FieldBase<'date' | 'datetime'> {
  /** Display format, e.g. `YYYY-MM-DD`, `YYYY-MM`, `YYYY-MM-DD HH:mm`. Values are ISO 8601. */
  readonly format?: string;
  /** Earliest and latest allowed value (ISO 8601). */
  readonly min?: string;
  readonly max?: string;
}

export interface SingleChoiceField extends FieldBase<'radio' | 'select'> {
  readonly options: readonly ChoiceOption[];
}

export interface MultiChoiceField extends FieldBase<'checkbox' | 'multiselect'> {
  readonly options: readonly ChoiceOption[];
  readonly minSelected?: number;
  readonly maxSelected?: number;
}

/** Which members or departments may be picked. Absent: anyone. */
export interface OrgScope {
  readonly departments?: readonly string[];
  readonly roles?: readonly Role[];
}

export interface MemberField extends FieldBase<'member' | 'members' | 'department' | 'departments'> {
  readonly scope?: OrgScope;
}

export type ContactField = FieldBase<'phone' | 'email' | 'url'>;

export interface AddressField extends FieldBase<'address'> {
  /** How deep the address goes. Default `detail`. */
  readonly level?: 'province' | 'city' | 'district' | 'detail';
}

export type LocationField = FieldBase<'location'>;

export interface FileField extends FieldBase<'image' | 'attachment' | 'signature'> {
  readonly maxFiles?: number;
  readonly maxSizeMB?: number;
  /** Accepted MIME types or extensions, e.g. `image/*`, `.pdf`. */
  readonly accept?: readonly string[];
}

export interface RichTextField extends FieldBase<'richtext'> {
  readonly maxLength?: number;
}

export interface SubformField extends FieldBase<'subform'> {
  /** Columns of each row. No `subform` or `section` inside a subform. */
  readonly fields: readonly FieldDefinition[];
  readonly minRows?: number;
  readonly maxRows?: number;
}

export interface LinkField extends FieldBase<'link'> {
  /** Id of the form whose records may be picked. */
  readonly formId: string;
  /** Field of that form shown for the picked record. */
  readonly displayField: string;
  /** Only records matching this server filter may be picked. */
  readonly filter?: unknown;
}

export interface LookupField extends FieldBase<'lookup'> {
  /** Id of a `link` field of this form (or of the same subform row). */
  readonly linkField: string;
  /** Field of the linked form whose value is shown. */
  readonly sourceField: string;
}

export type SerialPart =
  | { readonly kind: 'counter'; readonly digits: number; readonly start?: number; readonly reset?: 'never' | 'day' | 'month' | 'year' }
  | { readonly kind: 'date'; readonly format: 'YYYY' | 'YYYYMM' | 'YYYYMMDD' | 'YYMMDD' }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'field'; readonly field: string };

export interface SerialField extends FieldBase<'serial'> {
  readonly parts: readonly SerialPart[];
}

export interface FormulaField extends FieldBase<'formula'> {
  readonly expression: RuleLogic;
  readonly resultType?: 'number' | 'text' | 'date' | 'boolean';
  readonly precision?: number;
  readonly unit?: string;
}

export interface RatingField extends FieldBase<'rating'> {
  /** Highest rating; default 5. */
  readonly max?: number;
}

export interface SectionField extends FieldBase<'section'> {
  /** Fields grouped under this heading; their values stay at the top level of the record. */
  readonly fields: readonly FieldDefinition[];
  readonly columns?: 1 | 2 | 3 | 4;
  readonly collapsible?: boolean;
}

export interface DescriptionField extends FieldBase<'description'> {
  /** Plain text shown to the user; never interpreted as HTML. */
  readonly content: string;
}

export type FieldDefinition =
  | TextField
  | NumberField
  | DateField
  | SingleChoiceField
  | MultiChoiceField
  | MemberField
  | ContactField
  | AddressField
  | LocationField
  | FileField
  | RichTextField
  | SubformField
  | LinkField
  | LookupField
  | SerialField
  | FormulaField
  | RatingField
  | SectionField
  | DescriptionField;

/** A record's data: field id → value. Subform values are arrays of such objects. */
export type RecordData = Readonly<Record<string, unknown>>;

/** Values stored for the structured field types. */
export interface AddressValue {
  readonly province?: string;
  readonly city?: string;
  readonly district?: string;
  readonly detail?: string;
}

export interface LocationValue {
  readonly lat: number;
  readonly lng: number;
  readonly address?: string;
}

/** An uploaded file as a record holds it (`image`, `attachment`, `signature`). */
export interface FileRef {
  readonly fileId: string;
  readonly name: string;
  readonly size: number;
  readonly mimeType: string;
}
