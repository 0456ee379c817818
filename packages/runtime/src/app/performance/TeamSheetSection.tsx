import { useId, useState } from 'react';
import { formatScoreNumber } from '../../engine/index.js';
import type { ScoreRunView } from '../api/PerformanceViews.js';
import { formatStamp } from './formatStamp.js';
import { usePerformanceText } from './performanceMessages.js';
import type { ScoreSheetController } from './ScoreSheetController.js';

type SortKey = 'name' | 'department' | 'total';

/**
 * A manager's (or admin's) view of the sheet: everyone in their scope, sortable by name,
 * department or total; then each team's roll-up with its confirmation — a Confirm button for the
 * team until it is confirmed, then who and when.
 */
export function TeamSheetSection({
  run,
  names,
  controller,
  confirming,
  mayConfirm,
}: {
  readonly run: ScoreRunView;
  readonly names: ReadonlyMap<string, string>;
  readonly controller: ScoreSheetController;
  readonly confirming: string | null;
  /** Managers confirm their teams; an admin sees every team but confirms none (the server's 403). */
  readonly mayConfirm: boolean;
}) {
  const { pt, locale } = usePerformanceText();
  const [sort, setSort] = useState<{ readonly key: SortKey; readonly descending: boolean }>({ key: 'total', descending: true });
  const [note, setNote] = useState('');
  const noteId = useId();
  const number = (value: number) => formatScoreNumber(value, locale, run.precision);
  const teamName = new Map(run.teams.map(({ departmentId, name }) => [departmentId, name]));
  const rows = run.people.map((person) => ({ person, name: person.name ?? person.personId, department: person.departmentId === undefined ? '' : (teamName.get(person.departmentId) ?? person.departmentId) }));
  const sorted = rows.slice().sort((a, b) => {
    const order = sort.key === 'total' ? a.person.total - b.person.total : a[sort.key].localeCompare(b[sort.key], locale);
    return sort.descending ? -order : order;
  });
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" className="app-performance__sort" onClick={() => setSort({ key, descending: sort.key === key ? !sort.descending : key === 'total' })}>
        {label}
        <span aria-hidden="true">{sort.key === key ? (sort.descending ? ' ↓' : ' ↑') : ''}</span>
      </button>
    </th>
  );
  return (
    <section className="app-performance__section" aria-labelledby="team-sheet">
      <h2 id="team-sheet">{pt('teamSheet')}</h2>
      <div className="app-performance__scroll">
        <table className="app-performance__table" aria-labelledby="team-sheet">
          <thead>
            <tr>
              {header('name', pt('colName'))}
              {header('department', pt('colDepartment'))}
              {header('total', pt('colTotal'))}
              <th scope="col">{pt('colGrade')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map(({ person, name, department }) => (
              <tr key={person.personId}>
                <th scope="row">{name}</th>
                <td>{department || '—'}</td>
                <td>{number(person.total)}</td>
                <td>{person.grade ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {run.teams.length > 0 && (
        <>
          <h3 id="team-confirmations">{pt('teams')}</h3>
          {mayConfirm && !run.trial && run.teams.some((team) => !run.confirmations.some(({ subject, id }) => subject === 'team' && id === team.departmentId)) && (
            <div className="app-performance__compute">
              <label htmlFor={noteId}>{pt('confirmNote')}</label>
              <textarea id={noteId} rows={2} maxLength={500} value={note} onChange={(event) => setNote(event.target.value)} />
            </div>
          )}
          <div className="app-performance__scroll">
            <table className="app-performance__table" aria-labelledby="team-confirmations">
              <thead>
                <tr>
                  <th scope="col">{pt('colTeam')}</th>
                  <th scope="col">{pt('colTotal')}</th>
                  <th scope="col">{pt('colConfirmation')}</th>
                </tr>
              </thead>
              <tbody>
                {run.teams.map((team) => {
                  const confirmed = run.confirmations.find(({ subject, id }) => subject === 'team' && id === team.departmentId);
                  return (
                    <tr key={team.departmentId}>
                      <th scope="row">
                        {team.name} <span className="app-muted">({team.members})</span>
                      </th>
                      <td>{number(team.total)}</td>
                      <td>
                        {confirmed ? (
                          <span role="status">
                            {pt('confirmed', { who: names.get(confirmed.confirmedBy) ?? confirmed.confirmedBy, when: formatStamp(confirmed.confirmedAt, locale) })}
                            {confirmed.note && <span className="app-muted app-performance__explanation"> {pt('noteSaid', { note: confirmed.note })}</span>}
                          </span>
                        ) : run.trial || !mayConfirm ? (
                          '—'
                        ) : (
                          <button type="button" className="fw-button" disabled={confirming !== null} onClick={() => void controller.confirm('team', team.departmentId, note)}>
                            {pt('confirmTeam', { team: team.name })}
                          </button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
