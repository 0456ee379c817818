import { useState } from 'react';
import { useAppSession } from '../shell/AppSession.js';
import { LoadFailure } from '../shell/LoadFailure.js';
import { useAsync } from '../shell/useAsync.js';
import { ChoiceSelect } from './ChoiceSelect.js';
import { DecomposeForm, type DecomposeSeed } from './DecomposeForm.js';
import { ProgressBar } from './ProgressBar.js';
import { usePerformanceText } from './performanceMessages.js';
import { dayOf, recentPeriods } from './recentPeriods.js';
import { StoredTargetTree } from './StoredTargetTree.js';
import { TargetClaimsSection } from './TargetClaimsSection.js';
import { TargetSettingsSection } from './TargetSettingsSection.js';
import { chosenApp, usePerformanceChoices } from './usePerformanceChoices.js';
import './performance.css';

/**
 * `/targets?app=&metric=&period=`: for a metric (a scoring item's id) and a period, each person's
 * actual against the part of their target due by today, the stored decompositions (company →
 * department → person, year → quarter → month) with children that do not add up shown; for
 * admins and managers a form that previews a decomposition and then applies it. Everyone claims
 * and confirms their own target there; managers approve or return their teams' claims. Admins set
 * how often a target may change in its period; everyone else reads it.
 */
export default function TargetsScreen() {
  const { api, me, now } = useAppSession();
  const { pt } = usePerformanceText();
  const { choices, query, choose } = usePerformanceChoices(api);
  const chosen = choices.status === 'ready' ? chosenApp(choices.value, query.get('app')) : undefined;
  const schemeId = chosen?.schemes[0]?.id ?? '';
  const scheme = useAsync(async () => (schemeId === '' ? null : api.scoring(schemeId)), schemeId);
  if (choices.status === 'loading') return <main className="app-page" aria-busy="true">{pt('targetsTitle')}…</main>;
  if (choices.status === 'error') return <main className="app-page"><LoadFailure error={choices.error} onRetry={choices.reload} /></main>;
  const today = dayOf(now());
  const months = recentPeriods('month', today, 12);
  const periods = [...months.slice(0, 1), ...recentPeriods('quarter', today, 1), ...recentPeriods('year', today, 1), ...months.slice(1)];
  const period = query.get('period') ?? periods[0] ?? '';
  const items = scheme.status === 'ready' ? (scheme.value?.published?.schema.items ?? []).map(({ id, name }): [string, string] => [id, name ?? id]) : [];
  const metric = query.get('metric') ?? items[0]?.[0] ?? '';
  const mayDecompose = me.user.role === 'admin' || me.user.role === 'manager';
  return (
    <main className="app-page app-page--wide app-performance">
      <h1>{pt('targetsTitle')}</h1>
      {!chosen ? (
        <p className="app-empty">{pt('noSchemes')}</p>
      ) : (
        <>
          <div className="app-performance__pickers">
            <ChoiceSelect label={pt('pickApp')} value={chosen.app.id} options={choices.value.map(({ app }) => [app.id, app.name])} onChange={(app) => choose({ app, metric: null })} />
            {items.length > 0 && <ChoiceSelect label={pt('pickMetric')} value={metric} options={items} onChange={(next) => choose({ metric: next })} />}
            <ChoiceSelect label={pt('pickPeriod')} value={period} options={(periods.includes(period) ? periods : [period, ...periods]).map((name) => [name, name])} onChange={(next) => choose({ period: next })} />
          </div>
          {scheme.status === 'error' && <LoadFailure error={scheme.error} onRetry={scheme.reload} />}
          {metric !== '' && (
            <TargetsBody key={`${chosen.app.id}/${metric}/${period}`} appId={chosen.app.id} metric={metric} period={period} mayDecompose={mayDecompose} />
          )}
          <TargetSettingsSection key={chosen.app.id} appId={chosen.app.id} isAdmin={me.user.role === 'admin'} />
        </>
      )}
    </main>
  );
}

function TargetsBody({ appId, metric, period, mayDecompose }: { readonly appId: string; readonly metric: string; readonly period: string; readonly mayDecompose: boolean }) {
  const { api } = useAppSession();
  const { pt } = usePerformanceText();
  // A decomposition applied here reads progress and the stored tree again.
  const [round, setRound] = useState(0);
  // A stored target picked to split further starts the form afresh from it.
  const [seeded, setSeeded] = useState<{ readonly seed: DecomposeSeed; readonly n: number } | null>(null);
  const progress = useAsync(() => api.targetProgress(appId, period, metric), `${appId}/${metric}/${period}/${round}`);
  const shown = progress.status === 'ready' ? progress.value.people : [];
  return (
    <>
      <section className="app-performance__section" aria-labelledby="target-progress">
        <h2 id="target-progress">{pt('progressHeading')}</h2>
        {progress.status === 'loading' && <p aria-busy="true">…</p>}
        {progress.status === 'error' && <LoadFailure error={progress.error} onRetry={progress.reload} />}
        {progress.status === 'ready' && shown.length === 0 && <p className="app-muted">{pt('noTargets')}</p>}
        {shown.length > 0 && (
          <div className="app-performance__scroll">
            <table className="app-performance__table" aria-labelledby="target-progress">
              <thead>
                <tr>
                  <th scope="col">{pt('colName')}</th>
                  <th scope="col">{pt('colProgress')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((person) => (
                  <tr key={person.personId}>
                    <th scope="row">{person.name}</th>
                    <td>
                      <ProgressBar person={person} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <TargetClaimsSection appId={appId} metric={metric} period={period} onChanged={() => setRound((r) => r + 1)} />
      <StoredTargetTree
        key={`tree-${String(round)}`}
        appId={appId}
        metric={metric}
        period={period}
        today={progress.status === 'ready' ? progress.value.today : null}
        progress={shown}
        {...(mayDecompose ? { onSplit: (seed: DecomposeSeed) => setSeeded((last) => ({ seed, n: (last?.n ?? 0) + 1 })) } : {})}
      />
      {mayDecompose && <DecomposeForm key={`form-${String(seeded?.n ?? 0)}`} appId={appId} metric={metric} period={period} {...(seeded ? { seed: seeded.seed } : {})} onApplied={() => setRound((r) => r + 1)} />}
    </>
  );
}
