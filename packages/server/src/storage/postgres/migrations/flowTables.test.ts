import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase } from '../../sqlite/migrateDatabase.js';
import { openDatabase, type SqliteDatabase } from '../../sqlite/openDatabase.js';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase.js';

// The rules the workflow runtime's tables keep by themselves, in both dialects (the stores never
// break them; these guard against code, or a hand, that goes around them), and the plans the
// inbox's reads get over 10,000 tasks: one index range, no sort.

const seed = `
  INSERT INTO users (id, username, username_key, name, role, password_hash, created_at, updated_at) VALUES ('u1', 'a', 'a', 'A', 'member', 'h', 1, 1);
  INSERT INTO apps (id, name, created_at, updated_at) VALUES ('a1', 'CRM', 1, 1);
  INSERT INTO forms (id, app_id, title, draft_schema, draft_revision, created_at, updated_at) VALUES ('f1', 'a1', 'Deals', '{}', 1, 1, 1);
  INSERT INTO records (id, form_id, form_version, data, version, created_at, updated_at) VALUES ('r1', 'f1', 1, '{}', 1, 1, 1);
  INSERT INTO flow_instances (id, record_id, form_id, workflow_version, initiator_id, status, revision, state, flow_state, started_at, updated_at)
    VALUES ('i1', 'r1', 'f1', 1, 'u1', 'in_progress', 1, '{}', '{}', 1, 1);
  INSERT INTO flow_log (instance_id, record_id, entry_seq, at, action, users) VALUES ('i1', 'r1', 1, 1, 'submitted', '[]');
`;

const task = (id: string, state: string, box: string, boxAt: string, closedAt = 'NULL') =>
  `INSERT INTO flow_tasks (id, instance_id, record_id, form_id, node_id, kind, assignee_id, state, opened_at, closed_at, box, box_at)
   VALUES ('${id}', 'i1', 'r1', 'f1', 'n1', 'approve', 'u1', '${state}', 5, ${closedAt}, ${box}, ${boxAt})`;

const refused: readonly [string, RegExp][] = [
  ["UPDATE flow_log SET comment = 'rewritten'", /the workflow log is append-only/],
  ['DELETE FROM flow_log', /the workflow log is never deleted/],
  ["INSERT INTO flow_log (instance_id, record_id, entry_seq, at, action, users) VALUES ('i1', 'r1', 1, 2, 'approved', '[]')", /unique|UNIQUE/],
  [
    `INSERT INTO flow_instances (id, record_id, form_id, workflow_version, initiator_id, status, revision, state, flow_state, started_at, updated_at)
     VALUES ('i2', 'r1', 'f1', 1, 'u1', 'in_progress', 1, '{}', '{}', 1, 1)`,
    /unique|UNIQUE/,
  ],
  [
    `INSERT INTO flow_instances (id, record_id, form_id, workflow_version, initiator_id, status, revision, state, flow_state, started_at, updated_at)
     VALUES ('i3', 'r1', 'f1', 1, 'u1', 'paused', 1, '{}', '{}', 1, 1)`,
    /check|CHECK/,
  ],
  // A box that disagrees with the task's state, or a time that is not the one its box sorts by.
  [task('t1', 'open', "'done'", '5'), /check|CHECK/],
  [task('t2', 'open', 'NULL', 'NULL'), /check|CHECK/],
  [task('t3', 'done', "'done'", '5', '9'), /check|CHECK/],
  [task('t4', 'cancelled', "'todo'", '5', '9'), /check|CHECK/],
  ["DELETE FROM flow_instances WHERE id = 'i1'", /foreign key|FOREIGN KEY/],
];

const allowed = [task('ok1', 'open', "'todo'", '5'), task('ok2', 'done', "'done'", '9', '9'), task('ok3', 'waiting', 'NULL', 'NULL')];

/** 10,000 tasks for u1 (a third done), as the inbox holds them. */
const manyTasks = (first: number) => `
  INSERT INTO flow_tasks (id, instance_id, record_id, form_id, node_id, kind, assignee_id, state, opened_at, closed_at, box, box_at)
  SELECT 'm' || n, 'i1', 'r1', 'f1', 'n1', 'approve', 'u1',
         CASE WHEN n % 3 = 0 THEN 'done' ELSE 'open' END, n, CASE WHEN n % 3 = 0 THEN n + 1 END,
         CASE WHEN n % 3 = 0 THEN 'done' ELSE 'todo' END, CASE WHEN n % 3 = 0 THEN n + 1 ELSE n END
  FROM ${first === 0 ? 'generate_series(1, 10000) AS s(n)' : '(WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < 10000) SELECT n FROM s)'}`;

/** The shapes TaskStore.page sends (a box, newest first, with a form filter and after a cursor), and the index that must serve each. */
const inboxReads = (p: (n: number) => string): readonly [string, string, string][] => [
  [
    'todo, first page',
    `SELECT t.id FROM flow_tasks t JOIN flow_instances i ON i.id = t.instance_id WHERE t.assignee_id = ${p(1)} AND t.box = ${p(2)} ORDER BY t.box_at DESC, t.id DESC LIMIT 21`,
    'flow_tasks_inbox',
  ],
  [
    'done of a form, after a cursor',
    `SELECT t.id FROM flow_tasks t JOIN flow_instances i ON i.id = t.instance_id
      WHERE t.assignee_id = ${p(1)} AND t.box = ${p(2)} AND t.form_id = ${p(3)} AND (t.box_at, t.id) < (${p(4)}, ${p(5)})
      ORDER BY t.box_at DESC, t.id DESC LIMIT 21`,
    // Either index is one range: the planner takes the shorter when every task is of the form.
    'flow_tasks_inbox(_form)?',
  ],
];

describe('the workflow runtime tables on SQLite', () => {
  let db: SqliteDatabase;
  beforeAll(() => {
    db = openDatabase(':memory:');
    migrateDatabase(db, () => 1);
    db.exec(seed);
  });
  afterAll(() => db.close());

  it.each(refused)('refuses %s', (sql, reason) => {
    expect(() => db.exec(sql)).toThrow(reason);
  });

  it('takes tasks whose box follows their state', () => {
    for (const sql of allowed) db.exec(sql);
    expect(db.prepare("SELECT count(*) FROM flow_tasks WHERE id LIKE 'ok%'").pluck().get()).toBe(3);
  });

  it.each(inboxReads(() => '?'))('reads the inbox (%s) along one index, unsorted', (_, sql, index) => {
    db.exec(manyTasks(1));
    const plan = db
      .prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
      .all(...['u1', 'done', 'f1', 5000, 'm5000'].slice(0, (sql.match(/\?/g) ?? []).length))
      .map((row) => row.detail)
      .join('\n');
    expect(plan, plan).toMatch(new RegExp(`USING INDEX ${index} \\(`));
    expect(plan).not.toMatch(/TEMP B-TREE|SCAN t\b/);
    db.exec("DELETE FROM flow_tasks WHERE id LIKE 'm%'");
  });
});

describe('the workflow runtime tables on PostgreSQL', () => {
  let database: TestDatabase;
  let db: Client;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = new Client({ connectionString: database.url });
    await db.connect();
    await db.query(seed);
  });
  afterAll(async () => {
    await db.end();
    await database.drop();
  });

  it.each(refused)('refuses %s', async (sql, reason) => {
    await expect(db.query(sql)).rejects.toThrow(reason);
  });

  it('takes tasks whose box follows their state', async () => {
    for (const sql of allowed) await db.query(sql);
    expect((await db.query("SELECT count(*)::int AS n FROM flow_tasks WHERE id LIKE 'ok%'")).rows[0]).toEqual({ n: 3 });
  });

  it.each(inboxReads((n) => `$${String(n)}`))('reads the inbox (%s) along one index, unsorted', async (_, sql, index) => {
    await db.query(manyTasks(0));
    await db.query('ANALYZE flow_tasks');
    const values = ['u1', 'done', 'f1', 5000, 'm5000'].slice(0, (sql.match(/\$\d/g) ?? []).length);
    const { rows } = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, values);
    const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
    expect(plan, plan).toMatch(new RegExp(`Index (Only )?Scan Backward using ${index} on flow_tasks`));
    expect(plan).not.toMatch(/Sort|Seq Scan on flow_tasks/);
    await db.query("DELETE FROM flow_tasks WHERE id LIKE 'm%'");
  });
});
