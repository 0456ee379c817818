import { compileForm, parseAppBundle, type AppBundle, type CompiledForm, type EvaluationContext, type RecordData } from '@formwork/runtime';
import { describe, expect, it } from 'vitest';
import { readTemplateBundle } from '../readTemplateBundle.js';
import { generateSampleData } from './generateSampleData.js';
import type { SampleRecord, SampleRecords } from './SampleData.js';

const now = Date.parse('2025-03-04T10:30:00+08:00');
const sample = generateSampleData({ seed: 'validation', now });
const departmentOf = new Map(sample.users.map((user) => [user.id, user.departmentId]));

const bundleOf = (name: 'crm' | 'performance'): AppBundle => {
  const result = parseAppBundle(readTemplateBundle(name));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
};

/** Submits every record as its author would, at `now`, through the engine's server-side gate. */
function submitAll(bundle: AppBundle, records: SampleRecords): { readonly faults: string[]; readonly saved: Map<string, Map<string, RecordData>> } {
  const faults: string[] = [];
  const saved = new Map<string, Map<string, RecordData>>();
  for (const { key, schema } of bundle.forms) {
    const form: CompiledForm = compileForm(schema);
    const byId = new Map<string, RecordData>();
    saved.set(key, byId);
    for (const record of records[key] ?? []) {
      const context: EvaluationContext = { now: () => now, locale: 'zh-CN', timeZone: 'Asia/Shanghai', user: { id: record.createdBy, departmentId: departmentOf.get(record.createdBy) ?? null } };
      const result = form.prepareSubmission(record.data, context);
      if (result.ok) byId.set(record.id, result.data);
      else faults.push(`${key} ${record.id}: ${result.errors.map((error) => `${error.pointer} ${error.code} ${error.message}`).join('; ')}`);
    }
  }
  return { faults, saved };
}

const crm = submitAll(bundleOf('crm'), sample.crm);
const performance = submitAll(bundleOf('performance'), sample.performance);
const saved = (result: typeof crm, formKey: string): RecordData[] => [...(result.saved.get(formKey)?.values() ?? [])];
const list = (records: SampleRecords, formKey: string): readonly SampleRecord[] => records[formKey] ?? [];

describe('sample data against the engine', () => {
  it('every CRM record passes its form’s validation, and every form gets records', () => {
    expect(crm.faults.slice(0, 10)).toEqual([]);
    for (const { key } of bundleOf('crm').forms) expect(list(sample.crm, key).length, key).toBeGreaterThan(0);
  });

  it('every performance record passes its form’s validation, and every form gets records', () => {
    expect(performance.faults.slice(0, 10)).toEqual([]);
    for (const { key } of bundleOf('performance').forms) expect(list(sample.performance, key).length, key).toBeGreaterThan(0);
  });

  it('holds input values only: what the engine stores is what was generated, plus the computed fields', () => {
    for (const record of list(sample.crm, 'quotes').slice(0, 50)) {
      const stored = crm.saved.get('quotes')?.get(record.id);
      expect(stored).toMatchObject(record.data as Record<string, unknown>);
    }
  });

  it('flags follow-ups typed in more than 3 days after the event, and only those', () => {
    const followUps = saved(crm, 'followUps');
    const late = followUps.filter((data) => data.f_late_entry === true);
    expect(late.length).toBeGreaterThan(0);
    expect(late.length / followUps.length).toBeLessThan(0.1);
    for (const data of followUps) expect(data.f_late_entry).toBe(Number(data.f_entry_delay_days) > 3);
  });

  it('quotes a won deal at its contract amount: the contract is the last quote’s computed total', () => {
    const totals = new Map<string, number>();
    for (const record of list(sample.crm, 'quotes')) totals.set(String(record.data.f_opportunity), Number(crm.saved.get('quotes')?.get(record.id)?.f_total));
    let checked = 0;
    for (const contract of list(sample.crm, 'contracts')) {
      const total = totals.get(String(contract.data.f_opportunity));
      if (total === undefined) continue;
      expect(contract.data.f_amount).toBe(total);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('gives targets a period key the scheme can match: 2025, 2025-Q2, 2025-05', () => {
    const keys = new Set(saved(performance, 'targets').map((data) => data.f_period_key));
    for (const key of ['2024', '2025', '2025-Q1', '2024-Q4', '2025-03', '2024-11']) expect(keys.has(key), key).toBe(true);
  });
});
