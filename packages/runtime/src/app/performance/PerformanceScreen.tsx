import { useEffect, useId, useState, useSyncExternalStore } from 'react';
import { useAppSession } from '../shell/AppSession.js';
import { LoadFailure } from '../shell/LoadFailure.js';
import { useAsync } from '../shell/useAsync.js';
import { ChoiceSelect } from './ChoiceSelect.js';
import { ComputePanel } from './ComputePanel.js';
import { LaggardsSection } from './LaggardsSection.js';
import { LeaderboardSection } from './LeaderboardSection.js';
import { MySheetSection } from './MySheetSection.js';
import { usePerformanceText } from './performanceMessages.js';
import { dayOf, periodKindOf, recentPeriods } from './recentPeriods.js';
import { ScoreSheetController } from './ScoreSheetController.js';
import { TeamSheetSection } from './TeamSheetSection.js';
import { chosenApp, usePerformanceChoices } from './usePerformanceChoices.js';
import './performance.css';

/**
 * `/performance?app=&scheme=&period=`: the chosen scheme's sheet for a period (default: the app's
 * first published scheme, this period) — my score with each item's explanation, my rank and my
 * trend; for managers the team sheet with confirm, the leaderboard and the laggards.
 */
export default function PerformanceScreen() {
  const { api } = useAppSession();
  const { pt } = usePerformanceText();
  const { choices, query, choose } = usePerformanceChoices(api);
  if (choices.status === 'loading') return <main className="app-page" aria-busy="true">{pt('performanceTitle')}…</main>;
  if (choices.status === 'error') return <main className="app-page"><LoadFailure error={choices.error} onRetry={choices.reload} /></main>;
  const chosen = chosenApp(choices.value, query.get('app'));
  const scheme = chosen?.schemes.find(({ id }) => id === query.get('scheme')) ?? chosen?.schemes[0];
  return (
    <main className="app-page app-page--wide app-performance">
      <h1>{pt('performanceTitle')}</h1>
      {!chosen || !scheme ? (
        <p className="app-empty">{pt('noSchemes')}</p>
      ) : (
        <>
          <div className="app-performance__pickers">
            <ChoiceSelect
              label={pt('pickApp')}
              value={chosen.app.id}
              options={choices.value.map(({ app }) => [app.id, app.name])}
              onChange={(app) => choose({ app, scheme: null, period: null })}
            />
            <ChoiceSelect label={pt('pickScheme')} value={scheme.id} options={chosen.schemes.map(({ id, title }) => [id, title])} onChange={(id) => choose({ scheme: id, period: null })} />
          </div>
          <SchemeSheet key={scheme.id} appId={chosen.app.id} schemeId={scheme.id} period={query.get('period')} onPeriod={(period) => choose({ period })} />
        </>
      )}
    </main>
  );
}

function SchemeSheet({ appId, schemeId, period, onPeriod }: { readonly appId: string; readonly schemeId: string; readonly period: string | null; readonly onPeriod: (period: string) => void }) {
  const { api, now } = useAppSession();
  const { pt } = usePerformanceText();
  const scheme = useAsync(() => api.scoring(schemeId), schemeId);
  if (scheme.status === 'loading') return <p aria-busy="true">…</p>;
  if (scheme.status === 'error') return <LoadFailure error={scheme.error} onRetry={scheme.reload} />;
  const schema = scheme.value.published?.schema;
  const periods = recentPeriods(periodKindOf(schema?.period), dayOf(now()), 12);
  const chosen = period ?? periods[0] ?? '';
  const options = periods.includes(chosen) ? periods : [chosen, ...periods];
  const items = (schema?.items ?? []).map(({ id, name }): [string, string] => [id, name ?? id]);
  return (
    <>
      <div className="app-performance__pickers">
        <ChoiceSelect label={pt('pickPeriod')} value={chosen} options={options.map((name) => [name, name])} onChange={onPeriod} />
      </div>
      <SheetView key={chosen} appId={appId} schemeId={schemeId} period={chosen} items={items} />
    </>
  );
}

function SheetView({ appId, schemeId, period, items }: { readonly appId: string; readonly schemeId: string; readonly period: string; readonly items: readonly [string, string][] }) {
  const { api, me } = useAppSession();
  const { pt } = usePerformanceText();
  const [controller] = useState(() => new ScoreSheetController(api, schemeId, period));
  useEffect(() => {
    void controller.load();
  }, [controller]);
  const state = useSyncExternalStore(controller.subscribe, () => controller.state);
  const statusId = useId();
  const { sheet } = state;
  const mayCompute = me.user.role === 'admin' || me.user.role === 'manager';
  if (sheet.status === 'loading') return <p aria-busy="true">…</p>;
  if (sheet.status === 'error') return <LoadFailure error={sheet.error} onRetry={() => void controller.load()} />;
  if (sheet.status === 'noRun' || sheet.status === 'notYours') {
    return (
      <section className="app-performance__empty" aria-describedby={statusId}>
        <p id={statusId} role="status">
          {pt(sheet.status === 'noRun' ? 'noRun' : 'notOnSheet', { period })}
        </p>
        {mayCompute && <ComputePanel controller={controller} state={state.compute} label={pt('compute')} />}
      </section>
    );
  }
  const { run, leaderboard, trend } = sheet;
  const mine = run.people.find(({ personId }) => personId === me.user.id);
  const others = run.people.filter(({ personId }) => personId !== me.user.id);
  const names = new Map([[me.user.id, me.user.name], ...run.people.map(({ personId, name }): [string, string] => [personId, name ?? personId])]);
  return (
    <>
      {run.trial && <p className="app-tag app-performance__notice">{pt('trial')}</p>}
      {run.stale && <p className="app-performance__notice" role="status">{pt('stale')}</p>}
      {mayCompute && <ComputePanel controller={controller} state={state.compute} label={pt('recompute')} confirmed={run.confirmations.length > 0} />}
      {state.confirmError !== null && (
        <p className="app-error" role="alert">
          {state.confirmError}
        </p>
      )}
      {mine && <MySheetSection run={run} person={mine} rank={leaderboard?.items.find(({ personId }) => personId === me.user.id) ?? null} trend={trend} names={names} controller={controller} confirming={state.confirming} />}
      {(others.length > 0 || run.teams.length > 0) && <TeamSheetSection run={run} names={names} controller={controller} confirming={state.confirming} mayConfirm={me.user.role !== 'admin'} />}
      {leaderboard && leaderboard.items.length > (mine ? 1 : 0) && <LeaderboardSection leaderboard={leaderboard} precision={run.precision} />}
      {mayCompute && items.length > 0 && <LaggardsSection appId={appId} period={period} items={items} />}
    </>
  );
}
