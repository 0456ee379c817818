import type { FormSchema } from '@formwork/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../testing/TestClient.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import { detailsOf, publishNewForm, type ErrorBody } from './testing/publishForm.js';
import { defaultRecordSettings } from './RecordSettings.js';

let server: TestServer;
let admin: TestClient;
let rep: TestClient;
let repId: string;
let formId: string;

const salesForm: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: 'Sales',
  fields: [
    { id: 'f_region', type: 'select', label: 'Region', options: [{ value: 'east', label: 'East' }, { value: 'west', label: 'West' }] },
    { id: 'f_amount', type: 'money', label: 'Amount' },
    { id: 'f_day', type: 'date', label: 'Day' },
    { id: 'f_at', type: 'datetime', label: 'At' },
    { id: 'f_tags', type: 'multiselect', label: 'Tags', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] },
    { id: 'f_note', type: 'text', label: 'Note' },
  ],
  settings: { access: { rows: { member: 'all' } } },
};

const rows = [
  { f_region: 'east', f_amount: 100, f_day: '2024-12-30', f_at: '2024-12-31T16:30:00Z', f_tags: ['a'], f_note: 'x' },
  { f_region: 'east', f_amount: 50, f_day: '2025-01-05', f_at: '2025-01-01T03:00:00+08:00', f_tags: ['a', 'b'] },
  { f_region: 'west', f_amount: 25, f_day: '2025-01-06', f_at: '2025-03-31T23:00:00+08:00', f_note: 'y' },
  { f_region: 'west', f_amount: 5, f_day: '2025-04-01', f_at: '2025-04-01T00:30:00+08:00', f_tags: ['b'] },
  { f_region: 'east', f_day: '2025-04-02' },
];

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAsAdmin();
  const created = await server.createUser({ username: 'agg-rep' });
  rep = created.client;
  repId = created.user.id;
  formId = await publishNewForm(admin, salesForm);
  for (const [index, data] of rows.entries()) {
    const client = index < 2 ? rep : admin;
    expect((await client.post(`/api/forms/${formId}/records`, { data })).status).toBe(201);
    server.clock.advance(24 * 3600_000);
  }
});
afterAll(() => server.close());

interface Result {
  rows: { keys: Record<string, unknown>; values: Record<string, unknown> }[];
  truncated: boolean;
}

async function aggregate(body: unknown): Promise<Result> {
  const response = await admin.post<Result>(`/api/forms/${formId}/aggregate`, body);
  expect(response.status).toBe(200);
  return response.body;
}

describe('POST /api/forms/:id/aggregate', () => {
  it('measures everything without groups', async () => {
    const result = await aggregate({
      measures: [{ op: 'count' }, { op: 'sum', field: 'f_amount' }, { op: 'avg', field: 'f_amount' }, { op: 'min', field: 'f_amount' }, { op: 'max', field: 'f_day' }, { op: 'distinct', field: 'f_region' }, { op: 'count', field: 'f_note', id: 'notes' }],
    });
    expect(result.rows).toEqual([
      { keys: {}, values: { count: 5, sum_f_amount: 180, avg_f_amount: 45, min_f_amount: 5, max_f_day: '2025-04-02', distinct_f_region: 2, notes: 2 } },
    ]);
  });

  it('groups by a field, sorted by its values', async () => {
    const result = await aggregate({ groupBy: [{ field: 'f_region' }], measures: [{ op: 'sum', field: 'f_amount' }, { op: 'count' }] });
    expect(result.rows).toEqual([
      { keys: { f_region: 'east' }, values: { sum_f_amount: 150, count: 3 } },
      { keys: { f_region: 'west' }, values: { sum_f_amount: 30, count: 2 } },
    ]);
  });

  it('buckets dates by ISO week, month, quarter and year', async () => {
    const byBucket = async (bucket: string) => (await aggregate({ groupBy: [{ field: 'f_day', bucket }], measures: [{ op: 'count' }] })).rows.map((row) => [row.keys[`f_day:${bucket}`], row.values['count']]);
    // 2024-12-30 is the Monday of ISO week 2025-W01; 2025-01-05 is its Sunday.
    expect(await byBucket('week')).toEqual([['2025-W01', 2], ['2025-W02', 1], ['2025-W14', 2]]);
    expect(await byBucket('month')).toEqual([['2024-12', 1], ['2025-01', 2], ['2025-04', 2]]);
    expect(await byBucket('quarter')).toEqual([['2024-Q4', 1], ['2025-Q1', 2], ['2025-Q2', 2]]);
    expect(await byBucket('year')).toEqual([['2024', 1], ['2025', 4]]);
    expect(await byBucket('day')).toHaveLength(5);
  });

  it('buckets date-times in the app time zone (Asia/Shanghai)', async () => {
    const result = await aggregate({ groupBy: [{ field: 'f_at', bucket: 'day' }], measures: [{ op: 'count' }] });
    // 2024-12-31T16:30Z is 2025-01-01 00:30 in Shanghai. Records with no value form the null group, first.
    expect(result.rows.map((row) => row.keys['f_at:day'])).toEqual([null, '2025-01-01', '2025-03-31', '2025-04-01']);
    expect(result.rows.map((row) => row.values['count'])).toEqual([1, 2, 1, 1]);
  });

  it('groups by system fields: owner and creation day', async () => {
    const result = await aggregate({ groupBy: [{ field: '_owner' }, { field: '_createdAt', bucket: 'month' }], measures: [{ op: 'count' }], sort: { by: 'count', direction: 'desc' } });
    expect(result.rows[0]).toEqual({ keys: { _owner: expect.any(String), '_createdAt:month': '2025-01' }, values: { count: 3 } });
    expect(result.rows.find((row) => row.keys['_owner'] === repId)?.values['count']).toBe(2);
  });

  it('counts each item of a list field', async () => {
    const result = await aggregate({ groupBy: [{ field: 'f_tags' }], measures: [{ op: 'count' }] });
    expect(result.rows).toEqual([
      { keys: { f_tags: 'a' }, values: { count: 2 } },
      { keys: { f_tags: 'b' }, values: { count: 2 } },
    ]);
  });

  it('filters, sorts by a measure and cuts at the limit', async () => {
    const result = await aggregate({
      groupBy: [{ field: 'f_day', bucket: 'month' }],
      measures: [{ op: 'sum', field: 'f_amount', id: 'revenue' }],
      filter: { field: 'f_amount', op: 'gt', value: 10 },
      sort: { by: 'revenue', direction: 'desc' },
      limit: 1,
    });
    expect(result).toEqual({ rows: [{ keys: { 'f_day:month': '2024-12' }, values: { revenue: 100 } }], truncated: true });
  });

  it('stays inside the row scope', async () => {
    const own = await publishNewForm(admin, { ...salesForm, settings: {} });
    await rep.post(`/api/forms/${own}/records`, { data: { f_amount: 7 } });
    await admin.post(`/api/forms/${own}/records`, { data: { f_amount: 1000 } });
    const mine = await rep.post<Result>(`/api/forms/${own}/aggregate`, { measures: [{ op: 'sum', field: 'f_amount' }] });
    expect(mine.body.rows[0]?.values['sum_f_amount']).toBe(7);
  });

  const bad: [string, unknown, string][] = [
    ['an unknown field', { groupBy: [{ field: 'f_nope' }], measures: [{ op: 'count' }] }, '/groupBy/0/field'],
    ['a bucket on text', { groupBy: [{ field: 'f_note', bucket: 'month' }], measures: [{ op: 'count' }] }, '/groupBy/0/bucket'],
    ['a sum of text', { measures: [{ op: 'sum', field: 'f_note' }] }, '/measures/0/op'],
    ['a sum without a field', { measures: [{ op: 'sum' }] }, '/measures/0/field'],
    ['two measures with one name', { measures: [{ op: 'count' }, { op: 'count' }] }, '/measures/1/id'],
    ['an unknown op', { measures: [{ op: 'median', field: 'f_amount' }] }, '/measures/0/op'],
    ['a bad filter', { measures: [{ op: 'count' }], filter: { field: 'f_amount', op: 'gt', value: 'x' } }, '/filter/value'],
    ['a sort by nothing known', { measures: [{ op: 'count' }], sort: { by: 'nope', direction: 'asc' } }, '/sort/by'],
    ['no measures', { measures: [] }, '/measures'],
  ];
  for (const [name, body, pointer] of bad) {
    it(`is 400 for ${name}`, async () => {
      const response = await admin.post<ErrorBody>(`/api/forms/${formId}/aggregate?lang=en`, body);
      expect(response.status).toBe(400);
      expect(detailsOf(response.body).map((d) => d.pointer)).toContain(pointer);
    });
  }
});

describe('the time zone setting', () => {
  it('moves day buckets and day filters to the configured zone', async () => {
    const utc = await startTestServer({ settings: { records: { ...defaultRecordSettings, timeZone: 'UTC' } } });
    try {
      const client = await utc.loginAsAdmin();
      const id = await publishNewForm(client, salesForm);
      await client.post(`/api/forms/${id}/records`, { data: { f_at: '2024-12-31T20:00:00Z' } });
      const result = await client.post<Result>(`/api/forms/${id}/aggregate`, { groupBy: [{ field: 'f_at', bucket: 'day' }], measures: [{ op: 'count' }] });
      // In Shanghai this instant is already 2025-01-01.
      expect(result.body.rows.map((row) => row.keys['f_at:day'])).toEqual(['2024-12-31']);
      const filter = encodeURIComponent(JSON.stringify({ field: 'f_at', op: 'eq', value: '2024-12-31' }));
      expect((await client.get<{ total: number }>(`/api/forms/${id}/records?filter=${filter}`)).body.total).toBe(1);
    } finally {
      await utc.close();
    }
  });
});
