import { parseAppBundle, walkFields, type AppBundle } from '@formwork/runtime';
import { describe, expect, it } from 'vitest';
import { readTemplateBundle } from '../readTemplateBundle.js';
import { generateSampleData } from './generateSampleData.js';
import type { SampleRecord, SampleRecords } from './SampleData.js';
import { DAY_MS, formatDate } from './shanghaiCalendar.js';

const now = Date.parse('2025-11-20T16:45:00+08:00');
const windowStart = now - 365 * DAY_MS;
const sample = generateSampleData({ seed: 'consistency', now });

const bundleOf = (name: 'crm' | 'performance'): AppBundle => {
  const result = parseAppBundle(readTemplateBundle(name));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
};
const list = (records: SampleRecords, formKey: string): readonly SampleRecord[] => records[formKey] ?? [];
const byId = (records: readonly SampleRecord[]): Map<string, SampleRecord> => new Map(records.map((record) => [record.id, record]));
const cents = (value: unknown): number => Math.round(Number(value) * 100);

/** Every reference a record holds: link, member and department values, subform cells included. */
function references(bundle: AppBundle, records: SampleRecords): { readonly kind: string; readonly target: string; readonly value: unknown; readonly where: string }[] {
  const found: { kind: string; target: string; value: unknown; where: string }[] = [];
  for (const { key, schema } of bundle.forms) {
    walkFields(schema.fields, (field, location) => {
      const kind = field.type === 'link' ? 'link' : field.type === 'member' || field.type === 'members' ? 'member' : field.type === 'department' || field.type === 'departments' ? 'department' : undefined;
      if (kind === undefined) return;
      for (const record of list(records, key)) {
        const cells = location.subform === undefined ? [record.data[field.id]] : ((record.data[location.subform.id] ?? []) as Record<string, unknown>[]).map((row) => row[field.id]);
        for (const value of cells.flat()) {
          if (value !== undefined) found.push({ kind, target: field.type === 'link' ? field.formId : kind, value, where: `${key} ${record.id} ${field.id}` });
        }
      }
    });
  }
  return found;
}

describe.each([
  ['crm', sample.crm],
  ['performance', sample.performance],
] as const)('the %s sample', (name, records) => {
  const bundle = bundleOf(name);

  it('points every link at a generated record of the linked form, entered before it, and every member and department at a generated one', () => {
    const order = new Map(bundle.forms.flatMap(({ key }) => list(records, key).map((record, index) => [record.id, [bundle.forms.findIndex((form) => form.key === key), index] as const])));
    const users = new Set(sample.users.map((user) => user.id));
    const departments = new Set(sample.departments.map((department) => department.id));
    const broken: string[] = [];
    const all = references(bundle, records);
    for (const { kind, target, value, where } of all) {
      const ok = kind === 'member' ? users.has(String(value)) : kind === 'department' ? departments.has(String(value)) : list(records, target).some((record) => record.id === value);
      if (!ok) broken.push(`${where} → ${String(value)}`);
    }
    // Installing form by form and record by record never meets a link to a record not yet there.
    for (const { kind, value, where } of all) {
      if (kind !== 'link') continue;
      const [formKey, id] = where.split(' ');
      const from = order.get(id ?? '');
      const to = order.get(String(value));
      if (from && to && (to[0] > from[0] || (to[0] === from[0] && to[1] >= from[1]))) broken.push(`${formKey} ${id} links forward to ${String(value)}`);
    }
    expect(all.length).toBeGreaterThan(1000);
    expect(broken.slice(0, 10)).toEqual([]);
  });

  it('dates every record within the last 12 months, never after now', () => {
    const outside = Object.entries(records).flatMap(([key, entries]) => entries.filter((record) => record.createdAt < windowStart || record.createdAt > now).map((record) => `${key} ${record.id}`));
    expect(outside).toEqual([]);
  });
});

describe('CRM consistency', () => {
  const opportunities = byId(list(sample.crm, 'opportunities'));
  const contracts = byId(list(sample.crm, 'contracts'));
  const contacts = byId(list(sample.crm, 'contacts'));

  it('gives a contract, a quote and a follow-up the customer of their opportunity, and a payment that of its contract', () => {
    const mismatched: string[] = [];
    for (const formKey of ['contracts', 'quotes', 'followUps']) {
      for (const record of list(sample.crm, formKey)) {
        if (opportunities.get(String(record.data.f_opportunity))?.data.f_customer !== record.data.f_customer) mismatched.push(`${formKey} ${record.id}`);
      }
    }
    for (const payment of list(sample.crm, 'payments')) {
      if (contracts.get(String(payment.data.f_contract))?.data.f_customer !== payment.data.f_customer) mismatched.push(`payments ${payment.id}`);
    }
    for (const followUp of list(sample.crm, 'followUps')) {
      if (followUp.data.f_contact !== undefined && contacts.get(String(followUp.data.f_contact))?.data.f_customer !== followUp.data.f_customer) mismatched.push(`followUps ${followUp.id} contact`);
    }
    expect(mismatched).toEqual([]);
  });

  it('never collects more than a contract is worth, and collects something on most', () => {
    const paid = new Map<string, number>();
    for (const payment of list(sample.crm, 'payments')) paid.set(String(payment.data.f_contract), (paid.get(String(payment.data.f_contract)) ?? 0) + cents(payment.data.f_amount));
    for (const contract of contracts.values()) expect(paid.get(contract.id) ?? 0, contract.id).toBeLessThanOrEqual(cents(contract.data.f_amount));
    expect(paid.size / contracts.size).toBeGreaterThan(0.6);
    // Payments follow the signing.
    for (const payment of list(sample.crm, 'payments')) expect(String(payment.data.f_payment_date) >= String(contracts.get(String(payment.data.f_contract))?.data.f_sign_date)).toBe(true);
  });

  it('signs one contract for each won opportunity and none for the others, on the day it was won', () => {
    const won = [...opportunities.values()].filter((record) => record.data.f_stage === 'won');
    expect([...contracts.values()].map((contract) => contract.data.f_opportunity).sort()).toEqual(won.map((record) => record.id).sort());
    for (const contract of contracts.values()) expect(contract.data.f_sign_date).toBe(opportunities.get(String(contract.data.f_opportunity))?.data.f_won_date);
  });

  it('dates visits, quotes, signings, payments and surveys within the last 12 months', () => {
    const first = formatDate(windowStart);
    const last = formatDate(now);
    const events: [string, string][] = [
      ['followUps', 'f_follow_time'],
      ['quotes', 'f_quote_date'],
      ['contracts', 'f_sign_date'],
      ['payments', 'f_payment_date'],
      ['satisfaction', 'f_survey_date'],
      ['opportunities', 'f_won_date'],
      ['opportunities', 'f_lost_date'],
    ];
    const outside: string[] = [];
    for (const [formKey, fieldId] of events) {
      for (const record of list(sample.crm, formKey)) {
        const value = record.data[fieldId];
        if (value === undefined) continue;
        const day = String(value).slice(0, 10);
        if (day < first || day > last) outside.push(`${formKey} ${record.id} ${fieldId} ${String(value)}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('makes a customer 已成交 exactly when one of its deals was won', () => {
    const wonCustomers = new Set(list(sample.crm, 'contracts').map((contract) => contract.data.f_customer));
    for (const customer of list(sample.crm, 'customers')) expect(customer.data.f_status === 'signed', customer.id).toBe(wonCustomers.has(customer.id));
  });
});

describe('performance consistency', () => {
  const targets = list(sample.performance, 'targets');

  it('decomposes targets exactly: the parts of a target, level by level and period by period, add up to it', () => {
    const parts = new Map<string, Map<string, number>>();
    for (const target of targets) {
      if (target.data.f_parent === undefined) continue;
      const group = `${String(target.data.f_level)}/${String(target.data.f_period_type)}`;
      const byGroup = parts.get(String(target.data.f_parent)) ?? new Map<string, number>();
      byGroup.set(group, (byGroup.get(group) ?? 0) + cents(target.data.f_amount_target));
      parts.set(String(target.data.f_parent), byGroup);
    }
    const parents = byId(targets);
    expect(parts.size).toBeGreaterThan(100);
    for (const [parentId, groups] of parts) {
      for (const [group, sum] of groups) expect(sum, `${parentId} ${group}`).toBe(cents(parents.get(parentId)?.data.f_amount_target));
    }
  });

  it('gives newcomers lower and seniors higher targets than seasoned reps in the same region', () => {
    const yearly = targets.filter((target) => target.data.f_level === 'person' && target.data.f_period_type === 'year' && String(target.data.f_period_start).startsWith('2025'));
    for (const department of new Set(yearly.map((target) => target.data.f_department))) {
      const amount = (type: string): number[] => yearly.filter((target) => target.data.f_department === department && target.data.f_rep_type === type).map((target) => Number(target.data.f_amount_target));
      const regular = Math.min(...amount('regular'));
      for (const value of amount('new')) expect(value).toBeLessThan(regular);
      for (const value of amount('senior')) expect(value).toBeGreaterThan(regular);
    }
  });

  it('mirrors the CRM: one visit record per CRM visit or demo, one signing per contract with what was collected', () => {
    const crmVisits = list(sample.crm, 'followUps').filter((record) => record.data.f_follow_type === 'visit' || record.data.f_follow_type === 'demo');
    expect(list(sample.performance, 'visits')).toHaveLength(crmVisits.length);
    const signings = list(sample.performance, 'signings');
    expect(signings.map((record) => record.data.f_amount)).toEqual(
      [...list(sample.crm, 'contracts')].sort((a, b) => String(a.data.f_sign_date).localeCompare(String(b.data.f_sign_date))).map((record) => record.data.f_amount),
    );
    for (const signing of signings) expect(cents(signing.data.f_collected_amount ?? 0)).toBeLessThanOrEqual(cents(signing.data.f_amount));
  });

  it("fills the manager's customer satisfaction only from the rep's surveys, within what they rated, and only once the manager has scored", () => {
    const evaluations = list(sample.performance, 'evaluations');
    const filled = evaluations.filter((record) => record.data.f_satisfaction !== undefined);
    expect(filled.length).toBeGreaterThan(0);
    for (const evaluation of filled) {
      expect(evaluation.data.f_manager_score, evaluation.id).toBeDefined();
      const month = String(evaluation.data.f_period).slice(0, 7);
      const rated = list(sample.crm, 'satisfaction')
        .filter((survey) => survey.data.f_owner === evaluation.data.f_person && String(survey.data.f_survey_date).slice(0, 7) <= month)
        .map((survey) => (Number(survey.data.f_overall) / 5) * 100);
      expect(rated.length, evaluation.id).toBeGreaterThan(0);
      expect(Number(evaluation.data.f_satisfaction)).toBeGreaterThanOrEqual(Math.min(...rated));
      expect(Number(evaluation.data.f_satisfaction)).toBeLessThanOrEqual(Math.max(...rated));
    }
  });

  it('never lets a rep redeem more points than they had earned', () => {
    const balance = new Map<string, number>();
    for (const entry of list(sample.performance, 'points')) {
      const person = String(entry.data.f_person);
      const next = (balance.get(person) ?? 0) + Number(entry.data.f_points);
      if (entry.data.f_entry_kind === 'redeem') expect(next, entry.id).toBeGreaterThanOrEqual(0);
      balance.set(person, next);
    }
  });
});

describe('records awaiting approval (#15: the approvals in flight after an install)', () => {
  const marked = (records: SampleRecords, formKey: string): SampleRecord[] => list(records, formKey).filter((record) => record.awaitingApproval === true);
  const ownerOf = (record: SampleRecord): unknown => record.data['f_owner'] ?? record.data['f_person'];

  it('marks exactly the records whose status says they wait: 审批中 contracts, 待确认 payments, the latest evaluations and reviews, proposed targets', () => {
    const { crm, performance } = sample;
    expect(marked(crm, 'contracts')).toEqual(list(crm, 'contracts').filter((record) => record.data['f_contract_status'] === 'approving'));
    expect(marked(crm, 'payments')).toEqual(list(crm, 'payments').filter((record) => record.data['f_confirmed'] === 'pending'));
    expect(marked(performance, 'evaluations')).toEqual(list(performance, 'evaluations').filter((record) => record.data['f_manager_score'] === undefined));
    expect(marked(performance, 'reviews')).toEqual(list(performance, 'reviews').filter((record) => record.data['f_manager_comment'] === undefined));
    expect(marked(performance, 'targets')).toEqual(list(performance, 'targets').filter((record) => record.data['f_claim_status'] === 'proposed'));
    // A quote waits only while it is a draft whose discount the manager must approve (the flow's condition).
    expect(marked(crm, 'quotes')).toEqual(list(crm, 'quotes').filter((record) => record.data['f_quote_status'] === 'draft'));
    for (const quote of marked(crm, 'quotes')) expect(Number(quote.data['f_discount_rate'])).toBeGreaterThan(15);
    // The sample's 20 reps each have last month's evaluation and review at their manager.
    expect(marked(performance, 'evaluations')).toHaveLength(20);
    expect(marked(performance, 'reviews')).toHaveLength(20);
    // Nothing else waits: every other form's records stand as history, without a flow.
    for (const [records, keys] of [[crm, ['contracts', 'payments', 'quotes']], [performance, ['evaluations', 'reviews', 'targets']]] as const) {
      for (const key of Object.keys(records)) if (!(keys as readonly string[]).includes(key)) expect(marked(records, key), key).toEqual([]);
    }
  });

  it('waits on recent records only, each entered by the person its flow starts for (the installs\' seed, five days in a row)', () => {
    // The server's sampleSeed, installed on five days in a row: what waits depends on the day.
    const days = [0, 1, 2, 3, 4].map((day) => ({ at: now + day * DAY_MS, data: generateSampleData({ seed: 2025, now: now + day * DAY_MS }) }));
    expect(days.some(({ data }) => marked(data.crm, 'contracts').length > 0)).toBe(true);
    for (const { at, data } of [{ at: now, data: sample }, ...days]) {
      for (const record of [...marked(data.crm, 'contracts'), ...marked(data.crm, 'payments'), ...marked(data.crm, 'quotes')]) {
        expect(record.createdBy).toBe(ownerOf(record));
        expect(at - record.createdAt).toBeGreaterThanOrEqual(0);
        expect(at - record.createdAt).toBeLessThan(8 * DAY_MS);
      }
      for (const record of [...marked(data.performance, 'evaluations'), ...marked(data.performance, 'reviews'), ...marked(data.performance, 'targets')]) expect(record.createdBy).toBe(ownerOf(record));
    }
  });
});

describe('approvals in flight whatever the day of the install (#15)', () => {
  const marked = (records: SampleRecords, formKey: string): SampleRecord[] => list(records, formKey).filter((record) => record.awaitingApproval === true);
  const large = (record: SampleRecord): boolean => Number(record.data['f_amount']) > 500_000;
  // The server's seed at its test clock, and installs months apart, at night and in December.
  const clocks = ['2025-01-06T17:00:00+08:00', '2025-04-17T11:20:00+08:00', '2025-08-31T23:50:00+08:00', '2025-12-20T08:05:00+08:00', '2026-03-01T00:30:00+08:00'].map((label) => ({ label, at: Date.parse(label) }));

  it.each(clocks)('at $label: a contract over 50万 for the director, a smaller one for a manager, a quote over 15 %, each signed or drafted in the last day', ({ at }) => {
    const data = generateSampleData({ seed: 2025, now: at });
    const contracts = marked(data.crm, 'contracts');
    expect(contracts.filter(large).length).toBeGreaterThanOrEqual(1);
    expect(contracts.filter((record) => !large(record)).length).toBeGreaterThanOrEqual(1);
    expect(marked(data.crm, 'quotes').length).toBeGreaterThanOrEqual(1);
    for (const record of [...contracts, ...marked(data.crm, 'quotes')]) expect(at - record.createdAt, record.id).toBeLessThan(8 * DAY_MS);
    // Signed this month (at 00:30 on the 1st too): last month's score run never meets a contract in flight it would count.
    const month = formatDate(at).slice(0, 7);
    for (const record of contracts.filter(large)) expect(String(record.data['f_sign_date']).slice(0, 7)).toBe(month);
  });

  it.each(clocks)('at $label: every record in flight was entered within the last month, and a target waits only for a coming month, proposed in the last days', ({ at }) => {
    const data = generateSampleData({ seed: 2025, now: at });
    const all = [...Object.values(data.crm), ...Object.values(data.performance)].flat().filter((record) => record.awaitingApproval === true);
    expect(all.length).toBeGreaterThan(40);
    for (const record of all) {
      expect(at - record.createdAt, record.id).toBeGreaterThanOrEqual(0);
      expect(at - record.createdAt, record.id).toBeLessThan(31 * DAY_MS);
    }
    const targets = marked(data.performance, 'targets');
    const today = formatDate(at);
    for (const target of targets) {
      expect(target.data['f_period_type']).toBe('month');
      expect(String(target.data['f_period_start']) > today, target.id).toBe(true);
      expect(at - target.createdAt, target.id).toBeLessThan(4 * DAY_MS);
    }
    // Newcomers claim next month's target; in December next month's targets are not in the sample.
    const newcomers = data.users.filter((user) => user.repType === 'new').map((user) => user.id);
    expect(targets.map((target) => target.createdBy).sort()).toEqual(today.slice(5, 7) === '12' ? [] : [...newcomers].sort());
  });

  it('signs the deal it closes consistently: won that day at its latest quote, the quote accepted, the customer 已成交, no payment yet (the checks above run on such a sample)', () => {
    const signed = marked(sample.crm, 'contracts').filter(large);
    expect(signed.length).toBeGreaterThanOrEqual(1);
    const opportunities = byId(list(sample.crm, 'opportunities'));
    const customers = byId(list(sample.crm, 'customers'));
    for (const contract of signed) {
      const opportunity = opportunities.get(String(contract.data['f_opportunity']));
      expect(opportunity?.data['f_stage']).toBe('won');
      expect(opportunity?.data['f_won_date']).toBe(contract.data['f_sign_date']);
      const quotes = list(sample.crm, 'quotes').filter((quote) => quote.data['f_opportunity'] === opportunity?.id);
      expect(quotes.at(-1)?.data['f_quote_status']).toBe('accepted');
      expect(customers.get(String(contract.data['f_customer']))?.data['f_status']).toBe('signed');
      expect(list(sample.crm, 'payments').filter((payment) => payment.data['f_contract'] === contract.id)).toEqual([]);
      // Nothing of the deal happened after its signing.
      const followUps = list(sample.crm, 'followUps').filter((followUp) => followUp.data['f_opportunity'] === opportunity?.id);
      for (const followUp of followUps) expect(String(followUp.data['f_follow_time']).slice(0, 10) <= String(contract.data['f_sign_date'])).toBe(true);
    }
  });
});
