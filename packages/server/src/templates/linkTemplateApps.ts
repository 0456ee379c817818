import { readTemplateVariants, type TemplateName, type TemplateVariant } from '@formwork/templates';
import type { ServerContext } from '../ServerContext.js';
import type { App, TemplateOrigin } from '../storage/AppStore.js';
import type { Stores } from '../storage/Stores.js';
import type { User } from '../storage/UserStore.js';
import { checkedDocument } from './installBundleDocuments.js';
import { isTemplateName } from './loadTemplate.js';
import { rebindFormKeys } from './rebindFormKeys.js';
import { scoringRules } from '../scoring/scoringRules.js';

/** A scheme an install pointed at another app's forms. */
export interface TemplateLink {
  /** The app whose scheme now reads `reads`' forms, and the scheme (its new version published). */
  readonly app: { readonly id: string; readonly name: string };
  readonly scoring: { readonly id: string; readonly key: string; readonly version: number };
  readonly reads: { readonly id: string; readonly name: string; readonly template: string };
}

/**
 * Inside an install's transaction, after `installed` was made: every template variant that pairs
 * it with another installed template is applied (`readTemplateVariants`) — the performance app's
 * scheme is pointed at the CRM's forms whether the CRM is installed before it (the newest CRM app
 * is read) or after (every performance app is pointed at the new CRM). A scheme is switched only
 * while it is as its install left it (version 1, draft untouched): one an admin edited, or already
 * pointed at a CRM, is left alone. Each switch saves the rebound scheme as its draft and publishes
 * it as version 2, checked as the routes check any scheme; a variant that does not check is a
 * fault of the build and fails the install (nothing is left behind).
 *
 * @example
 * const links = await linkTemplateApps(context, tx, app, admin); // [{ app: 销售绩效管理, reads: CRM }]
 */
export async function linkTemplateApps(context: Pick<ServerContext, 'settings' | 'now'>, tx: Stores, installed: App, installedBy: User): Promise<TemplateLink[]> {
  const origin = installed.origin;
  if (!origin || !isTemplateName(origin.template)) return [];
  const others = (await tx.apps.list()).filter((app) => app.id !== installed.id && app.origin !== null && isTemplateName(app.origin.template));
  const links: TemplateLink[] = [];
  // The new app reads the newest app of each template it has a variant for.
  for (const variant of readTemplateVariants(origin.template)) {
    const used = others.filter((app) => app.origin?.template === variant.uses).at(-1);
    if (used) links.push(...(await applyVariant(installed, variant, used)));
  }
  // Apps installed earlier whose template has a variant using the new one read it.
  for (const app of others) {
    const template = app.origin?.template as TemplateName;
    for (const variant of readTemplateVariants(template)) if (variant.uses === origin.template) links.push(...(await applyVariant(app, variant, installed)));
  }
  return links;

  async function applyVariant(app: App, variant: TemplateVariant, used: App): Promise<TemplateLink[]> {
    const own = app.origin as TemplateOrigin;
    const usedOrigin = used.origin as TemplateOrigin;
    const formIds = new Map([...Object.entries(own.forms), ...Object.entries(usedOrigin.forms).map(([key, id]) => [`${usedOrigin.template}:${key}`, id] as const)]);
    const made: TemplateLink[] = [];
    for (const [index, entry] of variant.scorings.entries()) {
      const id = own.scorings[entry.key];
      const document = id === undefined ? undefined : await tx.documents.findById(id);
      if (!document || document.draftRevision !== 1 || document.published?.version !== 1 || document.archivedAt !== null) continue;
      const pointer = `/variants/${variant.uses}/scorings/${String(index)}/schema`;
      const schema = await checkedDocument(scoringRules(context), tx, app.id, rebindFormKeys(entry.schema as object, formIds), own.template, pointer);
      const now = context.now();
      const revision = await tx.documents.saveDraft(document.id, schema, document.draftRevision, installedBy.id, now);
      const published = revision === undefined ? undefined : await tx.documents.publish(document.id, { draftRevision: revision, schema, publishedAt: now, publishedBy: installedBy.id });
      if (!published) throw new Error(`the scheme ${document.id} could not be pointed at ${used.id}`);
      made.push({ app: { id: app.id, name: app.name }, scoring: { id: document.id, key: entry.key, version: published.version }, reads: { id: used.id, name: used.name, template: usedOrigin.template } });
    }
    return made;
  }
}
