import { useState } from 'react';
import { formatScoreNumber } from '../../engine/index.js';
import { useAppSession } from '../shell/AppSession.js';
import { LoadFailure } from '../shell/LoadFailure.js';
import { useAsync } from '../shell/useAsync.js';
import { ChoiceSelect } from './ChoiceSelect.js';
import { usePerformanceText } from './performanceMessages.js';

/**
 * For managers and admins: the people behind their pro-rated target for one of the scheme's items
 * (targets are kept per metric, the item's id), furthest behind first.
 */
export function LaggardsSection({ appId, period, items }: { readonly appId: string; readonly period: string; readonly items: readonly [string, string][] }) {
  const { api } = useAppSession();
  const { pt, locale } = usePerformanceText();
  const [metric, setMetric] = useState(items[0]?.[0] ?? '');
  const answer = useAsync(() => api.laggards(appId, period, metric), `${appId}/${period}/${metric}`);
  return (
    <section className="app-performance__section" aria-labelledby="laggards">
      <h2 id="laggards">{pt('laggards')}</h2>
      <ChoiceSelect label={pt('pickMetric')} value={metric} options={items} onChange={setMetric} />
      {answer.status === 'loading' && <p aria-busy="true">…</p>}
      {answer.status === 'error' && <LoadFailure error={answer.error} onRetry={answer.reload} />}
      {answer.status === 'ready' && !answer.value.checked && <p className="app-muted">{pt('laggardsNotYet', { day: answer.value.dayOfPeriod })}</p>}
      {answer.status === 'ready' && answer.value.checked && answer.value.laggards.length === 0 && <p className="app-muted">{pt('laggardsNone')}</p>}
      {answer.status === 'ready' && answer.value.laggards.length > 0 && (
        <ul className="app-performance__items">
          {answer.value.laggards.map((laggard) => (
            <li key={laggard.personId} className="app-card">
              <strong>{laggard.name ?? laggard.personId}</strong> · {formatScoreNumber(laggard.share * 100, locale, 1)}%
              <span className="app-performance__explanation">{laggard.message[locale]}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
