import type { FormSchema } from '@formwork/runtime';
import { useEffect, useState } from 'react';
import type { ApiClient } from '../../api/createApiClient.js';
import { isArchived } from '../../api/isArchived.js';

/** A published form of the app as the scoring pickers offer it. */
export interface ScoringForm {
  readonly id: string;
  readonly title: string;
  readonly schema: FormSchema;
}

/**
 * The app's live, published forms with their published schemas — drafts and archived forms are not
 * offered — and the published forms of other apps in `alsoFormIds` (those the scheme already reads,
 * as the performance template's reads the CRM's: the server accepts any published form, #15; one
 * that cannot be read is left out and shows by id). `null` while loading.
 */
export function useAppForms(
  api: Pick<ApiClient, 'listForms' | 'getForm'>,
  appId: string,
  alsoFormIds: readonly string[] = [],
): { readonly forms: readonly ScoringForm[] | null; readonly error: string | null } {
  const [forms, setForms] = useState<readonly ScoringForm[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A string, so that a scheme naming the same forms does not load them again.
  const also = alsoFormIds.join('\n');
  useEffect(() => {
    let live = true;
    const load = async (): Promise<ScoringForm[]> => {
      const summaries = (await api.listForms(appId)).filter((form) => !isArchived(form));
      const own = new Set(summaries.map((form) => form.id));
      const others = also === '' ? [] : also.split('\n').filter((id) => !own.has(id));
      const documents = await Promise.all([...summaries.map((form) => api.getForm(form.id)), ...others.map((id) => api.getForm(id).catch(() => null))]);
      return documents.flatMap((document) => (document?.published?.schema ? [{ id: document.id, title: document.title, schema: document.published.schema }] : []));
    };
    load().then(
      (loaded) => live && setForms(loaded),
      (problem: unknown) => live && setError(problem instanceof Error ? problem.message : String(problem)),
    );
    return () => {
      live = false;
    };
  }, [api, appId, also]);
  return { forms, error };
}
