import { ApiError } from '../api/ApiError.js';
import type { FormworkApi } from '../api/FormworkApi.js';
import type { LeaderboardView, ScoreRunView, ScoreTrendView } from '../api/PerformanceViews.js';

/** How many periods the trend shows. */
export const trendLength = 6;

/**
 * The sheet of one scheme and period as the viewer may see it:
 * - `noRun`: nobody has computed the period yet (the server's 404 `no_run`);
 * - `notYours`: there is a run, but nothing on it is the viewer's (404 `not_found`);
 * - `ready`: the run, its leaderboard and the viewer's trend.
 */
export type SheetState =
  | { readonly status: 'loading' }
  | { readonly status: 'noRun' }
  | { readonly status: 'notYours' }
  | { readonly status: 'error'; readonly error: unknown }
  | { readonly status: 'ready'; readonly run: ScoreRunView; readonly leaderboard: LeaderboardView | null; readonly trend: ScoreTrendView | null };

/**
 * Computing the sheet (again): idle; asking for the reason a confirmed period needs; sending. A
 * refusal (not the reason's) is kept to show beside the button.
 */
export type ComputeStep =
  | { readonly step: 'idle'; readonly error?: string }
  | { readonly step: 'asking'; readonly reason: string; readonly blank?: boolean; readonly error?: string }
  | { readonly step: 'sending'; readonly reason: string };

export interface ScoreSheetState {
  readonly sheet: SheetState;
  readonly compute: ComputeStep;
  /** The subject (`team:<id>` or `person:<id>`) being confirmed, and the last confirm's refusal. */
  readonly confirming: string | null;
  readonly confirmError: string | null;
}

export type ScoreSheetApi = Pick<FormworkApi, 'scoreRun' | 'computeScoreRun' | 'confirmScoreRun' | 'leaderboard' | 'scoreTrend'>;

/**
 * My performance's sheet and its commands — load, compute (asking for a reason once the period
 * is confirmed), confirm a team or acknowledge one's own — for one scheme and period, tested
 * headless; the screen only subscribes. Only the latest load's answer is kept.
 */
export class ScoreSheetController {
  #state: ScoreSheetState = { sheet: { status: 'loading' }, compute: { step: 'idle' }, confirming: null, confirmError: null };
  #generation = 0;
  readonly #listeners = new Set<() => void>();

  constructor(
    private readonly api: ScoreSheetApi,
    readonly schemeId: string,
    readonly period: string,
  ) {}

  get state(): ScoreSheetState {
    return this.#state;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** Reads the run, then its leaderboard and the viewer's trend (either may fail without the sheet failing). */
  async load(): Promise<void> {
    const generation = ++this.#generation;
    this.#set({ sheet: { status: 'loading' } });
    let sheet: SheetState;
    try {
      const run = await this.api.scoreRun(this.schemeId, this.period);
      const [leaderboard, trend] = await Promise.all([
        this.api.leaderboard(this.schemeId, this.period).catch(() => null),
        this.api.scoreTrend(this.schemeId, this.period, trendLength).catch(() => null),
      ]);
      sheet = { status: 'ready', run, leaderboard, trend };
    } catch (error) {
      sheet = error instanceof ApiError && error.status === 404 ? { status: error.code === 'no_run' ? 'noRun' : 'notYours' } : { status: 'error', error };
    }
    if (generation === this.#generation) this.#set({ sheet });
  }

  /** Computes the period; once it is confirmed the server asks for a reason, and so does this. */
  async compute(): Promise<void> {
    const current = this.#state.compute;
    if (current.step === 'sending') return;
    const reason = current.step === 'asking' ? current.reason.trim() : '';
    if (current.step === 'asking' && reason === '') return this.#set({ compute: { step: 'asking', reason: current.reason, blank: true } });
    this.#set({ compute: { step: 'sending', reason } });
    try {
      await this.api.computeScoreRun(this.schemeId, this.period, reason === '' ? undefined : reason);
      this.#set({ compute: { step: 'idle' } });
      await this.load();
    } catch (error) {
      // A period confirmed since the page loaded: ask, and send again with the reason.
      if (error instanceof ApiError && error.code === 'reason_required') return this.#set({ compute: { step: 'asking', reason, ...(current.step === 'asking' ? { error: error.message } : {}) } });
      this.#set({ compute: { step: 'idle', error: messageOf(error) } });
    }
  }

  /** Opens the reason field ahead of recomputing a confirmed period. */
  askReason(): void {
    this.#set({ compute: { step: 'asking', reason: '' } });
  }

  setReason(reason: string): void {
    if (this.#state.compute.step === 'asking') this.#set({ compute: { step: 'asking', reason } });
  }

  cancelCompute(): void {
    this.#set({ compute: { step: 'idle' } });
  }

  /**
   * A manager confirms a team (`team`, its department id); a rep acknowledges their own sheet
   * (`person`, their id); either may say something with it (`note`).
   */
  async confirm(subject: 'team' | 'person', id: string, note = ''): Promise<void> {
    const sheet = this.#state.sheet;
    if (sheet.status !== 'ready' || this.#state.confirming !== null) return;
    this.#set({ confirming: `${subject}:${id}`, confirmError: null });
    try {
      const { confirmations } = await this.api.confirmScoreRun(this.schemeId, this.period, subject, id, note);
      const latest = this.#state.sheet;
      this.#set({ confirming: null, ...(latest.status === 'ready' ? { sheet: { ...latest, run: { ...latest.run, confirmations } } } : {}) });
    } catch (error) {
      this.#set({ confirming: null, confirmError: messageOf(error) });
    }
  }

  #set(patch: Partial<ScoreSheetState>): void {
    this.#state = { ...this.#state, ...patch };
    for (const listener of this.#listeners) listener();
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
