import type { FormSchema } from '@formwork/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../testing/TestClient.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import { detailsOf, publishNewForm, type ErrorBody, type PageBody, type RecordBody } from './testing/publishForm.js';

let server: TestServer;
let admin: TestClient;
let formId: string;

const dealForm: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: 'Deals',
  fields: [
    { id: 'f_title', type: 'text', label: 'Title', required: true },
    { id: 'f_amount', type: 'money', label: 'Amount' },
    { id: 'f_stage', type: 'select', label: 'Stage', options: [{ value: 'lead', label: 'Lead' }, { value: 'won', label: 'Won' }, { value: 'lost', label: 'Lost' }] },
    { id: 'f_tags', type: 'checkbox', label: 'Tags', options: [{ value: 'vip', label: 'VIP' }, { value: 'new', label: 'New' }, { value: 'hot', label: 'Hot' }] },
    { id: 'f_signed', type: 'date', label: 'Signed on' },
    { id: 'f_call', type: 'datetime', label: 'Last call' },
  ],
};

interface Seed {
  f_title: string;
  f_amount?: number;
  f_stage?: string;
  f_tags?: string[];
  f_signed?: string;
  f_call?: string;
}

const stages = ['lead', 'won', 'lost'];
const tagSets = [[], ['vip'], ['new', 'hot'], ['vip', 'hot']];
const seeds: Seed[] = Array.from({ length: 30 }, (_, index) => ({
  f_title: index === 7 ? '50%_off deal' : index === 8 ? "O'Brien; DROP TABLE records;--" : `Deal ${index}`,
  ...(index % 5 === 4 ? {} : { f_amount: (index * 37) % 100 }),
  f_stage: stages[index % 3] as string,
  ...(tagSets[index % 4]?.length ? { f_tags: tagSets[index % 4] as string[] } : {}),
  f_signed: `2025-01-${String((index % 28) + 1).padStart(2, '0')}`,
  // 23:30 UTC is the next morning in Shanghai: day filters must use the app's time zone.
  f_call: `2025-02-0${(index % 3) + 1}T23:30:00Z`,
}));
const ids: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAsAdmin();
  formId = await publishNewForm(admin, dealForm);
  for (const seed of seeds) {
    const response = await admin.post<RecordBody>(`/api/forms/${formId}/records`, { data: seed });
    if (response.status !== 201) throw new Error(JSON.stringify(response.body));
    ids.push(response.body.id);
  }
});
afterAll(() => server.close());

async function list(filter: unknown, extra = ''): Promise<PageBody> {
  const response = await admin.get<PageBody>(`/api/forms/${formId}/records?limit=500&filter=${encodeURIComponent(JSON.stringify(filter))}${extra}`);
  expect(response.status).toBe(200);
  return response.body;
}

function expected(predicate: (seed: Seed) => boolean): string[] {
  return seeds.flatMap((seed, index) => (predicate(seed) ? [ids[index] as string] : [])).sort();
}

const idsOf = (page: PageBody) => page.items.map((record) => record.id).sort();

describe('filters', () => {
  const cases: [string, unknown, (seed: Seed) => boolean][] = [
    ['eq', { field: 'f_stage', op: 'eq', value: 'won' }, (s) => s.f_stage === 'won'],
    ['ne includes empty values', { field: 'f_amount', op: 'ne', value: 0 }, (s) => s.f_amount !== 0],
    ['in', { field: 'f_stage', op: 'in', value: ['won', 'lost'] }, (s) => s.f_stage === 'won' || s.f_stage === 'lost'],
    ['nin', { field: 'f_stage', op: 'nin', value: ['won'] }, (s) => s.f_stage !== 'won'],
    ['gt', { field: 'f_amount', op: 'gt', value: 50 }, (s) => (s.f_amount ?? -1) > 50],
    ['lt with numeric text', { field: 'f_amount', op: 'lt', value: '20' }, (s) => s.f_amount !== undefined && s.f_amount < 20],
    ['range', { field: 'f_amount', op: 'range', value: [10, 60] }, (s) => s.f_amount !== undefined && s.f_amount >= 10 && s.f_amount <= 60],
    ['open range', { field: 'f_signed', op: 'range', value: ['2025-01-20', null] }, (s) => (s.f_signed ?? '') >= '2025-01-20'],
    ['like matches % and _ literally', { field: 'f_title', op: 'like', value: '50%_' }, (s) => s.f_title.includes('50%_')],
    ['like is not fooled by SQL', { field: 'f_title', op: 'like', value: "O'Brien; DROP" }, (s) => s.f_title.includes("O'Brien; DROP")],
    ['empty', { field: 'f_amount', op: 'empty' }, (s) => s.f_amount === undefined],
    ['not_empty', { field: 'f_tags', op: 'not_empty' }, (s) => (s.f_tags ?? []).length > 0],
    ['list eq means contains', { field: 'f_tags', op: 'eq', value: 'hot' }, (s) => (s.f_tags ?? []).includes('hot')],
    ['list in means any of', { field: 'f_tags', op: 'in', value: ['vip', 'new'] }, (s) => (s.f_tags ?? []).some((t) => t === 'vip' || t === 'new')],
    ['list nin', { field: 'f_tags', op: 'nin', value: ['vip'] }, (s) => !(s.f_tags ?? []).includes('vip')],
    ['a date on a date-time field is that local day', { field: 'f_call', op: 'eq', value: '2025-02-03' }, (s) => s.f_call === '2025-02-02T23:30:00Z'],
    [
      'and/or trees',
      { and: [{ field: 'f_stage', op: 'eq', value: 'won' }, { or: [{ field: 'f_amount', op: 'gt', value: 70 }, { field: 'f_tags', op: 'eq', value: 'vip' }] }] },
      (s) => s.f_stage === 'won' && ((s.f_amount ?? -1) > 70 || (s.f_tags ?? []).includes('vip')),
    ],
  ];
  for (const [name, filter, predicate] of cases) {
    it(name, async () => {
      const want = expected(predicate);
      expect(want.length).toBeGreaterThan(0);
      const page = await list(filter);
      expect(idsOf(page)).toEqual(want);
      expect(page.total).toBe(want.length);
    });
  }

  it('filters on system fields', async () => {
    const page = await list({ and: [{ field: '_createdBy', op: 'eq', value: 'nobody' }] });
    expect(page.items).toEqual([]);
    const today = await list({ field: '_createdAt', op: 'eq', value: '2025-01-06' });
    expect(today.total).toBe(seeds.length);
  });

  it('keeps the data as it was after SQL metacharacters in values', async () => {
    await list({ field: 'f_title', op: 'eq', value: "x'); DELETE FROM records; --" });
    expect(await server.sqlValue('SELECT count(*) FROM records')).toBe(seeds.length);
  });
});

describe('filter errors', () => {
  const bad: [string, unknown, string, string][] = [
    ['unknown field', { field: 'f_nope', op: 'eq', value: 1 }, '/filter/field', 'unknown_field'],
    ['SQL in a field name', { field: 'f_amount" OR 1=1 --', op: 'eq', value: 1 }, '/filter/field', 'unknown_field'],
    ['prototype names are no fields', { field: 'constructor', op: 'eq', value: 1 }, '/filter/field', 'unknown_field'],
    ['unknown operator', { field: 'f_amount', op: 'between', value: 1 }, '/filter/op', 'enum'],
    ['text for a number', { field: 'f_amount', op: 'gt', value: 'lots' }, '/filter/value', 'operand'],
    ['bad date', { field: 'f_signed', op: 'eq', value: '2025-02-30' }, '/filter/value', 'operand'],
    ['range on a list', { field: 'f_tags', op: 'range', value: ['a', 'b'] }, '/filter/value', 'operator'],
    ['in without a list', { field: 'f_stage', op: 'in', value: 'won' }, '/filter/value', 'type.array'],
    ['extra keys', { field: 'f_stage', op: 'eq', value: 'won', sql: '1' }, '/filter/sql', 'unknownProperty'],
    ['nested fault', { and: [{ field: 'f_stage', op: 'eq', value: 'won' }, { or: [{ field: 'nope', op: 'eq', value: 1 }] }] }, '/filter/and/1/or/0/field', 'unknown_field'],
  ];
  for (const [name, filter, pointer, code] of bad) {
    it(`400 for ${name}`, async () => {
      const response = await admin.get<ErrorBody>(`/api/forms/${formId}/records?lang=en&filter=${encodeURIComponent(JSON.stringify(filter))}`);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('invalid_query');
      expect(detailsOf(response.body)).toContainEqual(expect.objectContaining({ pointer, code }));
    });
  }

  it('400 for malformed JSON, a __proto__ key and too deep a tree', async () => {
    const deep = JSON.stringify(Array.from({ length: 12 }).reduce<unknown>((inner) => ({ and: [inner] }), { field: 'f_stage', op: 'empty' }));
    for (const text of ['{"field":', '{"__proto__":{"x":1}}', deep]) {
      const response = await admin.get<ErrorBody>(`/api/forms/${formId}/records?filter=${encodeURIComponent(text)}`);
      expect(response.status).toBe(400);
    }
  });
});

describe('sort and cursor pages', () => {
  it('walks every record exactly once in amount order, empty amounts first', async () => {
    const seen: RecordBody[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response: { status: number; body: PageBody } = await admin.get<PageBody>(`/api/forms/${formId}/records?sort=f_amount:asc&limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.status).toBe(200);
      seen.push(...response.body.items);
      cursor = response.body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(Math.ceil(seeds.length / 7));
    expect(seen.map((r) => r.id).sort()).toEqual([...ids].sort());
    const amounts = seen.map((r) => (r.data['f_amount'] as number | undefined) ?? -Infinity);
    expect(amounts).toEqual([...amounts].sort((a, b) => a - b));
  });

  it('walks descending too, empty values last', async () => {
    const seen: RecordBody[] = [];
    let cursor: string | null = null;
    do {
      const response: { body: PageBody } = await admin.get<PageBody>(`/api/forms/${formId}/records?sort=f_amount:desc&limit=4${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...response.body.items);
      cursor = response.body.nextCursor;
    } while (cursor);
    expect(new Set(seen.map((r) => r.id)).size).toBe(seeds.length);
    const amounts = seen.map((r) => (r.data['f_amount'] as number | undefined) ?? -Infinity);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
  });

  it('lists newest first by default', async () => {
    const page = await admin.get<PageBody>(`/api/forms/${formId}/records?limit=3`);
    expect(page.body.items.map((r) => r.id)).toEqual(ids.slice(-3).reverse());
    expect(page.body.total).toBe(seeds.length);
  });

  it('refuses an unknown sort field, a bad limit and a cursor from another sort', async () => {
    expect((await admin.get(`/api/forms/${formId}/records?sort=f_nope`)).status).toBe(400);
    expect((await admin.get(`/api/forms/${formId}/records?sort=f_tags`)).status).toBe(400);
    expect((await admin.get(`/api/forms/${formId}/records?limit=0`)).status).toBe(400);
    expect((await admin.get(`/api/forms/${formId}/records?limit=501`)).status).toBe(400);
    const first = await admin.get<PageBody>(`/api/forms/${formId}/records?sort=f_amount:asc&limit=2`);
    const wrong = await admin.get<ErrorBody>(`/api/forms/${formId}/records?sort=f_title:asc&cursor=${first.body.nextCursor ?? ''}`);
    expect(wrong.status).toBe(400);
    expect(detailsOf(wrong.body)[0]?.pointer).toBe('/cursor');
    expect((await admin.get(`/api/forms/${formId}/records?cursor=not-a-cursor`)).status).toBe(400);
  });
});
