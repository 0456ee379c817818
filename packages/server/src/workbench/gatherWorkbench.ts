import { isPublishedDocumentVisible } from '../documents/isPublishedDocumentVisible.js';
import { localDateOf, timeZoneAt } from '../query/TimeZone.js';
import { fieldAccessOf } from '../permissions/fieldAccessOf.js';
import { canReadForm, canSubmitForm } from '../permissions/formAccess.js';
import { hideFieldsOfRecord } from '../permissions/hideFields.js';
import { viewerOf, type Viewer } from '../permissions/Viewer.js';
import { loadRecordForm } from '../records/loadRecordForm.js';
import type { RecordForm } from '../records/RecordForm.js';
import type { StoredRecord } from '../records/StoredRecord.js';
import { scoreScopeOf } from '../scoring/ScoreScope.js';
import type { ServerContext } from '../ServerContext.js';
import type { User } from '../storage/UserStore.js';
import { toInboxItemView } from '../workflows/taskView.js';
import { titleInboxItems } from '../workflows/titleInboxItems.js';
import { summarizePerformance, type PerformanceSummary } from './summarizePerformance.js';

/** A form on the workbench: what the viewer may do with it, and how many records of theirs it holds. */
export interface WorkbenchForm {
  readonly id: string;
  readonly title: string;
  readonly canSubmit: boolean;
  /** Live records the viewer owns. */
  readonly mine: number;
}

export interface WorkbenchApp {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly icon: string | null;
  readonly color: string | null;
  readonly forms: readonly WorkbenchForm[];
  /**
   * At most three forms for quick buttons: first the app's own quick forms (a rep's daily forms, as
   * its bundle or an admin names them) the viewer may submit, then the forms they fill most (most
   * records of theirs first, none they never filled).
   */
  readonly quickForms: readonly string[];
  /** Published dashboards; the first is the app's key dashboard. */
  readonly dashboards: readonly { readonly id: string; readonly title: string }[];
  /** The app's first published scoring scheme, summarized; null when it has none. */
  readonly performance: PerformanceSummary | null;
}

export interface Workbench {
  /** The app's local date the periods are taken from. */
  readonly today: string;
  readonly tasks: { readonly todo: number; readonly next: readonly ReturnType<typeof toInboxItemView>[] };
  readonly apps: readonly WorkbenchApp[];
  /** The viewer's latest records over every app, newest first. */
  readonly recent: readonly { readonly id: string; readonly formId: string; readonly formTitle: string; readonly appId: string; readonly title: string; readonly createdAt: string }[];
}

const nextTasks = 5;
const recentRecords = 5;
const quickForms = 3;

/**
 * What a user's day starts from, in their scopes: their open tasks, and per app they may see
 * (admins: every app; others: apps with a published form they may read — as `GET /api/apps`) its
 * forms with how often they filled each, its published dashboards and scheme summary; and their
 * latest records. One request instead of the home page's three per app, and nothing that would
 * be a 404 to the viewer is asked for.
 */
export async function gatherWorkbench(context: ServerContext, user: User): Promise<Workbench> {
  const { stores } = context;
  const now = context.now();
  const today = localDateOf(now, timeZoneAt(context.settings.records.timeZone, now));
  const viewer = await viewerOf(stores, user);
  const [apps, published, boxes, todo, scope] = await Promise.all([
    stores.apps.list(),
    stores.forms.listPublished(),
    stores.tasks.countBoxes(user.id),
    stores.tasks.page({ userId: user.id, box: 'todo', limit: nextTasks }),
    scoreScopeOf(stores, user),
  ]);
  const readable = published.filter((form) => form.published && canReadForm(viewer, form.published.schema));
  const loaded = (await Promise.all(readable.map((form) => loadRecordForm(stores, form.id)))).filter((form): form is RecordForm => form !== undefined && !form.archived);
  const own = { kind: 'own', userId: user.id } as const;
  const counted = await Promise.all(
    loaded.map(async (form) => ({ form, mine: await stores.records.count({ formId: form.formId, columns: form.columns, scope: own, filter: null, state: 'live' }) })),
  );

  const shown = await Promise.all(
    apps
      .filter((app) => user.role === 'admin' || readable.some((form) => form.appId === app.id))
      .map(async (app): Promise<WorkbenchApp> => {
        const appForms = readable.filter((form) => form.appId === app.id);
        const forms = appForms.flatMap((form): WorkbenchForm[] => {
          const entry = counted.find((each) => each.form.formId === form.id);
          if (!entry) return [];
          const schema = entry.form.version.schema;
          return [{ id: form.id, title: schema.title, canSubmit: canSubmitForm(viewer, schema), mine: entry.mine }];
        });
        const [dashboards, schemes] = await Promise.all([stores.documents.listByApp(app.id, 'dashboard'), stores.documents.listByApp(app.id, 'scoring')]);
        const scheme = schemes.find((document) => document.published !== null && document.archivedAt === null && isPublishedDocumentVisible(user, document, 'scoring'));
        return {
          id: app.id,
          name: app.name,
          description: app.description,
          icon: app.icon,
          color: app.color,
          forms,
          quickForms: quickFormsOf(app.quickForms, forms),
          // Admins see drafts too, but only a published dashboard has anything to open.
          dashboards: dashboards
            .filter((document) => document.published !== null && document.archivedAt === null && isPublishedDocumentVisible(user, document, 'dashboard'))
            .map((document) => ({ id: document.id, title: titleOf(document.published?.schema) })),
          performance: scheme ? await summarizePerformance(stores, scheme, scope, today) : null,
        };
      }),
  );

  const titles = await titleInboxItems(stores, todo.items);
  return {
    today,
    tasks: { todo: boxes.todo, next: todo.items.map((item, index) => toInboxItemView(item, titles[index] ?? '')) },
    apps: shown.filter((app) => user.role === 'admin' || app.forms.length > 0),
    recent: await latestRecords(context, counted, new Map(readable.map((form) => [form.id, form.appId])), viewer),
  };
}

/**
 * The app's named quick forms the viewer may submit (in the app's order: a new rep on day one has
 * these), then their most-filled ones, without repeats. Forms not in `forms` — archived, unpublished
 * or unreadable to the viewer — are never offered, whatever the app names.
 */
function quickFormsOf(named: readonly string[], forms: readonly WorkbenchForm[]): string[] {
  const submittable = forms.filter((form) => form.canSubmit);
  const first = named.filter((id) => submittable.some((form) => form.id === id));
  const used = submittable
    .filter((form) => form.mine > 0 && !first.includes(form.id))
    .sort((a, b) => b.mine - a.mine)
    .map((form) => form.id);
  return [...first, ...used].slice(0, quickForms);
}

function titleOf(schema: Readonly<Record<string, unknown>> | undefined): string {
  const title = schema?.['title'];
  return typeof title === 'string' ? title : '';
}

/** The newest few of the viewer's own records over the forms that hold any, with a title the viewer may see. */
async function latestRecords(context: ServerContext, counted: readonly { readonly form: RecordForm; readonly mine: number }[], appOfForm: ReadonlyMap<string, string>, viewer: Viewer): Promise<Workbench['recent']> {
  const own = { kind: 'own', userId: viewer.user.id } as const;
  const pages = await Promise.all(
    counted
      .filter(({ mine }) => mine > 0)
      .map(async ({ form }) => {
        const page = await context.stores.records.page({ formId: form.formId, columns: form.columns, scope: own, filter: null, state: 'live', sort: { field: null, direction: 'desc' }, cursor: undefined, limit: recentRecords });
        return page.records.map((record) => ({ form, record: hideFieldsOfRecord(record, fieldAccessOf(viewer, form)) }));
      }),
  );
  return pages
    .flat()
    .sort((a, b) => b.record.createdAt - a.record.createdAt || b.record.seq - a.record.seq)
    .slice(0, recentRecords)
    .map(({ form, record }) => ({
      id: record.id,
      formId: form.formId,
      formTitle: form.version.schema.title,
      appId: appOfForm.get(form.formId) ?? '',
      title: recordTitle(form, record),
      createdAt: new Date(record.createdAt).toISOString(),
    }));
}

/** The record's serial number, else its first top-level text, else its submit date — as inbox lines are called. */
function recordTitle(form: RecordForm, record: StoredRecord): string {
  const topLevel = form.compiled.valueFields.filter((entry) => entry.subform === undefined);
  for (const type of ['serial', 'text'] as const) {
    const entry = topLevel.find((each) => each.field.type === type);
    const value = entry ? record.data[entry.field.id] : undefined;
    const text = typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
    if (text !== '') return text.length > 60 ? `${text.slice(0, 60)}…` : text;
  }
  return new Date(record.createdAt).toISOString().slice(0, 10);
}
