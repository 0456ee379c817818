import { HttpError } from '../http/HttpError.js';
import { forbidden, notFound } from '../http/httpErrors.js';
import type { ScoreRun } from '../storage/ScoreRunStore.js';
import type { Stores } from '../storage/Stores.js';
import type { User } from '../storage/UserStore.js';
import { scopeHoldsPerson, scopeHoldsTeam, type ScoreScope } from './ScoreScope.js';
import { sheetOf } from './scoreRunView.js';

/** What is confirmed: a team's sheet (by its manager) or a person's own (by that person). */
export interface ScoreSubject {
  readonly subject: 'team' | 'person';
  readonly id: string;
  /** What the confirmer says with it; blank is none. */
  readonly note?: string | undefined;
}

/**
 * Stamps who stood behind a run's figures: a manager confirms a team (department) they manage,
 * directly or above it; a rep acknowledges their own sheet. Once each (409 `already_confirmed`,
 * also for the loser of a race); a trial run never (409 `trial_run`). A subject the viewer cannot
 * see is a 404; one they can see but not confirm (a manager and a rep's own sheet) a 403.
 */
export async function confirmScoreRun(stores: Pick<Stores, 'scoreRuns'>, run: ScoreRun, user: User, scope: ScoreScope, subject: ScoreSubject, now: number): Promise<void> {
  const sheet = sheetOf(run);
  if (subject.subject === 'person') {
    const person = sheet.people.find(({ personId }) => personId === subject.id);
    if (!person || !scopeHoldsPerson(scope, person)) throw notFound();
    if (subject.id !== user.id) throw forbidden();
  } else {
    if (!sheet.teams.some(({ departmentId }) => departmentId === subject.id) || !scopeHoldsTeam(scope, subject.id)) throw notFound();
    // An admin sees every team but confirms only the ones they manage: the confirmation says a manager stands behind it.
    if (scope.kind === 'all') throw forbidden();
  }
  if (run.trial) throw new HttpError(409, 'trial_run', { 'zh-CN': '试运行的考核结果不能确认', en: 'A trial run cannot be confirmed' });
  const stored = await stores.scoreRuns.confirm({ runId: run.id, subjectKind: subject.subject, subjectId: subject.id, confirmedBy: user.id, confirmedAt: now, note: subject.note?.trim() || null });
  if (!stored) throw new HttpError(409, 'already_confirmed', { 'zh-CN': '该考核结果已确认过', en: 'This sheet has already been confirmed' });
}
