import type { Random } from './createRandom.js';
import type { RecordBook } from './createRecordBook.js';
import type { Organisation } from './generateOrganisation.js';
import type { RepType, SampleUser } from './SampleData.js';
import { civilDateOf, daysInMonth, DAY_MS, formatCivil, officeHoursOn, shanghaiInstant } from './shanghaiCalendar.js';
import { splitAmount } from './splitAmount.js';

/** Who carries a target: the company, a region, or a rep. */
interface TargetHolder {
  readonly level: 'company' | 'department' | 'person';
  readonly label: string;
  readonly departmentId?: string;
  readonly person?: SampleUser;
}

/** A target amount for one holder and period, and its id once recorded. */
export interface RecordedTarget {
  readonly id: string;
  readonly holder: TargetHolder;
  readonly amount: number;
}

const quarterWeights = [22, 24, 26, 28];
const repWeight: Readonly<Record<RepType, number>> = { new: 0.8, regular: 1, senior: 1.2 };
const monthlyVisits: Readonly<Record<RepType, number>> = { new: 16, regular: 20, senior: 18 };
const monthlyNewCustomers: Readonly<Record<RepType, number>> = { new: 2, regular: 3, senior: 2 };
const adjustmentReasons = ['重点客户预算推迟到下季度，经总监批准下调 10%。', '承接离职同事的客户，目标相应上调。', '新产品线上市，按公司要求上调 15%。'];
const quarterNames = ['第一季度', '第二季度', '第三季度', '第四季度'];

/**
 * Targets for every calendar year the sample touches, decomposed in the organisation (company →
 * region by its share → rep, newcomers −20 %, seniors +20 %) and in time (year → quarter
 * 22/24/26/28 % → three equal months), each linked to the target it was split from and adding
 * up to it exactly. The current year is 20 % above the last. Returns the reps' monthly targets
 * by `${personId}:${YYYY-MM}` for reviews and evaluations.
 */
export function generateTargets(random: Random, book: RecordBook, organisation: Organisation, now: number, scale: number): Map<string, number> {
  const windowStart = now - 365 * DAY_MS;
  const firstYear = civilDateOf(windowStart).year;
  const lastYear = civilDateOf(now).year;
  const repCount = organisation.regions.reduce((sum, region) => sum + region.reps.length, 0);
  // Next month, when it lies in a year the sample covers (in December it does not: none waits).
  const today = civilDateOf(now);
  const nextMonth = today.month < 12 ? today.month + 1 : undefined;
  const newcomers = organisation.regions.flatMap((entry) => entry.reps).filter((rep) => rep.repType === 'new');
  const monthly = new Map<string, number>();
  const previousYearAmounts = new Map<string, number>();
  for (let year = firstYear; year <= lastYear; year += 1) {
    const current = year === lastYear;
    const companyAmount = Math.round((1_000_000 * repCount * scale * (current ? 1 : 1 / 1.2)) / 100_000) * 100_000;
    const createdAt = Math.min(now, Math.max(windowStart, shanghaiInstant(year - 1, 12, 15, 10)));
    const record = (holder: TargetHolder, period: Period, amount: number, parentId: string | undefined, month?: number): RecordedTarget => {
      const [visits, newCustomers] = activityTargets(holder, period.type === 'year' ? 12 : period.type === 'quarter' ? 3 : 1);
      const createdBy = holder.person !== undefined && current ? holder.person.id : organisation.director.id;
      // Newcomers claim their targets month by month while they ramp up: in the last days each
      // proposed next month's (the decomposition's amount), which waits for the manager in the
      // 目标认领 flow. Drawn from no randomness, so the rest of the sample is as before.
      const newcomer = holder.person === undefined ? -1 : newcomers.indexOf(holder.person);
      const claiming = current && month !== undefined && month === nextMonth && newcomer >= 0;
      const data: Record<string, unknown> = {
        f_period_type: period.type,
        f_period_start: period.start,
        f_period_end: period.end,
        f_target_name: `${holder.label} ${period.label}签约目标`,
        f_level: holder.level,
        f_amount_target: amount,
        f_payment_target: Math.round((amount * 0.9) / 100) * 100,
        f_visits_target: visits,
        f_new_customers_target: newCustomers,
        // At this year's 目标认领会 a few reps have not confirmed their approved target yet; none still
        // waits for the manager since December (a task a year old): weights as before, one draw.
        f_claim_status: claiming ? 'proposed' : holder.person !== undefined && current && period.type === 'year' ? random.weighted([['confirmed', 85], ['approved', 15]]) : 'confirmed',
      };
      if (holder.person !== undefined && period.type === 'month' && random.chance(0.03)) data.f_adjustment_reason = random.pick(adjustmentReasons);
      if (parentId !== undefined) data.f_parent = parentId;
      if (holder.departmentId !== undefined) data.f_department = holder.departmentId;
      if (holder.person !== undefined) {
        data.f_person = holder.person.id;
        data.f_rep_type = holder.person.repType ?? 'regular';
      }
      const key = `${holder.label}:${period.type}`;
      if (period.type === 'year') {
        const last = previousYearAmounts.get(key);
        if (last !== undefined) data.f_last_year_amount = Math.round((last * random.between(0.85, 1.05)) / 1000) * 1000;
        previousYearAmounts.set(key, amount);
      }
      // A target a rep has only proposed waits for the manager in the 目标认领 flow.
      const enteredAt = claiming ? Math.max(createdAt, Math.min(now, officeHoursOn(now - (1 + (newcomer % 3)) * DAY_MS, 10 + newcomer))) : createdAt;
      return { id: book.add('targets', createdBy, enteredAt, data, claiming), holder, amount };
    };

    const yearPeriod = periodOf(year, 'year', 1);
    const company = { level: 'company', label: '公司' } as const;
    const yearly: RecordedTarget[] = [record(company, yearPeriod, companyAmount, undefined)];
    const companyYear = yearly[0] as RecordedTarget;
    const regionAmounts = splitAmount(companyAmount, organisation.regions.map((entry) => entry.region.targetShare), 10_000);
    organisation.regions.forEach((entry, regionIndex) => {
      const holder: TargetHolder = { level: 'department', label: entry.region.departmentName, departmentId: entry.departmentId };
      const regionTarget = record(holder, yearPeriod, regionAmounts[regionIndex] ?? 0, companyYear.id);
      yearly.push(regionTarget);
      const repAmounts = splitAmount(regionTarget.amount, entry.reps.map((rep) => repWeight[rep.repType ?? 'regular']), 1_000);
      entry.reps.forEach((rep, repIndex) => {
        const personHolder: TargetHolder = { level: 'person', label: rep.name, departmentId: entry.departmentId, person: rep };
        yearly.push(record(personHolder, yearPeriod, repAmounts[repIndex] ?? 0, regionTarget.id));
      });
    });

    for (const yearTarget of yearly) {
      const quarterAmounts = splitAmount(yearTarget.amount, quarterWeights, 1_000);
      quarterAmounts.forEach((quarterAmount, quarterIndex) => {
        const quarter = periodOf(year, 'quarter', quarterIndex + 1);
        const quarterTarget = record(yearTarget.holder, quarter, quarterAmount, yearTarget.id);
        splitAmount(quarterAmount, [1, 1, 1], 100).forEach((monthAmount, monthIndex) => {
          const month = quarterIndex * 3 + monthIndex + 1;
          record(yearTarget.holder, periodOf(year, 'month', month), monthAmount, quarterTarget.id, month);
          if (yearTarget.holder.person !== undefined) monthly.set(`${yearTarget.holder.person.id}:${formatCivil(year, month, 1).slice(0, 7)}`, monthAmount);
        });
      });
    }
  }
  return monthly;

  /** Effective visits and new customers over `months` months: each rep's monthly norm, summed over the holder's reps. */
  function activityTargets(holder: TargetHolder, months: number): [number, number] {
    const reps =
      holder.person !== undefined
        ? [holder.person]
        : holder.departmentId !== undefined
          ? (organisation.regions.find((entry) => entry.departmentId === holder.departmentId)?.reps ?? [])
          : organisation.regions.flatMap((entry) => entry.reps);
    return [sumOver(reps, (rep) => monthlyVisits[rep.repType ?? 'regular'] * months), sumOver(reps, (rep) => monthlyNewCustomers[rep.repType ?? 'regular'] * months)];
  }
}

interface Period {
  readonly type: 'year' | 'quarter' | 'month';
  readonly start: string;
  readonly end: string;
  readonly label: string;
}

function periodOf(year: number, type: Period['type'], index: number): Period {
  switch (type) {
    case 'year':
      return { type, start: formatCivil(year, 1, 1), end: formatCivil(year, 12, 31), label: `${year} 年度` };
    case 'quarter': {
      const lastMonth = index * 3;
      return { type, start: formatCivil(year, lastMonth - 2, 1), end: formatCivil(year, lastMonth, daysInMonth(year, lastMonth)), label: `${year} 年${quarterNames[index - 1] ?? ''}` };
    }
    case 'month':
      return { type, start: formatCivil(year, index, 1), end: formatCivil(year, index, daysInMonth(year, index)), label: `${year} 年 ${index} 月` };
  }
}

function sumOver<T>(items: readonly T[], value: (item: T) => number): number {
  return items.reduce((sum, item) => sum + value(item), 0);
}
