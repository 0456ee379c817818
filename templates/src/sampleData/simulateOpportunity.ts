import type { Random } from './createRandom.js';
import type { RepType } from './SampleData.js';
import { DAY_MS } from './shanghaiCalendar.js';

export type OpenStage = 'lead' | 'contact' | 'proposal' | 'negotiation';
export type Stage = OpenStage | 'won' | 'lost';
export type LostReason = 'price' | 'competitor' | 'need_changed' | 'budget' | 'no_response';

/** The life of one opportunity up to now: when it reached each stage, and how it ended if it did. */
export interface OpportunityTimeline {
  /** Open stages reached, in order, each with the instant it was reached. */
  readonly stages: readonly { readonly stage: OpenStage; readonly at: number }[];
  readonly outcome: 'won' | 'lost' | 'open';
  /** When it was won or lost. */
  readonly closedAt?: number;
  readonly lostReason?: LostReason;
}

const funnel: readonly OpenStage[] = ['lead', 'contact', 'proposal', 'negotiation'];

/**
 * Chance of moving on from each stage (the last: of winning at negotiation). Together about one
 * lead in six is won, as B2B funnels go; experience moves every step a little.
 */
const advance: Readonly<Record<OpenStage, number>> = { lead: 0.75, contact: 0.62, proposal: 0.65, negotiation: 0.58 };
const experience: Readonly<Record<RepType, number>> = { new: 0.85, regular: 1, senior: 1.1 };

/**
 * Walks an opportunity through the funnel from `start`: each stage lasts one to five weeks, then
 * it advances or is lost. Whatever would happen after `now` has not happened: the deal is open.
 */
export function simulateOpportunity(random: Random, start: number, now: number, repType: RepType): OpportunityTimeline {
  const stages: { stage: OpenStage; at: number }[] = [];
  let at = start;
  for (const stage of funnel) {
    stages.push({ stage, at });
    const next = at + random.int(5, 35) * DAY_MS + random.int(0, 8) * 3_600_000;
    if (next > now) return { stages, outcome: 'open' };
    if (!random.chance(Math.min(0.95, advance[stage] * experience[repType]))) {
      const lostReason = random.weighted<LostReason>([['price', 30], ['competitor', 30], ['need_changed', 15], ['budget', 15], ['no_response', 10]]);
      return { stages, outcome: 'lost', closedAt: next, lostReason };
    }
    at = next;
  }
  return { stages, outcome: 'won', closedAt: at };
}
