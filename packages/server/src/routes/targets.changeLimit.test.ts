import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartBody } from '../files/testing/multipartBody.js';
import { detailsOf, type ErrorBody, type PageBody, type RecordBody } from '../records/testing/publishForm.js';
import { defaultRecordSettings } from '../records/RecordSettings.js';
import type { TestClient } from '../testing/TestClient.js';
import { TestClock } from '../testing/TestClock.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';

// The targets' change limit and "every adjustment says why" hold however a target record is
// written (#13): through the records API (one change, a batch), a second submit of the same
// target, or an import — not only through the targets routes. Over HTTP on both databases.

let server: TestServer;
let admin: TestClient;
let appId: string;
let formId: string;
const ids: Record<string, string> = {};

interface ImportErrorBody extends ErrorBody {
  error: ErrorBody['error'] & { details: { errors?: { row: number; column: string | null; fieldId: string | null; code: string; message: string }[] } };
}

const targetOf = async (person: string, period = '2026-11'): Promise<RecordBody> => {
  const page = await admin.get<PageBody>(`/api/forms/${formId}/records?limit=100`);
  const found = page.body.items.find((record) => record.data['tgt_person'] === ids[person] && record.data['tgt_period'] === period);
  if (!found) throw new Error(`no ${period} target of ${person}`);
  return found;
};
const count = async () => (await admin.get<PageBody>(`/api/forms/${formId}/records?limit=100`)).body.items.length;
const importCsv = (lines: string[], headers: Record<string, string> = {}, query = '') => {
  const { body, contentType } = multipartBody({ name: 'targets.csv', type: 'text/csv', bytes: Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8') });
  return admin.post<ImportErrorBody & { imported: number }>(`/api/forms/${formId}/import${query}`, undefined, { rawBody: body, headers: { 'content-type': contentType, 'x-requested-with': 'test', ...headers } });
};
const header = '周期,层级,部门,人员,指标,目标值,原因';

// Import rows are checked in the request (small files) or in a worker thread (large ones, here every one); the write hooks run in the request either way.
describe.each([
  ['rows checked in the request', Number.POSITIVE_INFINITY],
  ['rows checked in a worker thread', 0],
])('targets written around the targets routes (%s)', (_mode, importWorkerMinBytes) => {
  beforeAll(async () => {
    server = await startTestServer({ clock: new TestClock(Date.UTC(2026, 10, 15, 4, 0, 0)), settings: { records: { ...defaultRecordSettings, importWorkerMinBytes } } });
    admin = await server.loginAsAdmin();
    ids['east'] = (await admin.post<{ id: string }>('/api/departments', { name: '华东区' })).body.id;
    ids['li'] = (await server.createUser({ username: 'li', role: 'member', departmentId: ids['east'] })).user.id;
    ids['wang'] = (await server.createUser({ username: 'wang', role: 'member', departmentId: ids['east'] })).user.id;
    appId = (await admin.post<{ id: string }>('/api/apps', { name: '销售' })).body.id;
    const written = await admin.post<{ formId: string }>(`/api/apps/${appId}/targets/decompose`, {
      root: { period: '2026-11', amount: 1_000_000, metric: 'k_sales', department: ids['east'] },
      org: { to: 'person', method: 'even' },
      dryRun: false,
    });
    expect(written.status).toBe(201);
    formId = written.body.formId;
    expect((await admin.put(`/api/apps/${appId}/targets/settings`, { maxChangesPerPeriod: 1, reason: '目标认领会后锁定' })).status).toBe(200);
  });
  afterAll(() => server.close());

  describe('the change limit through the records API', () => {
    it('accepts a change under the limit, stamping who, when and why on the record and its history', async () => {
      const li = await targetOf('li');
      const changed = await admin.patch<RecordBody>(`/api/records/${li.id}`, { data: { tgt_amount: 550_000 }, reason: '客户追加订单' });
      expect(changed.status).toBe(200);
      expect(changed.body.data['tgt_amount']).toBe(550_000);
      expect(changed.body.data['tgt_reason']).toBe('客户追加订单');
      const history = await admin.get<{ items: { action: string; actorId: string; at: string; reason: string | null; changes: { fieldId: string }[] }[] }>(`/api/records/${li.id}/history`);
      const last = history.body.items.at(-1);
      expect(last?.action).toBe('update');
      expect(last?.reason).toBe('客户追加订单');
      expect(last?.actorId).toBe(li.creatorId); // the admin, who wrote the decomposition too
      expect(last?.at).toBe('2026-11-15T04:00:00.000Z');
      expect(last?.changes.map((change) => change.fieldId).sort()).toEqual(['tgt_amount', 'tgt_reason']);
    });

    it('refuses one change more with a 422 naming the period and the limit, in both languages, and writes nothing', async () => {
      const li = await targetOf('li');
      const refused = await admin.patch<ErrorBody>(`/api/records/${li.id}`, { data: { tgt_amount: 600_000 }, reason: '再调一次' });
      expect(refused.status).toBe(422);
      expect(refused.body.error.code).toBe('target_changes_exhausted');
      expect(refused.body.error.message).toBe('2026-11 的目标已调整 1 次，达到本应用每个周期 1 次的上限，不能再改');
      expect(detailsOf(refused.body).map((detail) => [detail.pointer, detail.code])).toEqual([['/data/tgt_amount', 'target_changes_exhausted']]);
      const inEnglish = await admin.patch<ErrorBody>(`/api/records/${li.id}`, { data: { tgt_amount: 600_000 }, reason: 'again' }, { headers: { 'accept-language': 'en' } });
      expect(inEnglish.body.error.message).toBe('The 2026-11 target has already changed 1 time(s), the most this app allows in a period (1); it cannot change again');
      const after = await targetOf('li');
      expect([after.version, after.data['tgt_amount'], after.data['tgt_reason']]).toEqual([li.version, 550_000, '客户追加订单']);
    });

    it('still lets what is not the amount change (a label of the rule), without counting it', async () => {
      const li = await targetOf('li');
      const changed = await admin.patch<RecordBody>(`/api/records/${li.id}`, { data: { tgt_rule: '经理核定' }, reason: '写明规则' });
      expect(changed.status).toBe(200);
      expect(changed.body.data['tgt_rule']).toBe('经理核定');
    });

    it('refuses a batch that changes an exhausted target as a whole: no record of it changes', async () => {
      const [li, wang] = [await targetOf('li'), await targetOf('wang')];
      const refused = await admin.post<ErrorBody>(`/api/forms/${formId}/records/batch`, { ids: [wang.id, li.id], set: { tgt_amount: 480_000 }, reason: '统一下调' });
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBe('batch_rejected');
      expect(detailsOf(refused.body).map((detail) => [detail.pointer, detail.code])).toEqual([['/ids/1', 'target_changes_exhausted']]);
      expect((await targetOf('wang')).data['tgt_amount']).toBe(wang.data['tgt_amount']);
    });

    it('asks why a target changes even when the form no longer asks for a reason', async () => {
      const form = await admin.get<{ draft: { fields: unknown[]; settings: Record<string, unknown> } & Record<string, unknown> }>(`/api/forms/${formId}`);
      const draft = form.body.draft;
      const { changeReason: _dropped, ...settings } = draft.settings;
      expect((await admin.put(`/api/forms/${formId}`, { schema: { ...draft, settings } })).status).toBe(200);
      expect((await admin.post(`/api/forms/${formId}/publish`, {})).status).toBe(200);
      const wang = await targetOf('wang');
      const refused = await admin.patch<ErrorBody>(`/api/records/${wang.id}`, { data: { tgt_amount: 520_000 } });
      expect(refused.status).toBe(422);
      expect(refused.body.error.code).toBe('reason_required');
      expect(detailsOf(refused.body)[0]?.pointer).toBe('/data/tgt_reason');
      // The form's own reason field, changed in the same edit, says why.
      const changed = await admin.patch<RecordBody>(`/api/records/${wang.id}`, { data: { tgt_amount: 520_000, tgt_reason: '新客户划入' } });
      expect(changed.status).toBe(200);
      expect((await targetOf('wang')).data['tgt_amount']).toBe(520_000);
    });
  });

  describe('a target written again as a new record', () => {
    it('is a change of the stored target: refused when its changes are used up', async () => {
      const before = await count();
      const again = await admin.post<ErrorBody>(`/api/forms/${formId}/records`, {
        data: { tgt_period: '2026-11', tgt_level: 'person', tgt_department: ids['east'], tgt_person: ids['li'], tgt_metric: 'k_sales', tgt_amount: 700_000, tgt_reason: '重新录入' },
      });
      expect(again.status).toBe(422);
      expect(again.body.error.code).toBe('target_changes_exhausted');
      expect(again.body.error.message).toContain('2026-11');
      expect(await count()).toBe(before);
    });

    it('imports new targets, and refuses the whole file for a row that restates an exhausted target, naming its row', async () => {
      const before = await count();
      const refused = await importCsv([header, '2026-12,个人,华东区,li,k_sales,600000,', '2026-11,个人,华东区,li,k_sales,700000,补录'], { 'accept-language': 'en' });
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBe('import_invalid');
      expect(refused.body.error.details.errors).toEqual([
        { row: 3, column: '目标值', fieldId: 'tgt_amount', code: 'target_changes_exhausted', message: 'The 2026-11 target has already changed 1 time(s), the most this app allows in a period (1); it is already stored, and another record of it would change it again' },
      ]);
      expect(await count()).toBe(before);
      const dryRun = await importCsv([header, '2026-11,个人,华东区,li,k_sales,700000,补录'], {}, '?dryRun=true');
      expect(dryRun.status).toBe(400);
      expect(dryRun.body.error.details.errors?.map((error) => [error.row, error.code])).toEqual([[2, 'target_changes_exhausted']]);
      const good = await importCsv([header, '2026-12,个人,华东区,li,k_sales,600000,']);
      expect(good.status).toBe(200);
      expect(good.body.imported).toBe(1);
      expect((await targetOf('li', '2026-12')).data['tgt_amount']).toBe(600_000);
    });

    it('counts the rows of one file in order: a restated row needs a reason, and the second restatement is over the limit', async () => {
      const before = await count();
      const refused = await importCsv([header, '2027-01,个人,华东区,wang,k_sales,300000,', '2027-01,个人,华东区,wang,k_sales,320000,', '2027-01,个人,华东区,wang,k_sales,330000,改', '2027-01,个人,华东区,wang,k_sales,340000,又改']);
      expect(refused.status).toBe(400);
      expect(refused.body.error.details.errors?.map((error) => [error.row, error.code, error.column])).toEqual([
        [3, 'reason_required', '原因'],
        [5, 'target_changes_exhausted', '目标值'],
      ]);
      expect(refused.body.error.details.errors?.[0]?.message).toBe('2027-01 的这个目标已有记录，再写一条即是调整它，请在“原因”中写明原因');
      expect(await count()).toBe(before);
    });
  });
});
