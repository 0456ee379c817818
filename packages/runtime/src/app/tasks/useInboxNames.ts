import { useEffect, useState } from 'react';
import type { FormworkApi } from '../api/FormworkApi.js';

/** Form titles and people's names by id, for inbox lines (the inbox answer carries ids only). */
export interface InboxNames {
  readonly forms: ReadonlyMap<string, string>;
  readonly users: ReadonlyMap<string, string>;
}

/** Reads the user's forms and the directory once; an id without a name is shown as the id. */
export function useInboxNames(api: FormworkApi): InboxNames {
  const [names, setNames] = useState<InboxNames>({ forms: new Map(), users: new Map() });
  useEffect(() => {
    let current = true;
    const forms = api
      .apps()
      .then((apps) => Promise.all(apps.map((app) => api.forms(app.id).catch(() => []))))
      .then((lists) => new Map(lists.flat().map((form) => [form.id, form.title])))
      .catch(() => new Map<string, string>());
    const users = api
      .users()
      .then((entries) => new Map(entries.map((entry) => [entry.id, entry.name])))
      .catch(() => new Map<string, string>());
    void Promise.all([forms, users]).then(([f, u]) => current && setNames({ forms: f, users: u }));
    return () => {
      current = false;
    };
  }, [api]);
  return names;
}
