import type { LocalizedText, PersonScore, TargetMismatch, TargetNode, TeamScore } from '../../engine/index.js';

/** An entry of `GET /api/apps/:appId/scorings` (non-admins get the published, live ones only). */
export interface ScoringSummaryView {
  readonly id: string;
  readonly appId: string;
  readonly title: string;
  readonly publishedVersion: number | null;
}

/** `GET /api/scorings/:id` as the app reads it: the published scheme's period kind and items. */
export interface ScoringView {
  readonly id: string;
  readonly appId: string;
  readonly title: string;
  readonly published: { readonly version: number; readonly schema: { readonly period?: string; readonly items?: readonly { readonly id: string; readonly name?: string }[] } } | null;
}

export interface ScoreConfirmationView {
  readonly subject: 'team' | 'person';
  readonly id: string;
  readonly confirmedBy: string;
  readonly confirmedAt: string;
  readonly note?: string | null;
}

/** `GET /api/scorings/:id/runs/:period`: the current run in the viewer's scope. */
export interface ScoreRunView {
  readonly id: string;
  readonly schemeId: string;
  readonly period: string;
  readonly trial: boolean;
  readonly stale: boolean;
  readonly reason: string | null;
  readonly computedAt: string;
  readonly title: string;
  readonly precision: number;
  readonly weightTotal: number;
  readonly people: readonly PersonScore[];
  readonly teams: readonly TeamScore[];
  readonly confirmations: readonly ScoreConfirmationView[];
}

/**
 * `POST /api/scorings/:id/runs`: the stored run summed up in the caller's scope; the sheet itself
 * is `GET …/runs/:period` (the answer's `Location`).
 */
export interface ScoreRunSummaryView {
  readonly id: string;
  readonly schemeId: string;
  readonly schemeVersion: number;
  readonly period: string;
  readonly trial: boolean;
  readonly reason: string | null;
  readonly computedAt: string;
  readonly computedBy: string | null;
  readonly peopleCount: number;
  readonly teamCount: number;
  readonly averageTotal: number | null;
  readonly maxTotal: number | null;
  readonly conflicts: readonly { readonly personId: string; readonly message: LocalizedText }[];
}

export interface LeaderboardView {
  readonly period: string;
  readonly previousPeriod?: string;
  readonly trial: boolean;
  readonly items: readonly {
    readonly rank: number;
    readonly previousRank: number | null;
    readonly personId: string;
    readonly name: string;
    readonly departmentId: string | null;
    readonly total: number;
    readonly grade: string | null;
  }[];
}

export interface ScoreTrendView {
  readonly personId: string;
  readonly items: readonly { readonly period: string; readonly runId: string | null; readonly total: number | null; readonly grade: string | null }[];
}

/** One person's row of `GET /api/apps/:appId/targets/progress`. */
export interface PersonProgressView {
  readonly personId: string;
  readonly name: string;
  readonly departmentId: string | null;
  readonly target: number;
  readonly actual: number;
  /** The part of the target due by today. */
  readonly due: number;
  readonly share: number | null;
}

export interface TargetProgressView {
  readonly period: string;
  readonly metric: string;
  readonly today: string;
  readonly people: readonly PersonProgressView[];
}

export interface LaggardsView {
  readonly checked: boolean;
  readonly dayOfPeriod: number;
  readonly laggards: readonly { readonly personId: string; readonly name?: string; readonly share: number; readonly shortfall: number; readonly message: LocalizedText }[];
}

/** `POST /api/apps/:appId/targets/decompose`'s body. */
export interface DecomposeRequest {
  /** `amount`, or `growth` in % over last year's actual of the same period. */
  readonly root: { readonly period: string; readonly amount?: number; readonly growth?: number; readonly metric: string; readonly department?: string };
  readonly time?: { readonly to: 'quarter' | 'month' | 'week' | 'day'; readonly method: 'even' | 'lastYear' };
  /** `to: 'dimension'` with `field`: one part per option of a single-choice field of the targets form (product line, region, customer type). */
  readonly org?: { readonly to: 'department' | 'person'; readonly method: 'even' } | { readonly to: 'dimension'; readonly field: string; readonly method: 'even' };
  readonly dryRun: boolean;
  readonly reason?: string;
}

export interface DecompositionView {
  readonly dryRun: boolean;
  readonly tree: TargetNode;
  readonly mismatches: readonly TargetMismatch[];
  readonly created?: number;
  readonly replaced?: number;
}
