/** A period of whole local days, both ends included (`YYYY-MM-DD`). */
export interface Period {
  readonly from: string;
  readonly to: string;
}

const dayMs = 86_400_000;

/**
 * The period a KPI card or a leaderboard compares with: the one just before, as long. Whole
 * calendar months step back by months (March → February, Q2 → Q1, a year → the year before), so
 * "this month against last month" means what people mean; any other range steps back by its
 * number of days (the 7 days before the last 7 days).
 *
 * @example
 * previousPeriod({ from: '2025-03-01', to: '2025-03-31' }) // { from: '2025-02-01', to: '2025-02-28' }
 * previousPeriod({ from: '2025-03-10', to: '2025-03-16' }) // { from: '2025-03-03', to: '2025-03-09' }
 */
export function previousPeriod(period: Period): Period {
  const from = dayNumber(period.from);
  const to = dayNumber(period.to);
  const start = new Date(from * dayMs);
  const afterEnd = new Date((to + 1) * dayMs);
  if (start.getUTCDate() === 1 && afterEnd.getUTCDate() === 1) {
    const months = (afterEnd.getUTCFullYear() - start.getUTCFullYear()) * 12 + afterEnd.getUTCMonth() - start.getUTCMonth();
    const previousStart = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() - months, 1);
    return { from: dayText(previousStart / dayMs), to: dayText(from - 1) };
  }
  const length = to - from + 1;
  return { from: dayText(from - length), to: dayText(from - 1) };
}

function dayNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / dayMs);
}

function dayText(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}
