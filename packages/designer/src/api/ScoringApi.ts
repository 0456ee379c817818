import type { LocalizedText, ScoreSheet, ScoringSchema } from '@formwork/runtime';

/** An entry of `GET /api/apps/:appId/scorings` as an admin reads it. */
export interface ScoringSummary {
  readonly id: string;
  readonly appId: string;
  readonly title: string;
  readonly publishedVersion: number | null;
  readonly draftRevision?: number;
  readonly hasUnpublishedChanges?: boolean;
}

/** A published version in a list: when and by whom. */
export interface ScoringVersionSummary {
  readonly version: number;
  readonly publishedAt: string;
  readonly publishedBy: string | null;
}

/**
 * `GET /api/scorings/:id` as an admin reads it. The draft is JSON the designer parses with
 * `parseScoringSchema` before trusting it.
 */
export interface ScoringDocument {
  readonly id: string;
  readonly appId: string;
  readonly title: string;
  readonly draft: unknown;
  readonly draftRevision: number;
  readonly published: { readonly version: number; readonly publishedAt: string } | null;
  readonly hasUnpublishedChanges?: boolean;
  readonly versions: readonly ScoringVersionSummary[];
}

/** `POST /api/scorings/:id/preview`: the saved draft's sheet for a period, computed on the stored records and not kept. */
export interface ScoringPreview extends ScoreSheet {
  /** People another scheme claims as specifically as this one: scored by neither. */
  readonly conflicts: readonly { readonly personId: string; readonly message: LocalizedText }[];
}

/** The calls of the scoring designer. Every method rejects with an `ApiError`. */
export interface ScoringApi {
  listScorings(appId: string): Promise<readonly ScoringSummary[]>;
  /** Creates a scheme with `schema` as its first draft (nothing published); a 400 `invalid_schema` lists the faults. */
  createScoring(appId: string, schema: ScoringSchema): Promise<ScoringDocument>;
  getScoring(scoringId: string): Promise<ScoringDocument>;
  /** Saves the draft if the server still holds `revision`; a 409 `stale_draft` when someone else saved, a 400 `invalid_schema` with the faults. */
  saveScoring(scoringId: string, schema: ScoringSchema, revision: number): Promise<ScoringDocument>;
  /** Publishes the draft at `revision` as the next version. */
  publishScoring(scoringId: string, revision: number): Promise<{ readonly version: number }>;
  /** The saved draft's sheet for `period` (`2026-11`); a 400 `invalid_period` for a period that is not one or not of the scheme's kind. */
  previewScoring(scoringId: string, period: string): Promise<ScoringPreview>;
}
