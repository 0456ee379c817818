import { useState } from 'react';
import { ApiError } from '../../api/ApiError.js';
import type { FormDocument } from '../../api/ApiTypes.js';
import type { ApiClient } from '../../api/createApiClient.js';
import { isArchived } from '../../api/isArchived.js';

/** Whether the form open in the editor is archived, and a way to restore it from there. */
export interface FormArchive {
  /** The form as loaded is archived, and was not restored since. */
  readonly archived: boolean;
  /** It was restored from this page. */
  readonly restored: boolean;
  readonly busy: boolean;
  /** Why the last restore failed. */
  readonly error: string | null;
  restore(): Promise<void>;
}

/**
 * Restores the open form without touching the draft being edited: the editor keeps its unsaved
 * changes. A form loaded afresh (after a publish or a reload) says itself whether it is archived.
 */
export function useFormArchive(api: ApiClient, form: FormDocument | null): FormArchive {
  // The loaded document that has been restored since it was read.
  const [restoredFrom, setRestoredFrom] = useState<FormDocument | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const restore = async (): Promise<void> => {
    if (form === null || busy) return;
    setBusy(true);
    setError(null);
    try {
      await api.unarchiveForm(form.id);
      setRestoredFrom(form);
    } catch (problem) {
      // Someone else restored it first: what was asked for is done.
      if (problem instanceof ApiError && problem.code === 'form_not_archived') setRestoredFrom(form);
      else setError(problem instanceof Error ? problem.message : String(problem));
    } finally {
      setBusy(false);
    }
  };
  return {
    archived: form !== null && isArchived(form) && restoredFrom !== form,
    restored: restoredFrom !== null,
    busy,
    error,
    restore,
  };
}
