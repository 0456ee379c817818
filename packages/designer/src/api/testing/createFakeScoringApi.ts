import { computeScores, parsePeriod, parseScoringSchema, type ScoringInputs, type ScoringSchema } from '@formwork/runtime';
import { ApiError } from '../ApiError.js';
import type { ScoringApi, ScoringDocument, ScoringVersionSummary } from '../ScoringApi.js';

interface StoredScoring {
  id: string;
  appId: string;
  draft: ScoringSchema;
  draftRevision: number;
  versions: (ScoringVersionSummary & { schema: ScoringSchema })[];
}

/**
 * An in-memory scoring server for component tests: drafts parsed as the server does (forms and
 * fields are not checked), If-Match on save and publish, and a preview that runs the engine's
 * `computeScores` over the saved draft with `inputs(period)` (by default nobody to score).
 */
export function createFakeScoringApi(options: { readonly inputs?: (period: string) => Omit<ScoringInputs, 'period'> } = {}) {
  const scorings = new Map<string, StoredScoring>();
  const calls: { method: string; args: unknown[] }[] = [];
  let next = 0;
  const stored = (id: string): StoredScoring => {
    const found = scorings.get(id);
    if (!found) throw new ApiError(404, 'not_found', 'No such scoring scheme');
    return found;
  };
  const view = (scoring: StoredScoring): ScoringDocument => {
    const last = scoring.versions.at(-1);
    return {
      id: scoring.id,
      appId: scoring.appId,
      title: scoring.draft.title,
      draft: scoring.draft,
      draftRevision: scoring.draftRevision,
      published: last ? { version: last.version, publishedAt: last.publishedAt } : null,
      hasUnpublishedChanges: last ? last.schema !== scoring.draft : true,
      versions: scoring.versions.map(({ schema: _schema, ...summary }) => summary),
    };
  };
  const check = (schema: unknown): ScoringSchema => {
    const parsed = parseScoringSchema(schema);
    if (!parsed.ok) throw new ApiError(400, 'invalid_schema', 'The scoring scheme schema is invalid', parsed.errors.map((issue) => ({ pointer: issue.pointer, code: issue.code, message: issue.message.en })));
    return parsed.value;
  };
  const api: ScoringApi = {
    listScorings: async (appId) =>
      [...scorings.values()].filter((scoring) => scoring.appId === appId).map((scoring) => ({ id: scoring.id, appId, title: scoring.draft.title, publishedVersion: scoring.versions.at(-1)?.version ?? null })),
    createScoring: async (appId, schema) => {
      calls.push({ method: 'createScoring', args: [appId, schema] });
      const scoring = { id: `sco_${String(++next)}`, appId, draft: check(schema), draftRevision: 1, versions: [] };
      scorings.set(scoring.id, scoring);
      return view(scoring);
    },
    getScoring: async (id) => view(stored(id)),
    saveScoring: async (id, schema, revision) => {
      calls.push({ method: 'saveScoring', args: [id, schema, revision] });
      const scoring = stored(id);
      if (revision !== scoring.draftRevision) throw new ApiError(409, 'stale_draft', 'someone else saved', { currentRevision: scoring.draftRevision });
      scoring.draft = check(schema);
      scoring.draftRevision++;
      return view(scoring);
    },
    publishScoring: async (id, revision) => {
      calls.push({ method: 'publishScoring', args: [id, revision] });
      const scoring = stored(id);
      if (revision !== scoring.draftRevision) throw new ApiError(409, 'stale_draft', 'someone else saved');
      const version = scoring.versions.length + 1;
      scoring.versions.push({ version, publishedAt: '2024-05-06T08:00:00.000Z', publishedBy: 'u_1', schema: scoring.draft });
      return { version };
    },
    previewScoring: async (id, period) => {
      calls.push({ method: 'previewScoring', args: [id, period] });
      const { draft } = stored(id);
      const parsed = parsePeriod(period);
      if (parsed?.kind !== draft.period) throw new ApiError(400, 'invalid_period', `"${period}" is not a period of the scheme's kind`, [{ pointer: '/period', code: 'period', message: 'not a period' }]);
      return { ...computeScores(draft, { period, people: [], ...options.inputs?.(period) }), conflicts: [] };
    },
  };
  return { api, calls, scorings };
}
