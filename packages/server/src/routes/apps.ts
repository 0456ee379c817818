import { ApiRouter } from '../http/ApiRouter.js';
import { invalidBody, notFound } from '../http/httpErrors.js';
import { v } from '../http/validation/v.js';
import { canReadForm } from '../permissions/formAccess.js';
import { viewerOf } from '../permissions/Viewer.js';
import type { ServerContext } from '../ServerContext.js';
import type { App } from '../storage/AppStore.js';
import type { User } from '../storage/UserStore.js';

const appName = v.string({ minLength: 1, maxLength: 100, trim: true });
const appDescription = v.string({ maxLength: 2000, singleLine: false });
const appIcon = v.nullable(v.string({ minLength: 1, maxLength: 64, trim: true, description: 'An icon name or emoji' }));
const appColor = v.nullable(
  v.string({ minLength: 4, maxLength: 7, pattern: { regex: /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, message: { 'zh-CN': '必须是十六进制颜色，如 #2f7cf6', en: 'must be a hex colour such as #2f7cf6' } }, description: 'The colour the app is shown in, #rrggbb or #rgb' }),
);
/** As many as the workbench shows; more would be buttons nobody sees. */
export const maxQuickForms = 3;
const appQuickForms = v.array(v.string({ minLength: 1, maxLength: 64, description: 'A form id of this app' }), { maxItems: maxQuickForms });

const createAppBody = v.object({ name: appName, description: v.optional(appDescription), icon: v.optional(appIcon), color: v.optional(appColor) });
const updateAppBody = v.object({ name: v.optional(appName), description: v.optional(appDescription), icon: v.optional(appIcon), color: v.optional(appColor), quickForms: v.optional(appQuickForms) });

export const appViewSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    description: { type: 'string' },
    icon: { type: ['string', 'null'] },
    color: { type: ['string', 'null'], description: 'The colour the app is shown in (#rrggbb or #rgb), null for the default' },
    quickForms: { type: 'array', items: { type: 'string' }, description: "The app's forms offered first as quick buttons on the workbench (a rep's daily forms), in order" },
    createdBy: { type: ['string', 'null'] },
    createdAt: { type: 'string' },
    updatedAt: { type: 'string' },
  },
};

/** The app as answered; `readable`: the form ids a non-admin may read, so quick forms name no other. */
function toAppView(app: App, readable?: ReadonlySet<string>) {
  return {
    id: app.id,
    name: app.name,
    description: app.description,
    icon: app.icon,
    color: app.color,
    quickForms: readable ? app.quickForms.filter((formId) => readable.has(formId)) : app.quickForms,
    createdBy: app.createdBy,
    createdAt: new Date(app.createdAt).toISOString(),
    updatedAt: new Date(app.updatedAt).toISOString(),
  };
}

/**
 * Apps. Admins create and change them and see them all; everyone else sees the apps holding at
 * least one published form they may read (another app is a 404 to them).
 */
export function appRoutes(context: ServerContext): ApiRouter {
  const { stores } = context;
  const api = new ApiRouter();

  // The published forms a non-admin may read, and the apps holding them.
  const readableBy = async (user: User): Promise<{ readonly appIds: Set<string>; readonly formIds: Set<string> }> => {
    const viewer = await viewerOf(stores, user);
    const forms = (await stores.forms.listPublished()).filter((form) => form.published && canReadForm(viewer, form.published.schema));
    return { appIds: new Set(forms.map((form) => form.appId)), formIds: new Set(forms.map((form) => form.id)) };
  };

  api.route(
    {
      method: 'post',
      path: '/api/apps',
      summary: 'Create an app',
      tags: ['apps'],
      access: 'admin',
      body: createAppBody,
      responses: { 201: { description: 'Created', schema: appViewSchema } },
    },
    async ({ res, body, user }) => {
      const app = await stores.apps.create({
        id: context.newId('app'),
        name: body.name,
        description: body.description ?? '',
        icon: body.icon ?? null,
        color: body.color ?? null,
        createdBy: user.id,
        createdAt: context.now(),
      });
      res.status(201);
      return toAppView(app);
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/apps',
      summary: 'List apps (non-admins: apps with a form they may read)',
      tags: ['apps'],
      access: 'signedIn',
      responses: { 200: { description: 'The apps', schema: { type: 'object', properties: { items: { type: 'array', items: appViewSchema } } } } },
    },
    async ({ user }) => {
      const apps = await stores.apps.list();
      if (user.role === 'admin') return { items: apps.map((app) => toAppView(app)) };
      const readable = await readableBy(user);
      return { items: apps.filter((app) => readable.appIds.has(app.id)).map((app) => toAppView(app, readable.formIds)) };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/apps/:appId',
      summary: 'One app',
      tags: ['apps'],
      access: 'signedIn',
      responses: { 200: { description: 'The app', schema: appViewSchema }, 404: { description: 'No such app, or none of its forms is yours to read' } },
    },
    async ({ user, param }) => {
      const app = await stores.apps.findById(param('appId'));
      if (!app) throw notFound();
      if (user.role === 'admin') return toAppView(app);
      const readable = await readableBy(user);
      if (!readable.appIds.has(app.id)) throw notFound();
      return toAppView(app, readable.formIds);
    },
  );

  api.route(
    {
      method: 'patch',
      path: '/api/apps/:appId',
      summary: 'Rename an app or change its description, icon, colour or quick forms',
      tags: ['apps'],
      access: 'admin',
      body: updateAppBody,
      responses: { 200: { description: 'The changed app', schema: appViewSchema }, 400: { description: 'invalid_body: a quick form twice, or not a form of this app' }, 404: { description: 'No such app' } },
    },
    async ({ body, param }) => {
      if (body.quickForms) await checkQuickForms(param('appId'), body.quickForms);
      const app = await stores.apps.update(param('appId'), body, context.now());
      if (!app) throw notFound();
      return toAppView(app);
    },
  );

  // A quick button must open one of the app's own forms: another app's id would be a way to
  // show its title on this app's workbench, and a repeat is a button twice.
  async function checkQuickForms(appId: string, formIds: readonly string[]): Promise<void> {
    const forms = await stores.forms.listByApp(appId);
    const details = formIds.flatMap((formId, index) => {
      const pointer = `/quickForms/${index}`;
      if (formIds.indexOf(formId) !== index) return [{ pointer, code: 'duplicate_quick_form', message: { 'zh-CN': `快捷表单“${formId}”重复`, en: `The quick form "${formId}" is listed twice` } }];
      if (!forms.some((form) => form.id === formId)) return [{ pointer, code: 'unknown_form', message: { 'zh-CN': `快捷表单“${formId}”不是本应用的表单`, en: `The quick form "${formId}" is not a form of this app` } }];
      return [];
    });
    if (details.length > 0) throw invalidBody(details);
  }

  return api;
}
