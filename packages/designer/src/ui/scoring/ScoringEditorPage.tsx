import { useMemo } from 'react';
import type { ApiClient } from '../../api/createApiClient.js';
import { appMessages } from '../../i18n/appMessages.js';
import { scoringMessages as m } from '../../i18n/scoringMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { createScoringSession } from '../../scoring/createScoringSession.js';
import { createScoringStore } from '../../scoring/createScoringStore.js';
import { starterScoring } from '../../scoring/starterScoring.js';
import { randomId } from '../../store/randomId.js';
import { routeHash } from '../app/Route.js';
import { usePageTitle } from '../app/usePageTitle.js';
import { newScoringId } from './newScoringId.js';
import { ScoringDesigner } from './ScoringDesigner.js';
import { useUnsavedScoringWarning } from './useUnsavedScoringWarning.js';

/**
 * A scoring scheme of an app on its own page (`#/apps/:appId/scorings/:id`, or `…/new` for one
 * not saved yet): one store and one session per open scheme, the designer over them.
 */
export function ScoringEditorPage({ api, appId, scoringId }: { readonly api: ApiClient; readonly appId: string; readonly scoringId: string }) {
  const { t, locale } = useLocale();
  const heading = usePageTitle(t(m.schemes), t(appMessages.productName));
  const editing = useMemo(
    () => {
      const store = createScoringStore({ createId: () => `k_${randomId('k').slice(1)}`, locale, initial: starterScoring(locale) });
      const onCreated = (id: string): void => {
        // Names the saved scheme in the address without reopening the page (its undo history stays).
        window.history.replaceState(null, '', routeHash({ page: 'scoring', appId, scoringId: id }));
      };
      return { store, session: createScoringSession({ api, appId, scoringId: scoringId === newScoringId ? null : scoringId, store, onCreated }) };
    },
    // One per open scheme; the language is the store's own state afterwards.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, scoringId],
  );
  useUnsavedScoringWarning(editing.store);
  return (
    <section className="fw-scoring-page">
      <p>
        <a href={routeHash({ page: 'app', appId })}>{t(m.backToApp)}</a>
      </p>
      <ScoringDesigner api={api} appId={appId} store={editing.store} session={editing.session} headingRef={heading} />
    </section>
  );
}
