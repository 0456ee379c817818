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
import { keysetPage, placeholders } from '../../flowRows/keysetPage.js';
import type { SqliteDatabase } from '../openDatabase.js';
import type { Synchronous } from '../Synchronous.js';

/**
 * NotificationStore over `flow_notifications` (migration 0011). `drainOutbox` is one UPDATE …
 * RETURNING, atomic under SQLite's single writer.
 */
export function createSqliteNotificationStore(db: SqliteDatabase): Synchronous<NotificationStore> {
  const insert = db.prepare(`INSERT INTO flow_notifications (${flowNotificationColumns.join(', ')}) VALUES (${placeholders(flowNotificationColumns.length, 'sqlite')})`);
  // One statement per shape: all or unread only, first page or after a cursor.
  const pageSql = (unreadOnly: boolean, after: boolean) =>
    `SELECT ${flowNotificationSelect} FROM flow_notifications
     WHERE user_id = ?${unreadOnly ? ' AND read_at IS NULL' : ''}${after ? ' AND (created_at, id) < (?, ?)' : ''}
     ORDER BY created_at DESC, id DESC LIMIT ?`;
  const pages = new Map(
    [false, true].flatMap((unreadOnly) =>
      [false, true].map((after) => [`${String(unreadOnly)}:${String(after)}`, db.prepare<unknown[], FlowNotificationRow>(pageSql(unreadOnly, after))] as const),
    ),
  );
  const unread = db.prepare<[string], { kind: NoticeKind; n: number }>('SELECT kind, count(*) AS n FROM flow_notifications WHERE user_id = ? AND read_at IS NULL GROUP BY kind');
  const markRead = db.prepare<[number, string, string]>('UPDATE flow_notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL AND id IN (SELECT value FROM json_each(?))');
  const markAll = db.prepare<[number, string]>('UPDATE flow_notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL');
  const drain = db.prepare<[number, number], FlowNotificationRow>(
    `UPDATE flow_notifications SET drained_at = ?
     WHERE id IN (SELECT id FROM flow_notifications WHERE drained_at IS NULL ORDER BY created_at, id LIMIT ?)
     RETURNING ${flowNotificationSelect}`,
  );
  return {
    add: (notifications) => {
      for (const notification of notifications) insert.run(...flowNotificationValues(notification));
    },
    page: (userId, { unreadOnly = false, cursor, limit }) => {
      const args: unknown[] = [userId, ...(cursor ? [cursor.at, cursor.id] : []), limit + 1];
      const rows = pages.get(`${String(unreadOnly)}:${String(cursor !== undefined)}`)?.all(...args) ?? [];
      return keysetPage(rows, limit, toFlowNotification, (item) => ({ at: item.createdAt, id: item.id }));
    },
    countUnread: (userId) => {
      const byKind: Partial<Record<NoticeKind, number>> = {};
      let total = 0;
      for (const row of unread.all(userId)) {
        byKind[row.kind] = row.n;
        total += row.n;
      }
      return { total, byKind };
    },
    markRead: (userId, ids, now) => (ids.length === 0 ? 0 : markRead.run(now, userId, JSON.stringify(ids)).changes),
    markAllRead: (userId, now) => markAll.run(now, userId).changes,
    drainOutbox: (now, limit) => drain.all(now, limit).map(toFlowNotification).sort(byCreation),
  };
}
