import type { ApiRouter } from '../http/ApiRouter.js';
import { v } from '../http/validation/v.js';
import type { ServerContext } from '../ServerContext.js';
import type { FlowNotification } from '../storage/NotificationStore.js';
import { decodeInboxCursor, encodeInboxCursor } from './inboxCursor.js';

const listQuery = v.object({
  unread: v.optional(v.oneOf(['true', 'false'])),
  limit: v.optional(v.string({ maxLength: 3, pattern: { regex: /^\d+$/, message: { 'zh-CN': '必须是整数', en: 'must be a whole number' } }, description: '1–200, default 50' })),
  cursor: v.optional(v.string({ maxLength: 500, description: 'nextCursor of the previous page' })),
});

const notificationSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    kind: { type: 'string', enum: ['task', 'returned', 'cc', 'urge', 'remind', 'finished'] },
    recordId: { type: 'string' },
    formId: { type: 'string' },
    taskId: { type: ['string', 'null'] },
    nodeId: { type: ['string', 'null'] },
    status: { type: ['string', 'null'], description: 'finished: how the flow finished' },
    message: { type: ['object', 'null'], description: 'zh-CN and en' },
    createdAt: { type: 'string', format: 'date-time' },
    readAt: { type: ['string', 'null'], format: 'date-time' },
    initiator: { type: ['string', 'null'], description: "Who started the record's flow (user id)" },
  },
};

function toNotificationView(notification: FlowNotification, initiator: string | null) {
  return {
    id: notification.id,
    kind: notification.kind,
    recordId: notification.recordId,
    formId: notification.formId,
    taskId: notification.taskId,
    nodeId: notification.nodeId,
    status: notification.status,
    message: notification.message,
    createdAt: new Date(notification.createdAt).toISOString(),
    readAt: notification.readAt === null ? null : new Date(notification.readAt).toISOString(),
    initiator,
  };
}

/**
 * In-app notifications of the workflows (new task, returned, copied, urged, reminded, finished):
 * one's own only, newest first, with unread counts for the header, marked read one by one or all.
 */
export function addNotificationRoutes(api: ApiRouter, context: ServerContext): void {
  const { stores } = context;
  api.route(
    {
      method: 'get',
      path: '/api/notifications',
      summary: 'Your notifications, newest first (unread=true: the unread ones)',
      tags: ['notifications'],
      access: 'signedIn',
      query: listQuery,
      responses: {
        200: { description: 'A page', schema: { type: 'object', properties: { items: { type: 'array', items: notificationSchema }, nextCursor: { type: ['string', 'null'] } } } },
        400: { description: 'invalid_query, invalid_cursor' },
      },
    },
    async ({ query, user }) => {
      const limit = query.limit === undefined ? 50 : Math.min(200, Math.max(1, Number(query.limit)));
      const page = await stores.notifications.page(user.id, { unreadOnly: query.unread === 'true', cursor: query.cursor === undefined ? undefined : decodeInboxCursor(query.cursor), limit });
      // Who started each flow, so that a line can say who it is about: one read for the page.
      const flows = await stores.flowInstances.summariesOf([...new Set(page.items.map((item) => item.recordId))]);
      return { items: page.items.map((item) => toNotificationView(item, flows.get(item.recordId)?.initiator ?? null)), nextCursor: page.next === null ? null : encodeInboxCursor(page.next) };
    },
  );
  api.route(
    {
      method: 'get',
      path: '/api/notifications/counts',
      summary: 'How many of your notifications are unread, in all and per kind',
      tags: ['notifications'],
      access: 'signedIn',
      responses: { 200: { description: 'Unread counts', schema: { type: 'object', properties: { total: { type: 'integer' }, byKind: { type: 'object' } } } } },
    },
    async ({ user }) => stores.notifications.countUnread(user.id),
  );
  api.route(
    {
      method: 'post',
      path: '/api/notifications/read',
      summary: 'Mark notifications read (ids), or all of yours (all: true)',
      tags: ['notifications'],
      access: 'signedIn',
      body: v.object({ ids: v.optional(v.array(v.string({ minLength: 1, maxLength: 64, description: 'A notification id' }), { maxItems: 500 })), all: v.optional(v.boolean()) }),
      responses: { 200: { description: 'How many changed (others\' ids are ignored)', schema: { type: 'object', properties: { changed: { type: 'integer' } } } } },
    },
    async ({ body, user }) => ({ changed: body.all === true ? await stores.notifications.markAllRead(user.id, context.now()) : await stores.notifications.markRead(user.id, body.ids ?? [], context.now()) }),
  );
}
