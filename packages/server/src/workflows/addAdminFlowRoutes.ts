import type { ApiRouter } from '../http/ApiRouter.js';
import { v } from '../http/validation/v.js';
import type { ServerContext } from '../ServerContext.js';
import { flowViewSchema } from './flowView.js';
import { runFlowAction } from './runFlowAction.js';

const id = (description: string) => v.string({ minLength: 1, maxLength: 64, description });
const comment = v.optional(v.string({ maxLength: 2000, trim: true, singleLine: false, description: 'Kept in the timeline' }));

const outcomeSchema = { type: 'object', properties: { recordId: { type: 'string' }, instanceId: { type: 'string' }, flow: flowViewSchema } };
const responses = {
  200: { description: 'Done: where the record stands now', schema: outcomeSchema },
  403: { description: 'Admins only' },
  404: { description: 'no_flow (the record runs through no workflow), unknown_task, unknown_node' },
  409: { description: 'flow_finished (end, reassign), flow_not_finished (reactivate), task_closed, flow_changed' },
  422: { description: 'unknown_user, already_assigned, invalid target' },
};

/**
 * The administrators' hand on a record's flow: end it, reopen a finished one (where it stopped,
 * or at `nodeId`), hand someone's open task to another person. Each one transition, logged with
 * who did it.
 */
export function addAdminFlowRoutes(api: ApiRouter, context: ServerContext): void {
  api.route(
    { method: 'post', path: '/api/records/:id/flow/end', summary: "End a record's running flow (admins)", tags: ['tasks'], access: 'admin', body: v.omittable(v.object({ comment })), responses },
    async ({ body, user, locale, param }) => runFlowAction(context, user, { recordId: param('id') }, { type: 'end', by: user.id, ...(body.comment === undefined ? {} : { comment: body.comment }) }, locale),
  );
  api.route(
    {
      method: 'post',
      path: '/api/records/:id/flow/reactivate',
      summary: "Reopen a record's finished flow (admins), where it stopped or at nodeId",
      tags: ['tasks'],
      access: 'admin',
      body: v.omittable(v.object({ comment, nodeId: v.optional(id('The node to reopen at')) })),
      responses,
    },
    async ({ body, user, locale, param }) =>
      runFlowAction(context, user, { recordId: param('id') }, { type: 'reactivate', by: user.id, ...(body.comment === undefined ? {} : { comment: body.comment }), ...(body.nodeId === undefined ? {} : { nodeId: body.nodeId }) }, locale),
  );
  api.route(
    {
      method: 'post',
      path: '/api/records/:id/flow/reassign',
      summary: "Hand someone's open task of this record to another person (admins)",
      tags: ['tasks'],
      access: 'admin',
      body: v.object({ taskId: id('The open task'), to: id('The user to hand it to'), comment }),
      responses,
    },
    async ({ body, user, locale, param }) =>
      runFlowAction(context, user, { recordId: param('id') }, { type: 'reassign', taskId: body.taskId, to: body.to, by: user.id, ...(body.comment === undefined ? {} : { comment: body.comment }) }, locale),
  );
}
