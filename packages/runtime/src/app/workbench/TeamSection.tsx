import type { AppPerformance } from './planWorkbench.js';
import { percentOf, TargetBar } from './TargetBar.js';
import { useWorkbenchText } from './workbenchMessages.js';

/** A manager's team against target — each item with a target summed over the team — and who is behind. */
export function TeamSection({ entries }: { readonly entries: readonly AppPerformance[] }) {
  const { wt, locale } = useWorkbenchText();
  return (
    <section className="app-card app-workbench__section" aria-labelledby="workbench-team">
      <h2 id="workbench-team">{wt('teamHeading')}</h2>
      {entries.map(({ app, performance }) => {
        const team = performance.team;
        if (!team || performance.period === null) return null;
        const laggardsId = `workbench-laggards-${performance.schemeId}`;
        return (
          <div key={performance.schemeId} className="app-workbench__scheme">
            <h3 className="app-workbench__subheading">{wt('schemeOf', { app: app.name, scheme: performance.title, period: performance.current ? performance.period : wt('lastPeriod', { period: performance.period }) })}</h3>
            <p className="app-muted">{wt('teamMembers', { n: team.members })}</p>
            {team.targets.map((line) => (
              <TargetBar key={line.itemId} line={line} label={wt('teamProgressOf', { item: line.name })} />
            ))}
            {performance.laggards.length > 0 && (
              <>
                <h4 id={laggardsId} className="app-workbench__subheading">
                  {wt('laggardsHeading')}
                </h4>
                <ul className="app-workbench__list" aria-labelledby={laggardsId}>
                  {performance.laggards.map((laggard) => (
                    <li key={laggard.personId}>{wt('laggardShare', { name: laggard.name, percent: percentOf(laggard.share, locale) })}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
        );
      })}
    </section>
  );
}
