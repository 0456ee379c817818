import type { ChangeReasonRule, FormSchema, PublicLinkSetting } from '@formwork/runtime';
import type { CommandContext, SchemaEdit } from '../SchemaEdit.js';

/** The form-wide settings the designer edits besides fields and rules. */
export interface FormMetaPatch {
  readonly title?: string;
  /** `undefined` or `''` removes the description. */
  readonly description?: string | undefined;
  readonly submitText?: NonNullable<FormSchema['settings']>['submitText'] | undefined;
  readonly access?: NonNullable<FormSchema['settings']>['access'] | undefined;
  /** `undefined` removes the setting (the default: a reason is optional). */
  readonly changeReason?: ChangeReasonRule | undefined;
  /** `undefined` removes the setting (no public link). */
  readonly publicLink?: PublicLinkSetting | undefined;
  readonly layout?: FormSchema['layout'] | undefined;
}

/** Changes the title, description, submit button text, access, change-reason rule, public link or layout of the form. */
export function setFormMeta(context: CommandContext, patch: FormMetaPatch): SchemaEdit {
  const next: Record<string, unknown> = { ...context.schema };
  const settings: Record<string, unknown> = { ...context.schema.settings };
  if (patch.title !== undefined) next['title'] = patch.title;
  if ('description' in patch) assign(next, 'description', patch.description === '' ? undefined : patch.description);
  if ('layout' in patch) assign(next, 'layout', patch.layout);
  if ('submitText' in patch) assign(settings, 'submitText', patch.submitText === '' ? undefined : patch.submitText);
  if ('access' in patch) assign(settings, 'access', patch.access);
  if ('changeReason' in patch) assign(settings, 'changeReason', patch.changeReason);
  if ('publicLink' in patch) assign(settings, 'publicLink', patch.publicLink);
  assign(next, 'settings', Object.keys(settings).length > 0 ? settings : undefined);
  // Safe: only FormSchema's own optional keys were written, with values of their types.
  return { ok: true, schema: next as unknown as FormSchema, selectedId: context.selectedId };
}

function assign(target: Record<string, unknown>, key: string, value: unknown): void {
  if (value === undefined) delete target[key];
  else target[key] = value;
}
