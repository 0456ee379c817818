import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateSampleData } from './generateSampleData.js';
import type { SampleData } from './SampleData.js';

const now = Date.parse('2025-06-15T09:00:00+08:00');

const recordCount = (sample: SampleData): number =>
  [...Object.values(sample.crm), ...Object.values(sample.performance)].reduce((sum, records) => sum + records.length, 0);

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('generateSampleData', () => {
  it('gives the same data for the same seed, whatever the clock says, and never calls Math.random', () => {
    vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random called');
    });
    vi.useFakeTimers();
    vi.setSystemTime(Date.parse('2030-01-01T00:00:00Z'));
    const first = JSON.stringify(generateSampleData({ seed: 7, now }));
    vi.setSystemTime(Date.parse('2031-07-09T12:00:00Z'));
    expect(JSON.stringify(generateSampleData({ seed: 7, now }))).toBe(first);
  });

  it('gives different data for a different seed', () => {
    const a = generateSampleData({ seed: 1, now });
    const b = generateSampleData({ seed: 2, now });
    expect(b.crm.customers?.map((record) => record.data.f_customer_name)).not.toEqual(a.crm.customers?.map((record) => record.data.f_customer_name));
    expect(b.users.map((user) => user.name)).not.toEqual(a.users.map((user) => user.name));
  });

  it('builds 销售部 → 华东 / 华南 / 华北 with a manager each and about 20 reps with unique Chinese names', () => {
    const sample = generateSampleData({ seed: 3, now });
    const sales = sample.departments.find((department) => department.name === '销售部');
    const regions = sample.departments.filter((department) => department.parentId === sales?.id);
    expect(regions.map((department) => department.name)).toEqual(['华东大区', '华南大区', '华北大区']);
    for (const region of regions) expect(sample.users.find((user) => user.id === region.managerId)?.role).toBe('manager');
    const reps = sample.users.filter((user) => user.repType !== undefined);
    expect(reps).toHaveLength(20);
    expect(new Set(sample.users.map((user) => user.name)).size).toBe(sample.users.length);
    expect(new Set(sample.users.map((user) => user.username)).size).toBe(sample.users.length);
    for (const user of sample.users) expect(user.name).toMatch(/^\p{Script=Han}{2,3}$/u);
  });

  it('names customers like registered Chinese companies, none twice', () => {
    const names = generateSampleData({ seed: 4, now }).crm.customers?.map((record) => String(record.data.f_customer_name)) ?? [];
    expect(names.length).toBeGreaterThan(400);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^\p{Script=Han}{2,4}\p{Script=Han}{2}\p{Script=Han}+(有限公司|股份有限公司|集团有限公司)$/u);
  });

  it('moves opportunities through the funnel: most are lost, about one in six won, some still open at every stage', () => {
    const opportunities = generateSampleData({ seed: 5, now }).crm.opportunities ?? [];
    const byStage = (stage: string): number => opportunities.filter((record) => record.data.f_stage === stage).length;
    const closed = byStage('won') + byStage('lost');
    expect(byStage('won') / closed).toBeGreaterThan(0.1);
    expect(byStage('won') / closed).toBeLessThan(0.3);
    for (const stage of ['lead', 'contact', 'proposal', 'negotiation']) expect(byStage(stage), stage).toBeGreaterThan(0);
  });

  it('scales to more than 50,000 records', () => {
    const small = recordCount(generateSampleData({ seed: 6, now }));
    const large = recordCount(generateSampleData({ seed: 6, now, scale: 6 }));
    expect(small).toBeGreaterThan(5_000);
    expect(large).toBeGreaterThanOrEqual(50_000);
  });

  it('refuses a scale that is no positive number', () => {
    expect(() => generateSampleData({ seed: 1, now, scale: 0 })).toThrow(RangeError);
    expect(() => generateSampleData({ seed: 1, now, scale: Number.NaN })).toThrow(RangeError);
  });
});
