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
 * The app's live, published forms with their published schemas: a scheme may read only those (the
 * server refuses others), so drafts and archived forms are not offered. `null` while loading.
 */
export function useAppForms(api: Pick<ApiClient, 'listForms' | 'getForm'>, appId: string): { readonly forms: readonly ScoringForm[] | null; readonly error: string | null } {
  const [forms, setForms] = useState<readonly ScoringForm[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const load = async (): Promise<ScoringForm[]> => {
      const summaries = (await api.listForms(appId)).filter((form) => !isArchived(form));
      const documents = await Promise.all(summaries.map((form) => api.getForm(form.id)));
      return documents.flatMap((document) => (document.published?.schema ? [{ id: document.id, title: document.title, schema: document.published.schema }] : []));
    };
    load().then(
      (loaded) => live && setForms(loaded),
      (problem: unknown) => live && setError(problem instanceof Error ? problem.message : String(problem)),
    );
    return () => {
      live = false;
    };
  }, [api, appId]);
  return { forms, error };
}
