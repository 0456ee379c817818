import type { AppView } from '../api/ApiViews.js';
import type { FormworkApi } from '../api/FormworkApi.js';
import type { ScoringSummaryView } from '../api/PerformanceViews.js';
import { navigate, useLocation } from '../routing/useLocation.js';
import { useAsync, type AsyncState } from '../shell/useAsync.js';

/** An app and its published scoring schemes. */
export interface AppSchemes {
  readonly app: AppView;
  readonly schemes: readonly ScoringSummaryView[];
}

/** The apps the user sees that have a published scoring scheme, each with those schemes. */
export async function loadAppSchemes(api: Pick<FormworkApi, 'apps' | 'scorings'>): Promise<AppSchemes[]> {
  const apps = await api.apps();
  const all = await Promise.all(apps.map(async (app) => ({ app, schemes: (await api.scorings(app.id)).filter((scheme) => scheme.publishedVersion !== null) })));
  return all.filter(({ schemes }) => schemes.length > 0);
}

/**
 * The page's choices (`?app=&scheme=&period=` and the like) and the apps with schemes to choose
 * from; `choose` writes a choice back to the query (replacing the history entry) and clears the
 * ones named in `clear` (a new app's schemes are not the old one's).
 */
export function usePerformanceChoices(api: Pick<FormworkApi, 'apps' | 'scorings'>): {
  readonly choices: AsyncState<AppSchemes[]> & { readonly reload: () => void };
  readonly query: URLSearchParams;
  readonly choose: (changes: Readonly<Record<string, string | null>>) => void;
} {
  const location = useLocation();
  const choices = useAsync(() => loadAppSchemes(api), 'performance-choices');
  const query = location.searchParams;
  const choose = (changes: Readonly<Record<string, string | null>>): void => {
    const next = new URLSearchParams(query);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    navigate(`${location.pathname}?${next.toString()}`, { replace: true });
  };
  return { choices, query, choose };
}

/** The app the query names if it has schemes, else the first that has. */
export function chosenApp(apps: readonly AppSchemes[], appId: string | null): AppSchemes | undefined {
  return apps.find(({ app }) => app.id === appId) ?? apps[0];
}
