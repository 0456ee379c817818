import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FormSchema, WorkflowInstance } from '@formwork/runtime';
import type { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartBody, pngBytes } from '../../files/testing/multipartBody.js';
import { collectFieldHistory } from '../../forms/collectFieldHistory.js';
import { queryFieldsOf } from '../../query/queryFieldsOf.js';
import type { RecordCursor } from '../../query/RecordCursor.js';
import type { RecordSort } from '../../query/RecordSort.js';
import type { StoredRecord } from '../../records/StoredRecord.js';
import { publishNewForm, republish, type RecordBody } from '../../records/testing/publishForm.js';
import { valueColumnsOf } from '../../records/valueColumnsOf.js';
import { startTestServer } from '../../testing/startTestServer.js';
import { migrateToPostgres, type MigrateToPostgresReport } from '../migrateToPostgres.js';
import { createPostgresStores } from '../postgres/createPostgresStores.js';
import { openPostgres } from '../postgres/openPostgres.js';
import { createPgRecordStore } from '../postgres/records/createPgRecordStore.js';
import { createTestDatabase, type TestDatabase } from '../postgres/testing/createTestDatabase.js';
import type { RecordSelection } from '../RecordStore.js';
import { createSqliteStores } from '../sqlite/createSqliteStores.js';
import { holdDataFolder } from '../sqlite/holdDataFolder.js';
import { migrateDatabase } from '../sqlite/migrateDatabase.js';
import { migrations } from '../sqlite/migrations/index.js';
import { databasePath, openDatabase, type SqliteDatabase } from '../sqlite/openDatabase.js';
import type { Stores } from '../Stores.js';

const visitForm: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: '拜访记录',
  fields: [
    { id: 'f_name', type: 'text', label: 'Customer', unique: true },
    { id: 'f_amount', type: 'number', label: 'Amount' },
    { id: 'f_done', type: 'date', label: 'Visited' },
    { id: 'f_receipt', type: 'image', label: 'Receipt' },
    { id: 'f_no', type: 'serial', label: 'No.', parts: [{ kind: 'text', value: 'V' }, { kind: 'counter', digits: 4 }] },
  ],
};

/** Open to the public (a form with an image field may not be). */
const surveyForm: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: '满意度',
  fields: [{ id: 'f_score', type: 'number', label: 'Score' }],
  settings: { publicLink: { enabled: true } },
};

let dataDir: string;
let target: TestDatabase;
/** Undone in reverse order after the tests, however far `beforeAll` got. */
const cleanups: (() => unknown)[] = [];
let report: MigrateToPostgresReport;
const lines: string[] = [];
let sqliteDb: SqliteDatabase;
let sqlite: Stores;
let pool: Pool;
let pg: Stores;
let formId: string;
let surveyId: string;

/**
 * A workflow run on `recordId`, written through the stores as a transition writes it: the boss
 * approved the rep's record, a reminder is pending, and both were notified (one drained, one read).
 */
async function runFlow(stores: Stores, recordId: string, repId: string, bossId: string): Promise<void> {
  const instance: WorkflowInstance = {
    id: 'wfi_1', recordId, formId, workflowVersion: 2, initiator: repId, status: 'in_progress', startedAt: 10, revision: 3, epoch: 0,
    actedSinceSubmit: true, visits: [], tasks: [], timers: [], log: [],
  };
  const flowState = { status: 'in_progress' as const, nodes: [{ id: 'n_finance', name: '财务' }], assignees: [bossId] };
  expect(await stores.flowInstances.create(instance, flowState, 10)).toBe(true);
  const task = { instanceId: 'wfi_1', recordId, formId, nodeId: 'n_boss', kind: 'approve' as const, assignee: bossId, outcome: null, closedAt: null, closedBy: null };
  await stores.tasks.put([
    { ...task, id: 'tsk_1', state: 'done', outcome: 'approved', openedAt: 11, closedAt: 12, closedBy: bossId },
    { ...task, id: 'tsk_2', nodeId: 'n_finance', state: 'open', openedAt: 12 },
    { ...task, id: 'tsk_cc', kind: 'cc', assignee: repId, state: 'open', openedAt: 12 },
  ]);
  const entry = { instanceId: 'wfi_1', recordId, nodeId: null, taskId: null, comment: null, signatureFileId: null, users: [], targetNodeId: null, reason: null };
  await stores.flowLog.append([
    { ...entry, seq: 1, at: 10, action: 'submitted', actor: repId },
    { ...entry, seq: 2, at: 12, action: 'approved', actor: bossId, nodeId: 'n_boss', taskId: 'tsk_1', comment: '同意', users: [repId] },
  ]);
  await stores.flowTimers.set([{ id: 'tmr_1', instanceId: 'wfi_1', recordId, visitId: 'v2', nodeId: 'n_finance', kind: 'remind', dueAt: 5_000 }]);
  const notice = { recordId, formId, instanceId: 'wfi_1', taskId: null, nodeId: null, status: null, message: null };
  await stores.notifications.add([
    { ...notice, id: 'ntf_1', userId: bossId, kind: 'task', taskId: 'tsk_1', createdAt: 10 },
    { ...notice, id: 'ntf_2', userId: repId, kind: 'cc', createdAt: 12, message: { 'zh-CN': '抄送', en: 'Copied' } },
  ]);
  expect(await stores.notifications.drainOutbox(13, 1)).toHaveLength(1);
  expect(await stores.notifications.markAllRead(bossId, 14)).toBe(1);
}

/** A deployment built through the server's own code paths: every table gets rows. */
async function buildDeployment(): Promise<void> {
  const server = await startTestServer({ dataDir });
  try {
    const admin = await server.loginAsAdmin();
    const { user: boss } = await server.createUser({ username: 'Boss', role: 'manager' });
    const sales = (await admin.post<{ id: string }>('/api/departments', { name: '销售部', managerId: boss.id })).body;
    const east = (await admin.post<{ id: string }>('/api/departments', { name: '华东', parentId: sales.id, managerId: boss.id })).body;
    const { user: rep, client } = await server.createUser({ username: 'Rep.Wang', departmentId: east.id });
    const { user: gone } = await server.createUser({ username: 'gone' });
    expect((await admin.patch(`/api/users/${gone.id}`, { disabled: true })).status).toBe(200);
    formId = await publishNewForm(admin, visitForm);

    const { body, contentType } = multipartBody({ name: 'r.png', type: 'image/png', bytes: pngBytes(100) });
    const file = (await client.post<Record<string, unknown>>(`/api/files?formId=${formId}&fieldId=f_receipt`, undefined, { rawBody: body, headers: { 'content-type': contentType, 'x-requested-with': 'test' } })).body;
    const records: RecordBody[] = [];
    for (let index = 0; index < 40; index++) {
      const data = { f_name: `客户 ${String(index)}`, f_amount: index % 7 === 0 ? null : index * 1.5, f_done: `2025-01-${String(10 + (index % 20))}`, ...(index === 3 ? { f_receipt: [file] } : {}) };
      const headers = index === 5 ? { 'Idempotency-Key': 'retry-5' } : undefined;
      const response = await client.post<RecordBody>(`/api/forms/${formId}/records`, { data }, headers ? { headers } : {});
      expect(response.status).toBe(201);
      records.push(response.body);
    }
    for (const record of records.slice(10, 15)) {
      expect((await client.patch(`/api/records/${record.id}`, { data: { f_amount: 999 } }, { headers: { 'If-Match': '"1"' } })).status).toBe(200);
    }
    expect((await client.delete(`/api/records/${records[20]?.id ?? ''}`)).status).toBe(204);
    // A second version: a field removed (still a column of the value table), one added, and one
    // retyped (its values converted, with `convert` history entries).
    const fields = visitForm.fields.filter((field) => field.id !== 'f_done').map((field) => (field.id === 'f_amount' ? { id: 'f_amount', type: 'text' as const, label: 'Amount' } : field));
    await republish(admin, formId, { ...visitForm, fields: [...fields, { id: 'f_note', type: 'textarea', label: 'Note' }] });
    surveyId = await publishNewForm(admin, surveyForm);
    // Versioned documents, written through the store: a workflow of the form (published twice)
    // and a dashboard of its app still in draft.
    const { documents } = server.context.stores;
    const appId = (await server.context.stores.forms.findById(formId))?.appId ?? '';
    await documents.create({ id: 'doc_wf', kind: 'workflow', appId, formId, draft: { kind: 'workflow', title: '审批' }, createdBy: rep.id, createdAt: 1 });
    await documents.publish('doc_wf', { draftRevision: 1, schema: { kind: 'workflow', title: '审批' }, publishedAt: 2, publishedBy: rep.id });
    await documents.saveDraft('doc_wf', { kind: 'workflow', title: '审批 2' }, 1, rep.id, 3);
    await documents.publish('doc_wf', { draftRevision: 2, schema: { kind: 'workflow', title: '审批 2' }, publishedAt: 4, publishedBy: null });
    await documents.create({ id: 'doc_db', kind: 'dashboard', appId, formId: null, draft: { kind: 'dashboard', title: '看板' }, createdBy: null, createdAt: 5 });
    // A scoring scheme computed twice for a period (the second run current), confirmed by the rep.
    const { scoreRuns } = server.context.stores;
    await documents.create({ id: 'doc_sc', kind: 'scoring', appId, formId: null, draft: { kind: 'scoring', title: '考核' }, createdBy: null, createdAt: 6 });
    const scoreRun = { schemeId: 'doc_sc', schemeVersion: 1, period: '2026-11', trial: false, inputs: { period: '2026-11' }, formStamps: { [formId]: 3 }, computedAt: 7, computedBy: null };
    await scoreRuns.add({ ...scoreRun, id: 'run_1', sheet: { total: 80 }, reason: null });
    await scoreRuns.add({ ...scoreRun, id: 'run_2', sheet: { total: 85.5 }, reason: '补录合同' });
    await scoreRuns.confirm({ runId: 'run_2', subjectKind: 'person', subjectId: rep.id, confirmedBy: rep.id, confirmedAt: 8, note: '已核对' });
    await runFlow(server.context.stores, records[0]?.id ?? '', rep.id, boss.id);
    const publicUrl = (await admin.get<{ publicUrl: string }>(`/api/forms/${surveyId}`)).body.publicUrl;
    expect((await client.get(`/api/forms/${surveyId}/public-link`)).status).toBe(200);
    const token = publicUrl.split('/').at(-1) ?? '';
    expect((await server.anonymous().post(`/api/public/${token}/records`, { data: { f_score: 5 } })).status).toBe(201);
    await server.anonymous().post('/api/auth/login', { username: 'admin', password: 'wrong-password' });
    expect(rep.departmentId).toBe(east.id);
  } finally {
    await server.close();
  }
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'formwork-migrate-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  await buildDeployment();
  target = await createTestDatabase({ empty: true });
  cleanups.push(() => target.drop());
  report = await migrateToPostgres({ from: databasePath(dataDir), to: target.url, progress: (line) => lines.push(line), batchSize: 7 });
  sqliteDb = openDatabase(databasePath(dataDir));
  cleanups.push(() => sqliteDb.close());
  sqlite = createSqliteStores(sqliteDb);
  pool = await openPostgres(target.url);
  cleanups.push(() => pool.end());
  pg = createPostgresStores(pool, { records: createPgRecordStore });
}, 120_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** The same read on both databases; returns what SQLite answered. */
async function same<T>(read: (stores: Stores) => Promise<T>): Promise<T> {
  const expected = await read(sqlite);
  expect(await read(pg)).toEqual(expected);
  return expected;
}

async function allRecords(stores: Stores): Promise<StoredRecord[]> {
  const found: StoredRecord[] = [];
  for await (const record of stores.records.iterateForm(formId)) found.push(record);
  return found;
}

describe('migrateToPostgres', () => {
  it('copies every table with the counts checked, and reports its progress', () => {
    const counted = (table: string): number => sqliteDb.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    for (const { table, rows } of report.tables) expect(rows, table).toBe(counted(table));
    const rows = Object.fromEntries(report.tables.map(({ table, rows: n }) => [table, n]));
    // The deployment really exercises every table (an empty one would prove nothing).
    for (const table of ['departments', 'users', 'sessions', 'apps', 'forms', 'form_versions', 'documents', 'document_versions', 'score_runs', 'score_confirmations', 'records', 'record_history', 'flow_instances', 'flow_tasks', 'flow_log', 'flow_timers', 'flow_notifications', 'serial_counters', 'record_idempotency', 'files', 'record_files', 'login_failures', 'public_links', 'public_submissions']) {
      expect(rows[table], table).toBeGreaterThan(0);
    }
    expect(report.recordsByForm).toEqual({ [formId]: 40, [surveyId]: 1 });
    expect(lines).toContain('records: 41 rows');
    expect(lines).toContain('form_versions: 3 rows');
    expect(lines.at(-1)).toMatch(/files\//);
    expect(sqliteDb.prepare("SELECT count(*) FROM record_history WHERE action = 'convert'").pluck().get()).toBeGreaterThan(0);
  });

  it('answers record reads as SQLite does: by id, iterated, paged, counted, unique checks, history', async () => {
    const versions = await same((stores) => stores.forms.listVersions(formId));
    const history = collectFieldHistory(versions);
    const columns = valueColumnsOf(history);
    const records = await same(allRecords);
    expect(records).toHaveLength(40);
    for (const record of records) {
      await same((stores) => stores.records.findById(record.id));
      await same((stores) => stores.history.list(record.id));
    }
    const fields = queryFieldsOf(history);
    const name = fields.get('f_name') ?? null;
    const amount = fields.get('f_amount') ?? null;
    const removed = fields.get('f_done') ?? null;
    expect([name, amount, removed].every((field) => field !== null)).toBe(true);
    for (const state of ['live', 'deleted'] as const) {
      const selection: RecordSelection = { formId, columns, scope: { kind: 'all' }, filter: null, state };
      await same((stores) => stores.records.count(selection));
      for (const sort of [{ field: null, direction: 'desc' }, { field: name, direction: 'asc' }, { field: amount, direction: 'desc' }, { field: removed, direction: 'asc' }] as RecordSort[]) {
        const walk = async (stores: Stores): Promise<string[]> => {
          const ids: string[] = [];
          let cursor: RecordCursor | undefined;
          for (;;) {
            const page = await stores.records.page({ ...selection, sort, cursor, limit: 6 });
            ids.push(...page.records.map((record) => record.id));
            if (!page.next) return ids;
            cursor = JSON.parse(JSON.stringify(page.next)) as RecordCursor;
          }
        };
        await same(walk);
      }
    }
    expect(await same((stores) => stores.records.hasValue(formId, columns, 'f_name', '客户 7', null))).toBe(true);
    expect(await same((stores) => stores.records.hasValue(formId, columns, 'f_name', '客户 7', records.find((record) => record.data['f_name'] === '客户 7')?.id ?? null))).toBe(false);
  });

  it('keeps users, departments, sessions, files, links and idempotency answers', async () => {
    await same((stores) => stores.users.list());
    const rep = await same((stores) => stores.users.findCredentials('REP.wang'));
    expect(rep?.user.username).toBe('Rep.Wang');
    expect((await pg.users.list()).find((user) => user.username === 'gone')?.disabled).toBe(true);
    const departments = await same((stores) => stores.departments.list());
    expect(departments.every((department) => department.managerId !== null)).toBe(true);
    for (const token of sqliteDb.prepare('SELECT token_hash FROM sessions').pluck().all() as string[]) await same((stores) => stores.sessions.find(token));
    for (const token of sqliteDb.prepare('SELECT token FROM public_links').pluck().all() as string[]) await same((stores) => stores.publicLinks.findByToken(token));
    for (const id of sqliteDb.prepare('SELECT id FROM files').pluck().all() as string[]) {
      await same((stores) => stores.files.findById(id));
      expect(await same((stores) => stores.files.recordsReferencing(id))).toHaveLength(1);
    }
    const repId = rep?.user.id ?? '';
    expect(await same((stores) => stores.idempotency.find(formId, repId, 'retry-5'))).toBeDefined();
    await same((stores) => stores.forms.findById(formId));
    expect(await same((stores) => stores.documents.findByForm(formId, 'workflow'))).toMatchObject({ id: 'doc_wf', published: { version: 2, schema: { title: '审批 2' } } });
    expect(await same((stores) => stores.documents.listVersions('doc_wf'))).toHaveLength(2);
    expect(await same((stores) => stores.scoreRuns.latest('doc_sc', '2026-11'))).toMatchObject({ id: 'run_2', sheet: { total: 85.5 }, reason: '补录合同' });
    expect(await same((stores) => stores.scoreRuns.confirmations('run_2'))).toHaveLength(1);
    const appId = (await pg.forms.findById(formId))?.appId ?? '';
    expect(await same((stores) => stores.documents.listByApp(appId, 'dashboard'))).toMatchObject([{ id: 'doc_db', published: null }]);
  });

  it('keeps workflow runs: instances, inboxes, timelines, timers, notifications and the outbox', async () => {
    const recordId = (await same((stores) => stores.flowInstances.findById('wfi_1')))?.instance.recordId ?? '';
    expect(await same((stores) => stores.flowInstances.findByRecord(recordId))).toMatchObject({ instance: { revision: 3 } });
    const [task] = await same((stores) => stores.tasks.listByInstance('wfi_1'));
    const boss = task?.assignee ?? '';
    expect(await same((stores) => stores.tasks.countBoxes(boss))).toEqual({ todo: 1, done: 1, initiated: 0, cc: 0 });
    for (const box of ['todo', 'done', 'initiated', 'cc'] as const) {
      const rep = (await pg.flowInstances.findById('wfi_1'))?.instance.initiator ?? '';
      for (const userId of [boss, rep]) await same((stores) => stores.tasks.page({ userId, box, limit: 5 }));
    }
    expect(await same((stores) => stores.flowLog.listByRecord(recordId))).toHaveLength(2);
    expect(await same((stores) => stores.flowTimers.listByInstance('wfi_1'))).toHaveLength(1);
    expect(await same((stores) => stores.notifications.page(boss, { limit: 5 }))).toMatchObject({ items: [{ id: 'ntf_1', readAt: 14 }] });
    // What the SQLite outbox had handed out stays handed out.
    expect((await pg.notifications.drainOutbox(20, 10)).map((notification) => notification.id)).toEqual(['ntf_2']);
    // The log's numbering goes on past the copied entries.
    await pg.flowLog.append([{ instanceId: 'wfi_1', recordId, seq: 3, at: 30, action: 'reminded', actor: null, nodeId: null, taskId: null, comment: null, signatureFileId: null, users: [], targetNodeId: null, reason: null }]);
    expect((await pg.flowLog.listByRecord(recordId)).map((entry) => entry.seq)).toEqual([1, 2, 3]);
  });

  it('continues the numbering: serials and seqs go on past the copied ones', async () => {
    const counter = sqliteDb.prepare('SELECT field_id, period, value FROM serial_counters').get() as { field_id: string; period: string; value: number };
    expect(await same((stores) => stores.serials.next(formId, counter.field_id, counter.period, 1))).toBe(counter.value + 1);
    const maxSeq = sqliteDb.prepare('SELECT max(seq) FROM records').pluck().get() as number;
    const columns = valueColumnsOf(collectFieldHistory(await pg.forms.listVersions(formId)));
    const admin = (await pg.users.findCredentials('admin'))?.user.id ?? '';
    const fresh = await pg.records.insert({ id: 'rec_after_migration', formId, formVersion: 2, data: { f_name: 'new' }, creatorId: admin, ownerId: admin, ownerDepartmentId: null, createdAt: 1 }, columns);
    expect(fresh.seq).toBe(maxSeq + 1);
    await pg.history.append({ recordId: fresh.id, version: 1, action: 'update', actorId: null, at: 2, changes: [] });
    const historySeq = (await pool.query<{ seq: number }>('SELECT max(seq) AS seq FROM record_history')).rows[0]?.seq;
    expect(historySeq).toBeGreaterThan(sqliteDb.prepare('SELECT max(seq) FROM record_history').pluck().get() as number);
  });
});

describe('migrateToPostgres refuses', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'formwork-migrate-refusals-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function sqliteFile(name: string, upTo = migrations.length): string {
    const file = join(dir, name);
    const db = openDatabase(file);
    migrateDatabase(db, () => 1, migrations.slice(0, upTo));
    db.prepare("INSERT INTO users (id, username, username_key, name, role, password_hash, created_at, updated_at) VALUES ('usr_1', 'ann', 'ann', 'Ann', 'admin', 'x', 1, 1)").run();
    db.close();
    return file;
  }

  async function tableCount(url: string, table: string): Promise<number | null> {
    const check = await openPostgres(url);
    try {
      if ((await check.query<{ t: string | null }>('SELECT to_regclass($1)::text AS t', [table])).rows[0]?.t === null) return null;
      return Number((await check.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]?.n);
    } finally {
      await check.end();
    }
  }

  it('a target that already holds data, naming the tables, and never merges', async () => {
    const database = await createTestDatabase();
    try {
      const seed = await openPostgres(database.url);
      await seed.query("INSERT INTO apps (id, name, created_at, updated_at) VALUES ('app_there', 'There', 1, 1)");
      await seed.end();
      await expect(migrateToPostgres({ from: sqliteFile('full.sqlite'), to: database.url })).rejects.toThrow(/already holds data \(apps\).*never merges/);
      expect(await tableCount(database.url, 'users')).toBe(0);
    } finally {
      await database.drop();
    }
  });

  it('a SQLite database that is not at the current schema, before touching the target', async () => {
    const database = await createTestDatabase({ empty: true });
    try {
      const error = await migrateToPostgres({ from: sqliteFile('old.sqlite', migrations.length - 1), to: database.url }).catch((caught: unknown) => caught);
      expect(String(error)).toMatch(/start this version of Formwork on its data folder once/);
      expect(String(error)).toMatch(/请先用此版本的 Formwork/);
      expect(await tableCount(database.url, 'schema_migrations')).toBeNull();
    } finally {
      await database.drop();
    }
  });

  it('a SQLite file whose data folder a server is serving', async () => {
    const served = join(dir, 'served');
    const file = sqliteFile(join('served', 'formwork.sqlite'));
    const hold = holdDataFolder(served, () => 1);
    try {
      await expect(migrateToPostgres({ from: file, to: 'postgres://u@127.0.0.1:1/x' })).rejects.toThrow(/A Formwork server is running on .*served.*stop it before migrating/);
    } finally {
      hold.release();
    }
  });

  it('a missing SQLite file, and bad or unreachable URLs without printing the password', async () => {
    await expect(migrateToPostgres({ from: join(dir, 'none.sqlite'), to: 'postgres://u@localhost/x' })).rejects.toThrow(/No SQLite database at/);
    const file = sqliteFile('ok.sqlite');
    for (const url of ['mysql://root:s3cret-pw@localhost/formwork', 'not a url s3cret-pw', 'postgres://u:s3cret-pw@127.0.0.1:1/formwork']) {
      const error = await migrateToPostgres({ from: file, to: url }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(Error);
      expect(String(error)).not.toContain('s3cret-pw');
    }
  });

  it('rolls everything back when one row cannot be copied', async () => {
    const file = sqliteFile('nul.sqlite');
    const db = openDatabase(file);
    // PostgreSQL text cannot hold U+0000; SQLite's can. Apps are copied after the users.
    db.prepare("INSERT INTO apps (id, name, created_at, updated_at) VALUES ('app_nul', ?, 1, 1)").run('bad\u0000name');
    db.close();
    const database = await createTestDatabase({ empty: true });
    try {
      await expect(migrateToPostgres({ from: file, to: database.url })).rejects.toThrow();
      expect(await tableCount(database.url, 'users')).toBe(0);
      // Migrated though: a second try after fixing the file needs nothing more.
      expect(await tableCount(database.url, 'schema_migrations')).toBeGreaterThan(0);
    } finally {
      await database.drop();
    }
  });
});
