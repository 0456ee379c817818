import { useEffect, useState } from 'react';
import type { ApiClient } from '../../api/createApiClient.js';
import type { ScoringSummary } from '../../api/ScoringApi.js';
import { scoringMessages as m } from '../../i18n/scoringMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { useFieldId } from '../properties/useFieldId.js';
import { routeHash } from '../app/Route.js';
import { newScoringId } from './newScoringId.js';

/**
 * The app's scoring schemes on its page: each opens in the scheme editor, and a new one opens
 * there unsaved (a scheme needs a complete item before the server keeps it).
 */
export function ScoringSchemeList({ api, appId }: { readonly api: Pick<ApiClient, 'listScorings'>; readonly appId: string }) {
  const { t } = useLocale();
  const id = useFieldId();
  const [schemes, setSchemes] = useState<readonly ScoringSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.listScorings(appId).then(setSchemes, (problem: unknown) => setError(problem instanceof Error ? problem.message : String(problem)));
  }, [api, appId]);
  return (
    <section aria-labelledby={`${id}-schemes`}>
      <h3 id={`${id}-schemes`}>{t(m.schemes)}</h3>
      {error ? <p role="alert">{t(m.requestFailed, { message: error })}</p> : null}
      {schemes === null ? <p>{t(m.loading)}</p> : schemes.length === 0 ? <p>{t(m.noSchemes)}</p> : null}
      <ul className="fw-list">
        {(schemes ?? []).map((scheme) => (
          <li key={scheme.id}>
            <a href={routeHash({ page: 'scoring', appId, scoringId: scheme.id })}>{scheme.title}</a>{' '}
            <span className="fw-muted">{scheme.publishedVersion ? t(m.publishedVersion, { version: scheme.publishedVersion }) : t(m.draftOnly)}</span>
          </li>
        ))}
      </ul>
      <p>
        <a className="fw-btn-primary" href={routeHash({ page: 'scoring', appId, scoringId: newScoringId })}>
          {t(m.newScheme)}
        </a>
      </p>
    </section>
  );
}
