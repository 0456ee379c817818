import { explainPerson, type PersonScore, type PersonScoreData, type ScoreSheetData, type TeamScore } from '@formwork/runtime';
import type { JsonSchema } from '../http/validation/ValueSchema.js';
import type { ScoreConfirmation, ScoreRun, ScoreRunStore } from '../storage/ScoreRunStore.js';
import type { Stores } from '../storage/Stores.js';
import { scopeHoldsPerson, scopeHoldsTeam, type ScoreScope } from './ScoreScope.js';

/**
 * A run's sheet as stored: `computeScoreRun` writes the engine's `ScoreSheetData` as JSON (figures,
 * and what each explanation is rendered from). Runs stored before #13 hold the words themselves
 * (`explanation` on each person and item, no `working`): the same figures, so they read as data
 * too, and `explainStoredPerson` keeps their words.
 */
export function sheetOf(run: ScoreRun): ScoreSheetData {
  return run.sheet as unknown as ScoreSheetData;
}

/**
 * A stored person in words: rendered from the figures (`explainPerson`), in both languages, when
 * read — or, for a run stored with its words (before #13), those words as they were written.
 */
export function explainStoredPerson(person: PersonScoreData, sheet: Pick<ScoreSheetData, 'trial' | 'precision'>): PersonScore {
  if (Object.hasOwn(person, 'explanation')) return person as PersonScore;
  return explainPerson(person, sheet);
}

/**
 * `GET /api/scorings/:id/runs/:period`: the current run in the viewer's scope (see `ScoreScope`),
 * whether records changed since, the confirmations of what the viewer may see, and the period's
 * history (every run, latest first, without figures).
 */
export interface ScoreRunView {
  readonly id: string;
  readonly schemeId: string;
  readonly schemeVersion: number;
  readonly period: string;
  readonly trial: boolean;
  /** A form the run read has been written since: recompute to see the records as they are. */
  readonly stale: boolean;
  readonly staleForms: readonly string[];
  readonly reason: string | null;
  readonly computedAt: string;
  readonly computedBy: string | null;
  readonly title: string;
  readonly precision: number;
  readonly weightTotal: number;
  readonly people: readonly PersonScore[];
  readonly teams: readonly TeamScore[];
  readonly confirmations: readonly ScoreConfirmationView[];
  readonly history: readonly ScoreRunHistoryEntry[];
}

export interface ScoreConfirmationView {
  readonly subject: 'team' | 'person';
  readonly id: string;
  readonly confirmedBy: string;
  readonly confirmedAt: string;
  readonly note: string | null;
}

export interface ScoreRunHistoryEntry {
  readonly id: string;
  readonly schemeVersion: number;
  readonly trial: boolean;
  readonly reason: string | null;
  readonly computedAt: string;
  readonly computedBy: string | null;
}

/** The people and teams of the sheet the scope holds; empty lists when it holds none. */
export function scopedSheet(sheet: ScoreSheetData, scope: ScoreScope): { readonly people: readonly PersonScoreData[]; readonly teams: readonly TeamScore[] } {
  return { people: sheet.people.filter((person) => scopeHoldsPerson(scope, person)), teams: sheet.teams.filter((team) => scopeHoldsTeam(scope, team.departmentId)) };
}

/** Which of the forms the run read have been written since (their write stamp moved). */
export async function staleFormsOf(stores: Pick<Stores, 'records'>, run: ScoreRun): Promise<string[]> {
  const formIds = Object.keys(run.formStamps);
  if (formIds.length === 0) return [];
  const now = await stores.records.writeStamps(formIds);
  return formIds.filter((formId) => (now.get(formId) ?? 0) !== (run.formStamps[formId] ?? 0));
}

/** Builds the view; `undefined` when the scope holds nothing of the run (the caller answers 404). */
export async function toScoreRunView(stores: Pick<Stores, 'records'> & { readonly scoreRuns: ScoreRunStore }, run: ScoreRun, scope: ScoreScope): Promise<ScoreRunView | undefined> {
  const sheet = sheetOf(run);
  const { people, teams } = scopedSheet(sheet, scope);
  if (scope.kind !== 'all' && people.length === 0 && teams.length === 0) return undefined;
  const shownPeople = new Set(people.map(({ personId }) => personId));
  const shownTeams = new Set(teams.map(({ departmentId }) => departmentId));
  const confirmations = (await stores.scoreRuns.confirmations(run.id)).filter((confirmation) =>
    confirmation.subjectKind === 'person' ? shownPeople.has(confirmation.subjectId) : shownTeams.has(confirmation.subjectId),
  );
  const staleForms = await staleFormsOf(stores, run);
  const history = await stores.scoreRuns.history(run.schemeId, run.period);
  return {
    id: run.id,
    schemeId: run.schemeId,
    schemeVersion: run.schemeVersion,
    period: run.period,
    trial: run.trial,
    stale: staleForms.length > 0,
    staleForms,
    reason: run.reason,
    computedAt: iso(run.computedAt),
    computedBy: run.computedBy,
    title: sheet.title,
    precision: sheet.precision,
    weightTotal: sheet.weightTotal,
    // Only the viewer's rows are put in words: a rep's read renders six items, not a thousand people's.
    people: people.map((person) => explainStoredPerson(person, sheet)),
    teams,
    confirmations: confirmations.map(toConfirmationView),
    history: history.map((entry) => ({ id: entry.id, schemeVersion: entry.schemeVersion, trial: entry.trial, reason: entry.reason, computedAt: iso(entry.computedAt), computedBy: entry.computedBy })),
  };
}

export function toConfirmationView(confirmation: ScoreConfirmation): ScoreConfirmationView {
  return { subject: confirmation.subjectKind, id: confirmation.subjectId, confirmedBy: confirmation.confirmedBy, confirmedAt: iso(confirmation.confirmedAt), note: confirmation.note };
}

function iso(time: number): string {
  return new Date(time).toISOString();
}

const confirmationSchema: JsonSchema = {
  type: 'object',
  properties: { subject: { type: 'string', enum: ['team', 'person'] }, id: { type: 'string' }, confirmedBy: { type: 'string' }, confirmedAt: { type: 'string' }, note: { type: ['string', 'null'] } },
};

export const scoreConfirmationListSchema: JsonSchema = { type: 'object', properties: { confirmations: { type: 'array', items: confirmationSchema } } };

/** What names a run and stamps it, in its full view and in the summary a computation answers. */
export const scoreRunStampProperties: Readonly<Record<string, JsonSchema>> = {
  id: { type: 'string' },
  schemeId: { type: 'string' },
  schemeVersion: { type: 'integer' },
  period: { type: 'string' },
  trial: { type: 'boolean', description: 'A trial run: shown, never confirmed' },
  reason: { type: ['string', 'null'] },
  computedAt: { type: 'string' },
  computedBy: { type: ['string', 'null'] },
};

export const scoreRunViewSchema: JsonSchema = {
  type: 'object',
  properties: {
    ...scoreRunStampProperties,
    stale: { type: 'boolean', description: 'Records of a form the run read were written after it was computed' },
    staleForms: { type: 'array', items: { type: 'string' } },
    title: { type: 'string' },
    precision: { type: 'integer' },
    weightTotal: { type: 'number' },
    people: { type: 'array', items: { type: 'object', description: "A PersonScore of the engine's ScoreSheet (items with explanations, total, grade)" } },
    teams: { type: 'array', items: { type: 'object', description: "A TeamScore of the engine's ScoreSheet" } },
    confirmations: { type: 'array', items: confirmationSchema },
    history: {
      type: 'array',
      items: {
        type: 'object',
        properties: { id: { type: 'string' }, schemeVersion: { type: 'integer' }, trial: { type: 'boolean' }, reason: { type: ['string', 'null'] }, computedAt: { type: 'string' }, computedBy: { type: ['string', 'null'] } },
      },
      description: "The period's runs, latest first",
    },
  },
};
