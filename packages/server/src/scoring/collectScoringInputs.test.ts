import { computeScores, type FieldDefinition, type FormSchema, type ScoringSchema } from '@formwork/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpError } from '../http/HttpError.js';
import { timeZoneAt } from '../query/TimeZone.js';
import { publishNewForm } from '../records/testing/publishForm.js';
import type { TestClient } from '../testing/TestClient.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import { collectScoringInputs } from './collectScoringInputs.js';
import { scoreScheme } from './scoreScheme.js';

// DOMAIN.md's evaluation table, from stored records: 90万 signed of a 100万 target, satisfaction
// 85 %, 2 of 25 opportunities won (8 %), teamwork 良好 — which must score exactly 85.5.

let server: TestServer;
let admin: TestClient;
let li: string;
let han: string;
let wang: string;
let east: string;
const forms: Record<string, string> = {};

const form = (title: string, fields: readonly FieldDefinition[]): FormSchema => ({ kind: 'form', schemaVersion: 1, title, fields, settings: { access: { rows: { member: 'all' } } } });
const rep = (id: string): FieldDefinition => ({ id, type: 'member', label: '销售' });

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAsAdmin();
  li = (await server.createUser({ username: 'li-lei' })).user.id;
  han = (await server.createUser({ username: 'han-meimei' })).user.id;
  east = (await admin.post<{ id: string }>('/api/departments', { name: '华东组' })).body.id;
  wang = (await server.createUser({ username: 'wang-hunter', departmentId: east })).user.id;
  const app = (await admin.post<{ id: string }>('/api/apps', { name: '销售' })).body.id;
  forms['contracts'] = await publishNewForm(admin, form('合同', [rep('f_owner'), { id: 'f_signed', type: 'datetime', label: '签约时间' }, { id: 'f_amount', type: 'money', label: '金额' }]), app);
  forms['targets'] = await publishNewForm(admin, form('目标', [rep('f_rep'), { id: 'f_period', type: 'text', label: '期间' }, { id: 'f_amount', type: 'money', label: '目标' }]), app);
  forms['surveys'] = await publishNewForm(admin, form('满意度', [rep('f_rep'), { id: 'f_date', type: 'date', label: '日期' }, { id: 'f_score', type: 'number', label: '分数' }]), app);
  const stages = [{ value: 'open', label: '进行中' }, { value: 'won', label: '赢单' }];
  forms['opportunities'] = await publishNewForm(admin, form('商机', [rep('f_owner'), { id: 'f_date', type: 'date', label: '日期' }, { id: 'f_stage', type: 'select', label: '阶段', options: stages }]), app);
  forms['reviews'] = await publishNewForm(admin, form('评估', [rep('f_rep'), { id: 'f_period', type: 'text', label: '期间' }, { id: 'f_grade', type: 'text', label: '等级' }]), app);

  const add = async (key: string, data: Record<string, unknown>) => expect((await admin.post(`/api/forms/${forms[key] ?? ''}/records`, { data })).status).toBe(201);
  // Signing times in Asia/Shanghai (the default zone): the last one is December there, November in UTC.
  await add('contracts', { f_owner: li, f_signed: '2026-11-03T10:00:00+08:00', f_amount: 500_000 });
  await add('contracts', { f_owner: li, f_signed: '2026-11-30T23:30:00+08:00', f_amount: 400_000 });
  await add('contracts', { f_owner: li, f_signed: '2026-12-01T00:30:00+08:00', f_amount: 7_000_000 });
  await add('contracts', { f_owner: han, f_signed: '2026-11-12T09:00:00+08:00', f_amount: 300_000 });
  // A target revised later in the month: the later record holds.
  await add('targets', { f_rep: li, f_period: '2026-11', f_amount: 900_000 });
  await add('targets', { f_rep: li, f_period: '2026-11', f_amount: 1_000_000 });
  await add('targets', { f_rep: li, f_period: '2026-12', f_amount: 5 });
  await add('surveys', { f_rep: li, f_date: '2026-11-05', f_score: 80 });
  await add('surveys', { f_rep: li, f_date: '2026-11-25', f_score: 90 });
  await add('surveys', { f_rep: li, f_date: '2026-10-31', f_score: 0 });
  for (let index = 0; index < 25; index++) await add('opportunities', { f_owner: li, f_date: '2026-11-10', f_stage: index < 2 ? 'won' : 'open' });
  await add('opportunities', { f_owner: li, f_date: '2026-10-10', f_stage: 'won' });
  await add('reviews', { f_rep: li, f_period: '2026-10', f_grade: '优秀' });
  await add('reviews', { f_rep: li, f_period: '2026-11', f_grade: '良好' });
});
afterAll(() => server.close());

/** DOMAIN.md's scheme over the forms just published. */
function scheme(): ScoringSchema {
  const id = (key: string) => forms[key] ?? key;
  return {
    kind: 'scoring',
    schemaVersion: 2,
    title: '销售月度考核',
    period: 'month',
    precision: 1,
    items: [
      {
        id: 'k_sales',
        name: '签约金额',
        weight: 40,
        source: { kind: 'aggregate', formId: id('contracts'), aggregate: 'sum', field: 'f_amount', personField: 'f_owner', dateField: 'f_signed' },
        target: { kind: 'form', formId: id('targets'), personField: 'f_rep', periodField: 'f_period', valueField: 'f_amount' },
        method: { kind: 'ratio', cap: 120 },
      },
      {
        id: 'k_satisfaction',
        name: '客户满意度',
        weight: 30,
        unit: '%',
        source: { kind: 'aggregate', formId: id('surveys'), aggregate: 'avg', field: 'f_score', personField: 'f_rep', dateField: 'f_date' },
        target: { kind: 'fixed', value: 90 },
        method: { kind: 'percentage' },
      },
      {
        id: 'k_conversion',
        name: '订单转化率',
        weight: 20,
        unit: '%',
        source: {
          kind: 'derived',
          inputs: [
            { name: 'won', label: '赢单数', source: { formId: id('opportunities'), aggregate: 'count', filter: { field: 'f_stage', op: 'eq', value: 'won' }, personField: 'f_owner', dateField: 'f_date' } },
            { name: 'all', label: '商机数', source: { formId: id('opportunities'), aggregate: 'count', personField: 'f_owner', dateField: 'f_date' } },
          ],
          formula: { '*': [{ '/': [{ var: 'won' }, { var: 'all' }] }, 100] },
        },
        target: { kind: 'fixed', value: 10 },
        method: { kind: 'ratio' },
      },
      {
        id: 'k_teamwork',
        name: '团队协作',
        weight: 10,
        source: { kind: 'manual', formId: id('reviews'), personField: 'f_rep', periodField: 'f_period', field: 'f_grade' },
        method: { kind: 'grades', grades: [{ grade: '优秀', percent: 100 }, { grade: '良好', percent: 80 }, { grade: '合格', percent: 60 }] },
      },
    ],
    bands: [{ grade: '优秀', min: 90 }, { grade: '良好', min: 80 }, { grade: '合格', min: 60 }, { grade: '不合格', min: 0 }],
  };
}

const zone = () => timeZoneAt(server.context.settings.records.timeZone, server.clock.now());

describe('collectScoringInputs', () => {
  it("reads DOMAIN.md's table from the records: one value per item and person, in the period in the app's time zone", async () => {
    const inputs = await collectScoringInputs(server.context.stores, scheme(), '2026-11', { people: [{ id: li }, { id: han }] }, zone());
    expect(inputs.actuals).toEqual({ k_sales: { [li]: 900_000, [han]: 300_000 }, k_satisfaction: { [li]: 85 }, k_teamwork: { [li]: '良好' } });
    expect(inputs.derived).toEqual({ k_conversion: { won: { [li]: 2 }, all: { [li]: 25 } } });
    expect(inputs.targets).toEqual({ k_sales: { [li]: 1_000_000 } });
  });

  it('scores the rep exactly 85.5, and a rep with no records but one contract by the same rules', async () => {
    const inputs = await collectScoringInputs(server.context.stores, scheme(), '2026-11', { people: [{ id: li }, { id: han }] }, zone());
    const sheet = computeScores(scheme(), inputs);
    const [first, second] = sheet.people;
    expect(first?.items.map((item) => item.points)).toEqual([36, 25.5, 16, 8]);
    expect(first?.total).toBe(85.5);
    // Han has a contract but no target, no surveys (an average of nothing has no value), no opportunities and no review.
    expect(second?.items.map((item) => item.status)).toEqual(['noTarget', 'noRecords', 'divisionByZero', 'notAssessed']);
    expect(second?.total).toBe(0);
  });

  it('keeps only the people scored, and the period asked for', async () => {
    const inputs = await collectScoringInputs(server.context.stores, scheme(), '2026-12', { people: [{ id: li }] }, zone());
    expect(inputs.actuals?.['k_sales']).toEqual({ [li]: 7_000_000 });
    expect(inputs.targets?.['k_sales']).toEqual({ [li]: 5 });
    expect(inputs.derived?.['k_conversion']).toEqual({ won: {}, all: {} });
  });

  it('reads the sources of a form with the same person field and period in one query (counts filtered on one choice field too), each with its own values; assessments and targets once per form, by a query unless someone\'s records disagree', async () => {
    const id = (key: string) => forms[key] ?? key;
    const contracts = { formId: id('contracts'), personField: 'f_owner', dateField: 'f_signed' };
    const opportunities = { formId: id('opportunities'), personField: 'f_owner', dateField: 'f_date' };
    const target = { kind: 'form', formId: id('targets'), personField: 'f_rep', periodField: 'f_period', valueField: 'f_amount' } as const;
    const item = (itemId: string, source: ScoringSchema['items'][number]['source']): ScoringSchema['items'][number] => ({ id: itemId, name: itemId, weight: 20, source, target, method: { kind: 'ratio' } });
    const review = { kind: 'manual', formId: id('reviews'), personField: 'f_rep', periodField: 'f_period', field: 'f_grade' } as const;
    const shared: ScoringSchema = {
      ...scheme(),
      items: [
        item('k_amount', { kind: 'aggregate', ...contracts, aggregate: 'sum', field: 'f_amount' }),
        item('k_orders', { kind: 'aggregate', ...contracts, aggregate: 'count' }),
        item('k_largest', { kind: 'aggregate', ...contracts, aggregate: 'max', field: 'f_amount' }),
        item('k_opportunities', { kind: 'aggregate', ...opportunities, aggregate: 'count' }),
        // Nobody lost one: li, with 25 opportunities, has no value here, as with a query of its own.
        item('k_lost', { kind: 'aggregate', ...opportunities, aggregate: 'count', filter: { field: 'f_stage', op: 'eq', value: 'lost' } }),
        item('k_win_rate', {
          kind: 'derived',
          inputs: [
            { name: 'won', label: '赢单数', source: { ...opportunities, aggregate: 'count', filter: { field: 'f_stage', op: 'eq', value: 'won' } } },
            // The same measure as k_opportunities: computed once, given to both.
            { name: 'all', label: '商机数', source: { ...opportunities, aggregate: 'count' } },
          ],
          formula: { '/': [{ var: 'won' }, { var: 'all' }] },
        }),
        item('k_teamwork', review),
        item('k_attitude', review),
      ],
    };
    // The real record store, its aggregate calls counted: the queries are asked together, so that the store may run them side by side.
    const { stores } = server.context;
    const asked: string[][] = [];
    const iterated: string[] = [];
    const records = {
      ...stores.records,
      aggregate: () => Promise.reject(new Error('asked alone: the queries go to aggregateMany together')),
      aggregateMany: (...args: Parameters<typeof stores.records.aggregateMany>) => (asked.push(args[0].map((ask) => ask.selection.formId)), stores.records.aggregateMany(...args)),
      iterate: (...args: Parameters<typeof stores.records.iterate>) => (iterated.push(args[0].formId), stores.records.iterate(...args)),
    };
    const inputs = await collectScoringInputs({ ...stores, records }, shared, '2026-11', { people: [{ id: li }, { id: han }] }, zone());
    expect(inputs.actuals).toEqual({
      k_amount: { [li]: 900_000, [han]: 300_000 },
      k_orders: { [li]: 2, [han]: 1 },
      k_largest: { [li]: 500_000, [han]: 300_000 },
      k_opportunities: { [li]: 25 },
      k_lost: {},
      k_teamwork: { [li]: '良好' },
      k_attitude: { [li]: '良好' },
    });
    // Every item's target, from the later of li's two November targets.
    expect(Object.keys(inputs.targets ?? {})).toHaveLength(8);
    expect(inputs.targets?.['k_win_rate']).toEqual({ [li]: 1_000_000 });
    expect(inputs.derived).toEqual({ k_win_rate: { won: { [li]: 2 }, all: { [li]: 25 } } });
    // Contracts: one query for three measures; opportunities: one grouped by person and stage, for all, the won and the lost.
    // The assessments and targets (the latest record per person) are grouped queries beside them.
    expect(asked.map((formIds) => [...formIds].sort())).toEqual([[id('contracts'), id('opportunities'), id('reviews'), id('targets')].sort()]);
    // li revised his November target (900,000, then 1,000,000): only the records say which is the latest.
    expect(iterated).toEqual([id('targets')]);
  });

  it('refuses a scheme naming a missing form or field, pointing into the scheme in both languages', async () => {
    const broken = scheme();
    const items = broken.items.map((item, index) =>
      index === 0 && item.source.kind === 'aggregate' ? { ...item, source: { ...item.source, field: 'f_missing' } } : index === 3 && item.source.kind === 'manual' ? { ...item, source: { ...item.source, formId: 'frm_gone' } } : item,
    );
    const error = await collectScoringInputs(server.context.stores, { ...broken, items }, '2026-11', { people: [{ id: li }] }, zone()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HttpError);
    const { status, code, details } = error as HttpError;
    expect({ status, code }).toEqual({ status: 409, code: 'scoring_source_invalid' });
    expect(details).toEqual([
      { pointer: '/items/0/source/field', code: 'unknown_field', message: { 'zh-CN': '表单中没有字段 "f_missing"', en: 'the form has no field "f_missing"' } },
      { pointer: '/items/3/source/formId', code: 'form', message: { 'zh-CN': '表单 "frm_gone" 不存在或尚未发布', en: 'form "frm_gone" does not exist or is not published' } },
    ]);
  });

  it('refuses a period that is not one', async () => {
    await expect(collectScoringInputs(server.context.stores, scheme(), '2026-13', { people: [] }, zone())).rejects.toMatchObject({ status: 409, details: [{ pointer: '/period' }] });
  });
});

describe('scoreScheme', () => {
  it('scores everyone the scheme applies to, one scheme per person: a department scheme takes its people from the company-wide one', async () => {
    const hunters: ScoringSchema = { ...scheme(), title: '市场开拓考核', appliesTo: { departments: [east] } };
    const schemes = [
      { id: 'sch_sales', scheme: scheme() },
      { id: 'sch_hunters', scheme: hunters },
    ];
    const sales = await scoreScheme(server.context.stores, schemes, 'sch_sales', '2026-11', zone());
    const scoredBySales = sales.sheet.people.map((person) => person.personId);
    expect(scoredBySales).toContain(li);
    expect(scoredBySales).toContain(han);
    expect(scoredBySales).not.toContain(wang);
    expect(sales.sheet.people.find((person) => person.personId === li)?.total).toBe(85.5);
    const hunted = await scoreScheme(server.context.stores, schemes, 'sch_hunters', '2026-11', zone());
    expect(hunted.sheet.people.map((person) => person.personId)).toEqual([wang]);
    expect(hunted.sheet.people[0]?.total).toBe(0);
    expect(hunted.conflicts).toEqual([]);
  });

  it('names the people two equally specific schemes both claim, and scores them under neither', async () => {
    const schemes = [
      { id: 'sch_a', scheme: { ...scheme(), title: '甲', appliesTo: { departments: [east] } } },
      { id: 'sch_b', scheme: { ...scheme(), title: '乙', appliesTo: { departments: [east] } } },
    ];
    const scored = await scoreScheme(server.context.stores, schemes, 'sch_a', '2026-11', zone());
    expect(scored.sheet.people).toEqual([]);
    expect(scored.conflicts.map(({ personId, schemeIds }) => ({ personId, schemeIds }))).toEqual([{ personId: wang, schemeIds: ['sch_a', 'sch_b'] }]);
  });
});
