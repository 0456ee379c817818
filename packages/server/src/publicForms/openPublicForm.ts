import type { FormSchema } from '@formwork/runtime';
import { notFound } from '../http/httpErrors.js';
import { canSubmitForm } from '../permissions/formAccess.js';
import { resolveRowFilter } from '../permissions/resolveRowFilter.js';
import { viewerOf } from '../permissions/Viewer.js';
import { loadRecordForm } from '../records/loadRecordForm.js';
import type { OpenedForm } from '../records/openRecordForm.js';
import { unrestrictedFieldAccess } from '../permissions/fieldAccessOf.js';
import type { PublicLink } from '../storage/PublicLinkStore.js';
import type { Stores } from '../storage/Stores.js';

/** A form opened through its public link: the form as its owner would submit it, and the link. */
export interface OpenedPublicForm extends OpenedForm {
  readonly link: PublicLink;
}

/**
 * Opens the form a public token stands for, as the user its submissions belong to: the rep of a
 * personal link, else `settings.publicLink.ownerId`, else whoever created the form. Every way a
 * link can be unusable is the same 404, so a token tells a stranger nothing: unknown token, form
 * never published or archived, public link switched off in the published version, owner missing
 * or disabled, a rep who may no longer submit to the form.
 */
export async function openPublicForm(stores: Stores, token: string): Promise<OpenedPublicForm> {
  const link = await stores.publicLinks.findByToken(token);
  if (!link) throw notFound();
  const form = await loadRecordForm(stores, link.formId);
  if (!form || form.archived) throw notFound();
  const schema = form.version.schema;
  if (schema.settings?.publicLink?.enabled !== true) throw notFound();
  const ownerId = link.userId ?? schema.settings.publicLink.ownerId ?? (await stores.forms.findById(link.formId))?.createdBy ?? null;
  const owner = ownerId === null ? undefined : await stores.users.findById(ownerId);
  if (!owner || owner.disabled) throw notFound();
  const viewer = await viewerOf(stores, owner);
  if (link.userId !== null && !canSubmitForm(viewer, schema)) throw notFound();
  return { form, viewer, scope: await resolveRowFilter(stores, viewer, schema), fields: unrestrictedFieldAccess(form), link };
}

/**
 * The published schema as a stranger may read it: fields, layout and rules (the renderer needs
 * them to show and check the form), but of the settings only the submit button's text — who may
 * submit, row scopes and the owner's id are the organisation's business.
 */
export function publicSchemaOf(schema: FormSchema): FormSchema {
  const { settings, ...rest } = schema;
  return settings?.submitText === undefined ? rest : { ...rest, settings: { submitText: settings.submitText } };
}
