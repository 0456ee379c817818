import type { NoticeKind } from '@formwork/runtime';
import type { NotificationStore } from '../../NotificationStore.js';
import {
  byCreation,
  flowNotificationColumns,
  flowNotificationSelect,
  flowNotificationValues,
  toFlowNotification,
  type FlowNotificationRow,
} from '../../flowRows/flowNotificationRow.js';
import { keysetPage } from '../../flowRows/keysetPage.js';
import type { PgQueryable } from '../PgQueryable.js';
import { insertRows } from './insertRows.js';
import { readBigint } from './readBigint.js';

/**
 * NotificationStore over `flow_notifications` (migration 0004). `drainOutbox` picks its rows
 * `FOR UPDATE SKIP LOCKED` and marks them drained in the same statement: racing senders take
 * disjoint rows, and a row drained and committed meanwhile fails the re-checked WHERE.
 */
export function createPgNotificationStore(db: PgQueryable): NotificationStore {
  return {
    async add(notifications) {
      await insertRows(db, 'flow_notifications', flowNotificationColumns, notifications.map(flowNotificationValues));
    },
    async page(userId, { unreadOnly = false, cursor, limit }) {
      const values: unknown[] = [userId, limit + 1];
      if (cursor) values.push(cursor.at, cursor.id);
      const { rows } = await db.query<FlowNotificationRow>(
        `SELECT ${flowNotificationSelect} FROM flow_notifications
         WHERE user_id = $1${unreadOnly ? ' AND read_at IS NULL' : ''}${cursor ? ' AND (created_at, id) < ($3, $4)' : ''}
         ORDER BY created_at DESC, id DESC LIMIT $2`,
        values,
      );
      return keysetPage(rows, limit, toFlowNotification, (item) => ({ at: item.createdAt, id: item.id }));
    },
    async countUnread(userId) {
      const { rows } = await db.query<{ kind: NoticeKind; n: number | string }>(
        'SELECT kind, count(*) AS n FROM flow_notifications WHERE user_id = $1 AND read_at IS NULL GROUP BY kind',
        [userId],
      );
      const byKind: Partial<Record<NoticeKind, number>> = {};
      let total = 0;
      for (const row of rows) {
        byKind[row.kind] = readBigint(row.n);
        total += readBigint(row.n);
      }
      return { total, byKind };
    },
    async markRead(userId, ids, now) {
      if (ids.length === 0) return 0;
      const result = await db.query('UPDATE flow_notifications SET read_at = $1 WHERE user_id = $2 AND read_at IS NULL AND id = ANY($3::text[])', [now, userId, ids]);
      return result.rowCount ?? 0;
    },
    async markAllRead(userId, now) {
      const result = await db.query('UPDATE flow_notifications SET read_at = $1 WHERE user_id = $2 AND read_at IS NULL', [now, userId]);
      return result.rowCount ?? 0;
    },
    async drainOutbox(now, limit) {
      const { rows } = await db.query<FlowNotificationRow>(
        `UPDATE flow_notifications SET drained_at = $1
         WHERE id IN (SELECT id FROM flow_notifications WHERE drained_at IS NULL ORDER BY created_at, id LIMIT $2 FOR UPDATE SKIP LOCKED)
         RETURNING ${flowNotificationSelect}`,
        [now, limit],
      );
      return rows.map(toFlowNotification).sort(byCreation);
    },
  };
}
