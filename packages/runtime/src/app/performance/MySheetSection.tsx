import { useId, useState } from 'react';
import { formatScoreNumber, type PersonScore } from '../../engine/index.js';
import type { LeaderboardView, ScoreRunView, ScoreTrendView } from '../api/PerformanceViews.js';
import { formatStamp } from './formatStamp.js';
import { usePerformanceText } from './performanceMessages.js';
import type { ScoreSheetController } from './ScoreSheetController.js';

/**
 * The viewer's own row: the total, grade and rank, each item with its points (an observation
 * item, 观察指标, with a tag saying so) and the engine's explanation in the page's language, the acknowledgement (a button until given, then who and
 * when), and the totals of the past periods.
 */
export function MySheetSection({
  run,
  person,
  rank,
  trend,
  names,
  controller,
  confirming,
}: {
  readonly run: ScoreRunView;
  readonly person: PersonScore;
  readonly rank: LeaderboardView['items'][number] | null;
  readonly trend: ScoreTrendView | null;
  readonly names: ReadonlyMap<string, string>;
  readonly controller: ScoreSheetController;
  readonly confirming: string | null;
}) {
  const { pt, locale } = usePerformanceText();
  const number = (value: number) => formatScoreNumber(value, locale, run.precision);
  const acknowledged = run.confirmations.find(({ subject, id }) => subject === 'person' && id === person.personId);
  const [note, setNote] = useState('');
  const noteId = useId();
  return (
    <section className="app-performance__section" aria-labelledby="my-score">
      <h2 id="my-score">{pt('myScore')}</h2>
      <p className="app-performance__total">
        <strong>{pt('totalPoints', { total: number(person.total) })}</strong>
        {person.grade !== undefined && <span className="app-tag">{pt('gradeIs', { grade: person.grade })}</span>}
        {rank && <span className="app-tag">{pt('myRank', { rank: rank.rank })}</span>}
      </p>
      <p className="app-muted">{person.explanation[locale]}</p>
      <h3>{pt('itemsHeading')}</h3>
      <ul className="app-performance__items">
        {person.items.map((item) => (
          <li key={item.itemId} className="app-card">
            <span className="app-performance__item-head">
              <strong>{item.name}</strong>
              {/* An observation item (weight 0) is shown, never scored: a tag, not "0 of 0 points". */}
              {item.observation === true ? <span className="app-tag">{pt('observationItem')}</span> : <span>{pt('itemPoints', { points: number(item.points), weight: number(item.weight) })}</span>}
            </span>
            <span className="app-performance__explanation">{item.explanation[locale]}</span>
          </li>
        ))}
      </ul>
      {acknowledged ? (
        <div role="status">
          <p>{pt('acknowledged', { who: names.get(acknowledged.confirmedBy) ?? acknowledged.confirmedBy, when: formatStamp(acknowledged.confirmedAt, locale) })}</p>
          {acknowledged.note && <p className="app-muted">{pt('noteSaid', { note: acknowledged.note })}</p>}
        </div>
      ) : (
        !run.trial && (
          <div className="app-performance__compute">
            <label htmlFor={noteId}>{pt('confirmNote')}</label>
            <textarea id={noteId} rows={2} maxLength={500} value={note} onChange={(event) => setNote(event.target.value)} />
            <span className="app-performance__actions">
              <button type="button" className="fw-button fw-button--primary" disabled={confirming !== null} onClick={() => void controller.confirm('person', person.personId, note)}>
                {pt('acknowledge')}
              </button>
            </span>
          </div>
        )
      )}
      {trend && trend.items.length > 0 && (
        <>
          <h3 id="my-trend">{pt('trendHeading')}</h3>
          <table className="app-performance__table" aria-labelledby="my-trend">
            <caption className="fw-visually-hidden">{pt('trendCaption', { n: trend.items.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{pt('colPeriod')}</th>
                <th scope="col">{pt('colTotal')}</th>
                <th scope="col">{pt('colGrade')}</th>
              </tr>
            </thead>
            <tbody>
              {trend.items.map((point) => (
                <tr key={point.period}>
                  <th scope="row">{point.period}</th>
                  <td>
                    {point.total === null ? (
                      <span className="app-muted">{pt('notComputed')}</span>
                    ) : (
                      <span className="app-performance__bar-cell">
                        <span className="app-performance__bar" aria-hidden="true" style={{ width: `${Math.max(0, Math.min(100, (point.total / (run.weightTotal || 100)) * 100))}%` }} />
                        {number(point.total)}
                      </span>
                    )}
                  </td>
                  <td>{point.grade ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
