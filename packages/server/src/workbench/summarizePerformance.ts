import { findLaggards, formatPeriod, parseDay, periodContaining, previousPeriod, roundDecimal, type PeriodKind, type ScoreSheetData } from '@formwork/runtime';
import { leaderboardOf } from '../scoring/leaderboardOf.js';
import { sheetOf } from '../scoring/scoreRunView.js';
import { scopeHoldsPerson, type ScoreScope } from '../scoring/ScoreScope.js';
import type { VersionedDocument } from '../storage/DocumentStore.js';
import type { Stores } from '../storage/Stores.js';

/** An item with a target, summed over the people it is about: one person's, or a team's. */
export interface TargetLine {
  readonly itemId: string;
  readonly name: string;
  readonly actual: number;
  readonly target: number;
  /** actual ÷ target (4 places). */
  readonly share: number;
}

/** The workbench's view of an app's scoring scheme: the viewer's score and rank, their team's progress, the laggards. */
export interface PerformanceSummary {
  readonly schemeId: string;
  readonly title: string;
  /** The period shown: this one when it has a run, else the previous one when that has; null when neither has. */
  readonly period: string | null;
  /** Whether `period` is the period holding today. */
  readonly current: boolean;
  /** The viewer's own row: total, grade, rank on the whole board, and their items that have a target. */
  readonly mine: { readonly total: number; readonly grade: string | null; readonly rank: number | null; readonly of: number; readonly targets: readonly TargetLine[] } | null;
  /** The people the viewer manages (or everyone, for an admin), without the viewer: each target item summed. */
  readonly team: { readonly members: number; readonly targets: readonly TargetLine[] } | null;
  /** Of `team`, those below 80 % of the first target item's pro-rated target, furthest behind first (at most 5). */
  readonly laggards: readonly { readonly personId: string; readonly name: string; readonly share: number }[];
}

const laggardShare = 0.8;
const maxLaggards = 5;

/**
 * Summarizes a published scheme's current run for the workbench, in the viewer's score scope:
 * the run of the period holding `today` (the app's local date), else the previous period's — a
 * month's sheet is usually computed at its end, and the first days of the next still want it.
 * Reads one run (the previous period's only when this one has none); computes nothing.
 */
export async function summarizePerformance(stores: Pick<Stores, 'scoreRuns'>, document: VersionedDocument, scope: ScoreScope, today: string): Promise<PerformanceSummary> {
  const schema = document.published?.schema ?? {};
  const title = typeof schema['title'] === 'string' ? schema['title'] : '';
  const day = parseDay(today);
  const empty: PerformanceSummary = { schemeId: document.id, title, period: null, current: false, mine: null, team: null, laggards: [] };
  if (day === undefined) return empty;
  const thisPeriod = periodContaining(day, periodKindOf(schema['period']));
  const names = [formatPeriod(thisPeriod), formatPeriod(previousPeriod(thisPeriod))];
  // Every home page asks this, and a run of a thousand people is megabytes of JSON: the previous
  // period's is read only when this one has none.
  const [current, previous] = names as [string, string];
  const run = (await stores.scoreRuns.latest(document.id, current)) ?? (await stores.scoreRuns.latest(document.id, previous));
  if (!run) return empty;
  const sheet = sheetOf(run);
  const self = scope.kind === 'some' ? scope.self : null;
  const me = self === null ? undefined : sheet.people.find((person) => person.personId === self);
  const board = leaderboardOf(sheet, scope, undefined);
  const mine = me ? { total: me.total, grade: me.grade ?? null, rank: board.find((row) => row.personId === self)?.rank ?? null, of: sheet.people.length, targets: targetLines([me]) } : null;
  const teamPeople = sheet.people.filter((person) => person.personId !== self && scopeHoldsPerson(scope, person));
  const team = teamPeople.length === 0 ? null : { members: teamPeople.length, targets: targetLines(teamPeople) };
  return { schemeId: document.id, title, period: run.period, current: run.period === current, mine, team, laggards: laggardsOf(teamPeople, team?.targets[0]?.itemId, run.period, today) };
}

function periodKindOf(value: unknown): PeriodKind {
  return value === 'year' || value === 'quarter' || value === 'week' ? value : 'month';
}

/** The items with a numeric target, in the scheme's order, summed over the people. */
function targetLines(people: ScoreSheetData['people']): TargetLine[] {
  const lines = new Map<string, { name: string; actual: number; target: number }>();
  for (const person of people) {
    for (const item of person.items) {
      if (typeof item.target !== 'number' || item.target <= 0) continue;
      const line = lines.get(item.itemId) ?? { name: item.name, actual: 0, target: 0 };
      line.actual += typeof item.actual === 'number' ? item.actual : 0;
      line.target += item.target;
      lines.set(item.itemId, line);
    }
  }
  return [...lines].map(([itemId, { name, actual, target }]) => ({ itemId, name, actual: roundDecimal(actual, 2), target: roundDecimal(target, 2), share: roundDecimal(actual / target, 4) }));
}

/** The engine's laggards over one item of the sheet, pro-rated to today (a finished period: its whole target). */
function laggardsOf(people: ScoreSheetData['people'], itemId: string | undefined, period: string, today: string): PerformanceSummary['laggards'] {
  if (itemId === undefined) return [];
  const progress = people.flatMap((person) => {
    const item = person.items.find((each) => each.itemId === itemId);
    if (!item || typeof item.target !== 'number') return [];
    return [{ personId: person.personId, name: person.name ?? person.personId, target: item.target, actual: typeof item.actual === 'number' ? item.actual : 0 }];
  });
  const { laggards } = findLaggards({ progress, period, today, threshold: laggardShare, fromDay: 1 });
  return laggards.slice(0, maxLaggards).map(({ personId, name, share }) => ({ personId, name: name ?? personId, share }));
}
