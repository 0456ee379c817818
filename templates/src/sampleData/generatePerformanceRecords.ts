import type { Random } from './createRandom.js';
import { createRecordBook } from './createRecordBook.js';
import type { Organisation } from './generateOrganisation.js';
import { generateTargets } from './generateTargets.js';
import { rewards } from './salesPhrases.js';
import type { SampleRecord, SampleRecords, SampleUser } from './SampleData.js';
import { civilDateOf, DAY_MS, formatCivil, formatDate, shanghaiInstant } from './shanghaiCalendar.js';

/** The performance bundle's form keys, in bundle order. */
export const performanceFormKeys = ['targets', 'evaluations', 'points', 'reviews', 'visits', 'signings'] as const;

/**
 * The performance app's records, consistent with the CRM's: targets for the years covered, the
 * activity forms mirroring the CRM's visits and contracts (what the scheme reads when the CRM is
 * not installed), behaviour points for what the reps did, and the last months' reviews and
 * evaluations built from their actual numbers.
 */
export function generatePerformanceRecords(random: Random, organisation: Organisation, crm: SampleRecords, now: number, scale: number): SampleRecords {
  const book = createRecordBook('perf');
  const monthlyTargets = generateTargets(random, book, organisation, now, scale);
  const reps = organisation.regions.flatMap((entry) => entry.reps);
  const managerOf = new Map(organisation.regions.flatMap((entry) => entry.reps.map((rep) => [rep.id, entry.manager] as const)));
  const customers = new Map((crm.customers ?? []).map((record) => [record.id, record.data]));
  const text = (value: unknown): string => (typeof value === 'string' ? value : '');
  const num = (value: unknown): number => (typeof value === 'number' ? value : 0);

  const visits = (crm.followUps ?? []).filter((record) => record.data.f_follow_type === 'visit' || record.data.f_follow_type === 'demo');
  for (const visit of visits) {
    const customer = customers.get(text(visit.data.f_customer));
    book.add('visits', visit.createdBy, visit.createdAt, {
      f_rep: visit.data.f_owner,
      f_department: visit.data.f_owner_dept,
      f_customer_name: customer?.f_customer_name,
      f_customer_grade: customer?.f_grade,
      f_visit_type: visit.data.f_follow_type,
      f_visit_time: visit.data.f_follow_time,
      f_effective: visit.data.f_effective,
      f_summary: visit.data.f_content,
      f_entered_at: visit.data.f_entered_at,
    });
  }

  const paymentsByContract = new Map<string, SampleRecord[]>();
  for (const payment of crm.payments ?? []) {
    const list = paymentsByContract.get(text(payment.data.f_contract)) ?? [];
    list.push(payment);
    paymentsByContract.set(text(payment.data.f_contract), list);
  }
  const signedCustomers = new Set<string>();
  const contracts = [...(crm.contracts ?? [])].sort((a, b) => text(a.data.f_sign_date).localeCompare(text(b.data.f_sign_date)));
  const newCustomerContracts = new Set<string>();
  for (const contract of contracts) {
    const customerId = text(contract.data.f_customer);
    if (!signedCustomers.has(customerId)) newCustomerContracts.add(contract.id);
    signedCustomers.add(customerId);
    const payments = paymentsByContract.get(contract.id) ?? [];
    const collectedCents = payments.reduce((sum, payment) => sum + Math.round(num(payment.data.f_amount) * 100), 0);
    const data: Record<string, unknown> = {
      f_rep: contract.data.f_owner,
      f_department: contract.data.f_owner_dept,
      f_customer_name: customers.get(customerId)?.f_customer_name,
      f_contract_name: contract.data.f_contract_name,
      f_amount: contract.data.f_amount,
      f_sign_date: contract.data.f_sign_date,
      f_product_line: contract.data.f_product_line,
      f_new_customer: newCustomerContracts.has(contract.id) ? 'yes' : 'no',
    };
    if (collectedCents > 0) {
      data.f_collected_amount = collectedCents / 100;
      data.f_last_collected_date = payments.map((payment) => text(payment.data.f_payment_date)).sort().at(-1);
    }
    book.add('signings', contract.createdBy, contract.createdAt, data);
  }

  generatePoints();
  for (const [index, month] of completeMonths(now, 6).entries()) {
    for (const rep of reps) generateMonthEnd(rep, month, index === 0, index < 3);
  }
  return book.toRecords(performanceFormKeys);

  /** One ledger entry per process action, a few knowledge shares, and rewards redeemed from what was earned. */
  function generatePoints(): void {
    interface PointEvent {
      readonly rep: string;
      readonly at: number;
      readonly kind: 'earn' | 'deduct';
      readonly action: string;
      readonly points: number;
      readonly reference: string;
    }
    const events: PointEvent[] = [];
    for (const followUp of crm.followUps ?? []) {
      const rep = text(followUp.data.f_owner);
      if (followUp.data.f_effective === 'yes') events.push({ rep, at: Date.parse(text(followUp.data.f_follow_time)), kind: 'earn', action: 'effective_visit', points: 2, reference: '' });
      if (Date.parse(text(followUp.data.f_entered_at)) - Date.parse(text(followUp.data.f_follow_time)) > 4 * DAY_MS) {
        events.push({ rep, at: followUp.createdAt, kind: 'deduct', action: 'late_entry', points: -1, reference: '' });
      }
    }
    for (const quote of crm.quotes ?? []) {
      if (text(quote.data.f_promised_date) >= text(quote.data.f_quote_date)) events.push({ rep: text(quote.data.f_owner), at: quote.createdAt, kind: 'earn', action: 'quote_on_time', points: 2, reference: '' });
    }
    for (const contract of contracts) {
      const rep = text(contract.data.f_owner);
      events.push({ rep, at: contract.createdAt, kind: 'earn', action: 'deal_won', points: 10, reference: text(contract.data.f_contract_name) });
      if (newCustomerContracts.has(contract.id)) events.push({ rep, at: contract.createdAt, kind: 'earn', action: 'new_customer', points: 5, reference: text(contract.data.f_contract_name) });
    }
    for (const rep of reps) {
      for (let share = random.int(0, 4); share > 0; share -= 1) {
        events.push({ rep: rep.id, at: now - random.int(1, 360) * DAY_MS, kind: 'earn', action: 'knowledge_share', points: 5, reference: '' });
      }
    }
    events.sort((a, b) => a.at - b.at);
    const balance = new Map<string, number>();
    const redeemFrom = now - 90 * DAY_MS;
    const redeemed = new Set<string>();
    for (const event of events) {
      const rep = reps.find((candidate) => candidate.id === event.rep);
      if (rep === undefined) continue;
      add(rep, event.at, { f_entry_kind: event.kind, f_action: event.action, f_points: event.points, ...(event.reference === '' ? {} : { f_reference: event.reference }) });
      const points = (balance.get(rep.id) ?? 0) + event.points;
      balance.set(rep.id, points);
      const [reward, cost] = random.pick(rewards);
      if (event.at >= redeemFrom && !redeemed.has(rep.id) && points >= cost && random.chance(0.05)) {
        redeemed.add(rep.id);
        balance.set(rep.id, points - cost);
        add(rep, event.at + 3_600_000, { f_entry_kind: 'redeem', f_reward: reward, f_points: -cost, f_note: '积分兑换' });
      }
    }
  }

  function add(rep: SampleUser, at: number, entry: Record<string, unknown>): void {
    const by = managerOf.get(rep.id) ?? organisation.director;
    const day = Math.min(at, now);
    book.add('points', by.id, Math.min(now, day + random.int(1, 20) * 3_600_000), { f_person: rep.id, f_department: rep.departmentId, f_date: formatDate(day), ...entry });
  }

  /** A rep's month-end: the evaluation (the latest month still awaiting the manager) and, for recent months, the review. */
  function generateMonthEnd(rep: SampleUser, month: { readonly year: number; readonly month: number }, latest: boolean, withReview: boolean): void {
    const key = formatCivil(month.year, month.month, 1).slice(0, 7);
    const inMonth = (date: unknown): boolean => text(date).startsWith(key);
    const own = (records: readonly SampleRecord[] | undefined): SampleRecord[] => (records ?? []).filter((record) => record.data.f_owner === rep.id);
    const signed = own(crm.contracts).filter((record) => inMonth(record.data.f_sign_date));
    const achieved = signed.reduce((sum, record) => sum + Math.round(num(record.data.f_amount) * 100), 0) / 100;
    const collected = own(crm.payments).filter((record) => inMonth(record.data.f_payment_date)).reduce((sum, record) => sum + Math.round(num(record.data.f_amount) * 100), 0) / 100;
    const followUps = own(crm.followUps).filter((record) => inMonth(record.data.f_follow_time));
    const monthVisits = followUps.filter((record) => record.data.f_follow_type === 'visit' || record.data.f_follow_type === 'demo');
    const target = monthlyTargets.get(`${rep.id}:${key}`);
    const completion = target === undefined || target === 0 ? 1 : achieved / target;
    const manager = managerOf.get(rep.id) ?? organisation.director;
    const monthEnd = shanghaiInstant(month.year, month.month + 1, 1, 10);
    const submittedAt = Math.min(now, monthEnd + random.int(0, 4) * DAY_MS);

    const selfScore = Math.min(100, Math.max(50, Math.round(70 + completion * 15 + random.int(-5, 8))));
    const evaluation: Record<string, unknown> = {
      f_person: rep.id,
      f_department: rep.departmentId,
      f_period: formatCivil(month.year, month.month, 1),
      f_trial: 'no',
      f_self_score: selfScore,
      f_exam_score: random.int(rep.repType === 'new' ? 55 : 68, 100),
      f_self_summary: completion >= 1 ? '本月完成签约目标，重点客户推进顺利，下月继续加强老客户复购。' : '本月签约未达目标，几个商机推迟到下月，需要加快方案和报价节奏。',
    };
    if (!latest) {
      const managerScore = Math.min(100, Math.max(50, selfScore + random.int(-10, 4)));
      const finalScore = Math.round((40 * Math.min(completion, 1.2) + 0.6 * managerScore) * 10) / 10;
      evaluation.f_manager_score = managerScore;
      evaluation.f_teamwork = random.weighted([['优秀', 25], ['良好', 45], ['合格', 25], ['待改进', 5]]);
      const satisfaction = satisfactionOf(rep, month);
      if (satisfaction !== undefined) evaluation.f_satisfaction = satisfaction;
      evaluation.f_manager_comment = completion >= 1 ? '结果达标，过程扎实。' : '过程量尚可，转化偏低，注意商机推进节奏。';
      evaluation.f_final_score = finalScore;
      evaluation.f_final_grade = finalScore >= 95 ? 'S' : finalScore >= 85 ? 'A' : finalScore >= 70 ? 'B' : 'C';
    }
    // The latest month's evaluation waits at the manager's step of the 考核评估流程.
    book.add('evaluations', rep.id, submittedAt, evaluation, latest);
    if (!withReview) return;

    const review: Record<string, unknown> = {
      f_person: rep.id,
      f_department: rep.departmentId,
      f_review_type: 'month',
      f_period: formatCivil(month.year, month.month, 1),
      f_achieved_amount: achieved,
      f_collected_amount: collected,
      f_visits: monthVisits.length,
      f_effective_visits: monthVisits.filter((record) => record.data.f_effective === 'yes').length,
      f_follow_ups: followUps.length,
      f_quotes: own(crm.quotes).filter((record) => inMonth(record.data.f_quote_date)).length,
      f_new_customers: (crm.customers ?? []).filter((record) => record.createdBy === rep.id && formatDate(record.createdAt).startsWith(key)).length,
      f_won_deals: signed.length,
      f_causes: completion >= 1 ? '重点商机按计划推进，报价及时，客户决策快。' : '两个大商机客户内部审批推迟；新客户开拓拜访量不足。',
      f_improvements: completion >= 1 ? '总结赢单经验在团队分享，继续保持拜访节奏。' : '每周增加两次有效拜访，报价后三天内回访，请主管协助推动决策。',
    };
    if (target !== undefined) review.f_target_amount = target;
    if (!latest) review.f_manager_comment = `已阅。${manager.name}：${completion >= 1 ? '继续保持。' : '下月重点盯大商机。'}`;
    // The latest month's review waits for the manager's comment (the 复盘点评 flow).
    book.add('reviews', rep.id, submittedAt, review, latest);
  }

  /**
   * What the manager enters as the month's customer satisfaction: the mean satisfaction (overall
   * rating ÷ 5, in %) of the rep's surveys that month, else of the three months up to it; none
   * without a survey. Reads no randomness, so the rest of the sample is as before.
   */
  function satisfactionOf(rep: SampleUser, month: { readonly year: number; readonly month: number }): number | undefined {
    const surveys = (crm.satisfaction ?? []).filter((record) => record.data.f_owner === rep.id);
    const monthKey = (offset: number): string => {
      const serial = month.year * 12 + (month.month - 1) - offset;
      return formatCivil(Math.floor(serial / 12), (serial % 12) + 1, 1).slice(0, 7);
    };
    const during = (keys: readonly string[]): number[] => surveys.filter((record) => keys.some((key) => text(record.data.f_survey_date).startsWith(key))).map((record) => (num(record.data.f_overall) / 5) * 100);
    const rates = [[monthKey(0)], [monthKey(0), monthKey(1), monthKey(2)]].map(during).find((found) => found.length > 0);
    return rates === undefined ? undefined : Math.round(rates.reduce((sum, rate) => sum + rate, 0) / rates.length);
  }
}

/** The last `count` months that have ended before `now`, latest first. */
function completeMonths(now: number, count: number): { readonly year: number; readonly month: number }[] {
  const { year, month } = civilDateOf(now);
  return Array.from({ length: count }, (_, index) => {
    const serial = year * 12 + (month - 1) - (index + 1);
    return { year: Math.floor(serial / 12), month: (serial % 12) + 1 };
  });
}
