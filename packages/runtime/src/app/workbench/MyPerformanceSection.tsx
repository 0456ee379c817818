import { formatScoreNumber } from '../../engine/index.js';
import { Link } from '../routing/Link.js';
import { routePath } from '../routing/parseRoute.js';
import type { AppPerformance } from './planWorkbench.js';
import { TargetBar } from './TargetBar.js';
import { useWorkbenchText } from './workbenchMessages.js';

/** The viewer's own score, grade and rank of the period, and their progress on each item with a target. */
export function MyPerformanceSection({ entries }: { readonly entries: readonly AppPerformance[] }) {
  const { wt, locale } = useWorkbenchText();
  return (
    <section className="app-card app-workbench__section" aria-labelledby="workbench-mine">
      <h2 id="workbench-mine">{wt('mineHeading')}</h2>
      {entries.map(({ app, performance }) => {
        const mine = performance.mine;
        if (!mine || performance.period === null) return null;
        return (
          <div key={performance.schemeId} className="app-workbench__scheme">
            <h3 className="app-workbench__subheading">{wt('schemeOf', { app: app.name, scheme: performance.title, period: performance.current ? performance.period : wt('lastPeriod', { period: performance.period }) })}</h3>
            <p className="app-workbench__figure">
              <strong>{wt('score', { total: formatScoreNumber(mine.total, locale, 2) })}</strong>
              {mine.grade !== null && <span> · {wt('grade', { grade: mine.grade })}</span>}
              {mine.rank !== null && <span> · {wt('rank', { rank: mine.rank, of: mine.of })}</span>}
            </p>
            {mine.targets.map((line) => (
              <TargetBar key={line.itemId} line={line} label={wt('progressOf', { item: line.name })} />
            ))}
            <Link href={`${routePath({ page: 'performance' })}?app=${encodeURIComponent(app.id)}&period=${encodeURIComponent(performance.period)}`}>{wt('details', { app: app.name })}</Link>
          </div>
        );
      })}
    </section>
  );
}
