import type { Random } from './createRandom.js';
import type { RecordBook } from './createRecordBook.js';
import { reviseOpenQuote, signOpenDeal, type OpenDeal } from './generateDeal.js';
import { civilDateOf, DAY_MS, officeHoursOn, startOfDay } from './shanghaiCalendar.js';

const HOUR_MS = 3_600_000;

/** The contract amount above which the 合同审批 flow goes to the director (its condition). */
const LARGE_YUAN = 500_000;
const stageRank: Readonly<Record<string, number>> = { negotiation: 2, proposal: 1 };

/**
 * Whatever the day of an install, its approvers have work: the sample's shape barely moves with
 * `now` (at seed 2025 the latest contract over 50万 is three to six weeks old, already paid, and
 * most days no contract is from the last three days nor any quote over 15 % from the last three),
 * so without this the director's inbox would be empty on almost every install. At the end of the
 * CRM's year, so the deals are known:
 * - if no contract over 50万 waits (none signed in the last week), the open deal over 50万 furthest
 *   in the funnel (谈判, else 方案/报价; the latest quoted first) is signed within the last day and
 *   waits at the director;
 * - if no smaller contract waits (none in the last three days), the latest quoted open 谈判 deal under
 *   50万 is signed so, at its rep's manager;
 * - if no quote waits, the latest active other open 谈判 deal gets a revised quote at 18 % (or its
 *   deeper discount) drafted within the last day, at the manager.
 * Each happens after everything else of its deal, draws only from `random` (its own source, so
 * every other record stays as generated), and none of it falls on a deal another step used.
 */
export function ensureApprovalsInFlight(random: Random, book: RecordBook, openDeals: readonly OpenDeal[], now: number): void {
  const waiting = (formKey: string): readonly Record<string, unknown>[] => book.list(formKey).filter((record) => record.awaitingApproval === true).map((record) => record.data);
  const used = new Set<OpenDeal>();
  const quoted = (deal: OpenDeal): boolean => deal.lastQuote !== undefined && !deal.lastQuote.awaitingApproval && !used.has(deal);
  const byProgress = (a: OpenDeal, b: OpenDeal): number => (stageRank[b.stage] ?? 0) - (stageRank[a.stage] ?? 0) || (b.quotes.at(-1)?.at ?? 0) - (a.quotes.at(-1)?.at ?? 0);
  const amountOf = (deal: OpenDeal): number => (deal.quotes.at(-1)?.cents ?? 0) / 100;
  const contracts = waiting('contracts');

  const sign = (candidates: readonly OpenDeal[]): void => {
    const deal = [...candidates].sort(byProgress)[0];
    if (deal === undefined) return;
    used.add(deal);
    signOpenDeal(deal, random, recentAfter(deal.lastEventAt));
  };
  if (!contracts.some((data) => Number(data.f_amount) > LARGE_YUAN)) {
    sign(openDeals.filter((deal) => quoted(deal) && (stageRank[deal.stage] ?? 0) > 0 && amountOf(deal) > LARGE_YUAN));
  }
  if (!contracts.some((data) => Number(data.f_amount) <= LARGE_YUAN)) {
    sign(openDeals.filter((deal) => quoted(deal) && deal.stage === 'negotiation' && amountOf(deal) <= LARGE_YUAN));
  }
  if (waiting('quotes').length === 0) {
    const deal = openDeals.filter((candidate) => quoted(candidate) && candidate.stage === 'negotiation').sort((a, b) => b.lastEventAt - a.lastEventAt)[0];
    if (deal !== undefined) {
      used.add(deal);
      reviseOpenQuote(deal, random, recentAfter(deal.lastEventAt), Math.max(18, deal.quotes.at(-1)?.discount ?? 0));
    }
  }

  /**
   * A time in office hours today, else yesterday, before `now` and after `after` — never in last
   * month (on the 1st before office hours, just before `now`): a contract in flight must not land
   * in the month whose scores the install computes.
   */
  function recentAfter(after: number): number {
    const hour = random.between(9.5, 17.5);
    const today = officeHoursOn(now, hour);
    const yesterday = officeHoursOn(now - DAY_MS, hour);
    const at = today <= now - HOUR_MS ? today : civilDateOf(yesterday).month === civilDateOf(now).month ? yesterday : Math.max(startOfDay(now), now - HOUR_MS);
    return Math.min(now, Math.max(at, after + HOUR_MS));
  }
}

