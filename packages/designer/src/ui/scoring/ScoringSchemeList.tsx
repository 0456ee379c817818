import { useEffect, useState, type FormEvent } from 'react';
import type { ApiClient } from '../../api/createApiClient.js';
import type { ScoringSummary } from '../../api/ScoringApi.js';
import { scoringMessages as m } from '../../i18n/scoringMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { starterScoring } from '../../scoring/starterScoring.js';
import { useFieldId } from '../properties/useFieldId.js';
import { routeHash, type Route } from '../app/Route.js';

/**
 * The app's scoring schemes on its page: each opens in the scheme editor; a new one is created
 * with the title given (four grade bands, no items) and opened at once.
 */
export function ScoringSchemeList({ api, appId, go }: { readonly api: Pick<ApiClient, 'listScorings' | 'createScoring'>; readonly appId: string; readonly go: (route: Route) => void }) {
  const { t, locale } = useLocale();
  const id = useFieldId();
  const [schemes, setSchemes] = useState<readonly ScoringSummary[] | null>(null);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.listScorings(appId).then(setSchemes, (problem: unknown) => setError(problem instanceof Error ? problem.message : String(problem)));
  }, [api, appId]);
  const create = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const starter = starterScoring(locale);
    try {
      const created = await api.createScoring(appId, { ...starter, title: title.trim() || starter.title });
      go({ page: 'scoring', appId, scoringId: created.id });
    } catch (problem) {
      setError(problem instanceof Error ? problem.message : String(problem));
    }
  };
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
      <form className="fw-inline-form" onSubmit={(event) => void create(event)} aria-label={t(m.newScheme)}>
        <label htmlFor={id}>{t(m.schemeTitle)}</label>
        <input id={id} value={title} onChange={(event) => setTitle(event.target.value)} />
        <button type="submit" className="fw-btn-primary">
          {t(m.newScheme)}
        </button>
      </form>
    </section>
  );
}
