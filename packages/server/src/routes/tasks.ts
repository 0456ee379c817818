import type { WorkflowAction } from '@formwork/runtime';
import { ApiRouter } from '../http/ApiRouter.js';
import { HttpError } from '../http/HttpError.js';
import type { Infer } from '../http/validation/ValueSchema.js';
import { v } from '../http/validation/v.js';
import type { ServerContext } from '../ServerContext.js';
import { addAdminFlowRoutes } from '../workflows/addAdminFlowRoutes.js';
import { addNotificationRoutes } from '../workflows/addNotificationRoutes.js';
import { addWorkflowDefinitionRoutes } from '../workflows/addWorkflowDefinitionRoutes.js';
import { changeViewSchema } from '../workflows/changeView.js';
import { flowViewSchema } from '../workflows/flowView.js';
import { decodeInboxCursor, encodeInboxCursor } from '../workflows/inboxCursor.js';
import { changeOf, offeredActions, openTask } from '../workflows/openTask.js';
import { readFlowTimeline } from '../workflows/readFlowTimeline.js';
import { requireFlowReader } from '../workflows/requireFlowReader.js';
import { runFlowAction } from '../workflows/runFlowAction.js';
import { inboxPageSchema, taskViewSchema, toInboxItemView, toTaskView } from '../workflows/taskView.js';
import { titleInboxItems } from '../workflows/titleInboxItems.js';

const userId = v.string({ minLength: 1, maxLength: 64, description: 'A user id' });

const inboxQuery = v.object({
  box: v.oneOf(['todo', 'done', 'initiated', 'cc']),
  formId: v.optional(v.string({ minLength: 1, maxLength: 64, description: "Only this form's tasks" })),
  limit: v.optional(v.string({ maxLength: 3, pattern: { regex: /^\d+$/, message: { 'zh-CN': '必须是整数', en: 'must be a whole number' } }, description: '1–200, default 50' })),
  cursor: v.optional(v.string({ maxLength: 500, description: 'nextCursor of the previous page' })),
});

const countsQuery = v.object({ formId: v.optional(v.string({ minLength: 1, maxLength: 64, description: "Only this form's tasks" })) });

const actionBody = v.omittable(
  v.object({
    comment: v.optional(v.string({ maxLength: 2000, trim: true, singleLine: false, description: 'Kept in the timeline' })),
    signature: v.optional(v.string({ minLength: 1, maxLength: 64, description: 'The uploaded file (POST /api/files) holding a handwritten signature' })),
    data: v.optional(v.json('Field edits keyed by field id, limited to the fields this node lets you edit (approve, submit)')),
    target: v.optional(v.string({ minLength: 1, maxLength: 64, description: 'return: the earlier node to return to (default: the previous one)' })),
    to: v.optional(v.array(userId, { minItems: 1, maxItems: 50 })),
    position: v.optional(v.oneOf(['before', 'after', 'parallel'])),
  }),
);

type ActionBody = Infer<typeof actionBody>;

const outcomeSchema = {
  type: 'object',
  properties: { recordId: { type: 'string' }, instanceId: { type: 'string' }, flow: flowViewSchema },
};

const actionResponses = {
  200: { description: 'Done: where the record stands now', schema: outcomeSchema },
  400: { description: 'invalid_record (the edits fail the form\'s checks), invalid_signature (not an image you uploaded), invalid body' },
  403: { description: 'not_your_task, action_not_offered, field_not_editable (names the field by its label), signature_required' },
  404: { description: 'unknown_task: no such task (or a copy, which takes no action)' },
  409: { description: 'task_closed: someone already acted on it (of two acting at once, one wins); flow_finished; flow_changed' },
  422: { description: 'required_field, validation_failed, return_to_self, invalid_return_target, unknown_user, already_assigned' },
  429: { description: 'urged_recently (urge only): the same person urged the same holders less than 10 minutes ago' },
};

/** The task actions and how each becomes an engine action. */
const taskActions: readonly { readonly path: string; readonly summary: string; readonly build: (taskId: string, by: string, body: ActionBody) => WorkflowAction }[] = [
  { path: 'approve', summary: 'Approve (with comment, signature, and the edits this node allows)', build: (taskId, by, body) => ({ type: 'approve', taskId, by, ...opt('comment', body.comment), ...opt('signature', body.signature), ...dataOf(body) }) },
  { path: 'reject', summary: 'Reject (the node says whether that ends the flow or returns it to the initiator)', build: (taskId, by, body) => ({ type: 'reject', taskId, by, ...opt('comment', body.comment), ...opt('signature', body.signature) }) },
  { path: 'return', summary: 'Return the record to an earlier node (target; default the previous one), never to this one', build: (taskId, by, body) => ({ type: 'return', taskId, by, ...opt('comment', body.comment), ...opt('target', body.target) }) },
  { path: 'transfer', summary: 'Hand the task to someone else (to: [userId])', build: (taskId, by, body) => ({ type: 'transfer', taskId, by, to: oneUser(body.to), ...opt('comment', body.comment) }) },
  {
    path: 'add-approver',
    summary: 'Add approvers (to) before, after or in parallel with you (position, default before)',
    build: (taskId, by, body) => ({ type: 'addApprover', taskId, by, users: body.to ?? [], position: body.position ?? 'before', ...opt('comment', body.comment) }),
  },
  { path: 'urge', summary: "Urge the task's holders (the initiator)", build: (_taskId, by, body) => ({ type: 'urge', by, ...opt('comment', body.comment) }) },
  { path: 'submit', summary: 'Resubmit a returned record (the initiator), with the edits the start node allows', build: (taskId, by, body) => ({ type: 'submit', taskId, by, ...opt('comment', body.comment), ...dataOf(body) }) },
];

/**
 * The approval inbox and the actions on tasks: the boxes (to do, done, initiated, copied) and their
 * counts, a task with its record as its node may see it, approve / reject / return / transfer /
 * add approver / urge / resubmit, and on records: withdraw and the timeline. Each action is one
 * transaction; of two people acting on one task, one wins and the other gets 409. Admins end,
 * reactivate and reassign flows and edit and publish forms' workflows; everyone reads their
 * notifications.
 */
export function taskRoutes(context: ServerContext): ApiRouter {
  const { stores } = context;
  const api = new ApiRouter();

  api.route(
    {
      method: 'get',
      path: '/api/tasks',
      summary: 'An inbox box, newest first, in cursor pages',
      description: 'todo: your open tasks; done: tasks you handled; initiated: flows you started (task null); cc: copies sent to you.',
      tags: ['tasks'],
      access: 'signedIn',
      query: inboxQuery,
      responses: { 200: { description: 'A page; pass nextCursor as cursor for the next one', schema: inboxPageSchema }, 400: { description: 'invalid_query, invalid_cursor' } },
    },
    async ({ query, user }) => {
      const limit = query.limit === undefined ? 50 : Math.min(200, Math.max(1, Number(query.limit)));
      const page = await stores.tasks.page({ userId: user.id, box: query.box, formId: query.formId, cursor: query.cursor === undefined ? undefined : decodeInboxCursor(query.cursor), limit });
      const titles = await titleInboxItems(stores, page.items);
      return { items: page.items.map((item, index) => toInboxItemView(item, titles[index] ?? '')), nextCursor: page.next === null ? null : encodeInboxCursor(page.next) };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/tasks/counts',
      summary: 'How many items each inbox box holds',
      tags: ['tasks'],
      access: 'signedIn',
      query: countsQuery,
      responses: {
        200: {
          description: 'Counts per box',
          schema: {
            type: 'object',
            properties: {
              todo: { type: 'integer' },
              done: { type: 'integer' },
              initiated: { type: 'integer' },
              cc: { type: 'integer' },
              unreadNotifications: { type: 'integer', description: 'Without formId: your unread notifications, in all, so that the header reads both counts with one call' },
            },
          },
        },
      },
    },
    async ({ query, user }) => {
      // One form's counts are its boxes only; the header's (no form) carry the notifications too.
      if (query.formId !== undefined) return stores.tasks.countBoxes(user.id, query.formId);
      const [boxes, unread] = await Promise.all([stores.tasks.countBoxes(user.id), stores.notifications.countUnread(user.id)]);
      return { ...boxes, unreadNotifications: unread.total };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/tasks/:id',
      summary: 'A task with its record as this node may see it',
      description: 'Hidden fields are absent; readOnly, editable and required list the fields as this node classes them. Only the person who holds or held the task may open it.',
      tags: ['tasks'],
      access: 'signedIn',
      responses: {
        200: {
          description: 'The task',
          schema: {
            type: 'object',
            properties: {
              task: taskViewSchema,
              node: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, type: { type: 'string' } } },
              record: {
                type: 'object',
                properties: {
                  id: { type: 'string' },
                  formId: { type: 'string' },
                  version: { type: 'integer' },
                  data: { type: 'object' },
                  readOnly: { type: 'array', items: { type: 'string' } },
                  editable: { type: 'array', items: { type: 'string' } },
                  required: { type: 'array', items: { type: 'string' } },
                },
              },
              flow: flowViewSchema,
              change: { ...changeViewSchema, type: ['object', 'null'], description: "A change flow's proposed edit (fields hidden at this node left out); null for an ordinary flow" },
              actions: { type: 'array', items: { type: 'string' }, description: 'What you may do with it now' },
            },
          },
        },
        404: { description: 'No such task, or not yours' },
      },
    },
    async ({ user, param }) => {
      const opened = await openTask(stores, user, param('id'));
      const { task, node, record, view, flow } = opened;
      return {
        task: toTaskView(task),
        node: { id: node.id, name: node.name, type: node.type },
        record: { id: record.id, formId: record.formId, version: record.version, data: view.values, readOnly: view.readOnly, editable: view.editable, required: view.required },
        flow: { state: flow.flowState.status, nodes: flow.flowState.nodes, assignees: flow.flowState.assignees },
        change: await changeOf(stores, opened),
        actions: offeredActions(opened),
      };
    },
  );

  for (const action of taskActions) {
    api.route(
      { method: 'post', path: `/api/tasks/:id/${action.path}`, summary: action.summary, tags: ['tasks'], access: 'signedIn', body: actionBody, responses: actionResponses },
      async ({ body, user, locale, param }) => {
        const taskId = param('id');
        const built = action.build(taskId, user.id, body);
        // urge is the initiator's, on the task's flow: the engine checks who urges.
        return runFlowAction(context, user, { taskId }, built, locale);
      },
    );
  }

  api.route(
    {
      method: 'post',
      path: '/api/records/:id/withdraw',
      summary: 'Withdraw a record from its running flow (the initiator, as the workflow allows)',
      tags: ['tasks'],
      access: 'signedIn',
      body: actionBody,
      responses: {
        ...actionResponses,
        403: { description: 'not_initiator, withdraw_not_allowed (the workflow says never, or an approver has acted)' },
        404: { description: 'No such record, or not yours to see; no_flow: the record runs through no workflow' },
        409: { description: 'flow_finished, flow_changed' },
      },
    },
    async ({ body, user, locale, param }) => {
      // A stranger learns nothing of the record, not even that it has a flow.
      await requireFlowReader(stores, user, param('id'));
      return runFlowAction(context, user, { recordId: param('id') }, { type: 'withdraw', by: user.id, ...opt('comment', body.comment) }, locale);
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/records/:id/urge',
      summary: "Urge whoever holds the record's open tasks now (the initiator, or an admin)",
      description: 'The same as urging on one of its tasks, for the initiator, who holds none of them: each holder gets an urge notification, and the timeline says who urged.',
      tags: ['tasks'],
      access: 'signedIn',
      body: actionBody,
      responses: {
        ...actionResponses,
        403: { description: 'Only the initiator or an administrator urges' },
        404: { description: 'No such record, or not yours to see; no_flow: the record runs through no workflow' },
        409: { description: 'flow_finished' },
        429: { description: 'urged_recently: the same person urged the same holders less than 10 minutes ago' },
      },
    },
    async ({ body, user, locale, param }) => {
      await requireFlowReader(stores, user, param('id'));
      return runFlowAction(context, user, { recordId: param('id') }, { type: 'urge', by: user.id, ...opt('comment', body.comment) }, locale);
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/records/:id/flow',
      summary: "A record's approval timeline and where it stands now",
      description: 'Every step of every flow the record ran through: node, person, action, comment, time, and how long the task had waited. For those who may read the record, its assignees and its initiator.',
      tags: ['tasks'],
      access: 'signedIn',
      responses: {
        200: {
          description: 'The timeline, oldest first',
          schema: {
            type: 'object',
            properties: {
              flow: { ...flowViewSchema, type: ['object', 'null'] },
              items: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    seq: { type: 'integer' },
                    at: { type: 'string', format: 'date-time' },
                    action: { type: 'string' },
                    actor: { type: ['string', 'null'] },
                    actorName: { type: ['string', 'null'] },
                    nodeId: { type: ['string', 'null'] },
                    nodeName: { type: ['string', 'null'] },
                    comment: { type: ['string', 'null'] },
                    waitedMs: { type: ['integer', 'null'], description: 'For actions on a task: how long it had waited' },
                  },
                },
              },
            },
          },
        },
        404: { description: 'No such record, or not yours to see' },
      },
    },
    async ({ user, param }) => {
      await requireFlowReader(stores, user, param('id'));
      return readFlowTimeline(stores, param('id'));
    },
  );

  addAdminFlowRoutes(api, context);
  addNotificationRoutes(api, context);
  addWorkflowDefinitionRoutes(api, context);
  return api;
}

function opt<K extends string, T>(key: K, value: T | undefined): Partial<Record<K, T>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, T>);
}

function dataOf(body: ActionBody): { data?: Record<string, unknown> } {
  if (body.data === undefined) return {};
  if (typeof body.data !== 'object' || body.data === null || Array.isArray(body.data)) throw new HttpError(400, 'invalid_body', { 'zh-CN': 'data 必须是对象', en: 'data must be an object' });
  return { data: body.data as Record<string, unknown> };
}

function oneUser(to: readonly string[] | undefined): string {
  if (to?.length !== 1) throw new HttpError(400, 'invalid_body', { 'zh-CN': '转交需指定一位成员（to）', en: 'A transfer needs exactly one person (to)' });
  return to[0] as string;
}
