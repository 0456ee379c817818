import { useId, useState, type FormEvent } from 'react';
import { useAppSession } from '../shell/AppSession.js';
import { LoadFailure } from '../shell/LoadFailure.js';
import { useAsync } from '../shell/useAsync.js';
import { describeApiError } from './describeApiError.js';
import { useClaimText } from './claimMessages.js';
import { formatStamp } from './formatStamp.js';
import { formatAmount } from './ProgressBar.js';
import { targetClaimsApi, type TargetClaimsView, type TargetClaimView } from './targetClaimsApi.js';

type Claims = ReturnType<typeof targetClaimsApi>;

/**
 * 目标认领 on the targets page: everyone sees their target of the period, claims their own (while
 * nothing is decided, or after a return) and confirms the target given to them; a manager also
 * sees their teams' claims with approve / return and each team's gap to its target. Each action
 * shows the claims as the server answers them; `onChanged` tells the page a target may have moved.
 */
export function TargetClaimsSection({ appId, metric, period, onChanged }: { readonly appId: string; readonly metric: string; readonly period: string; readonly onChanged: () => void }) {
  const { api } = useAppSession();
  const { ct } = useClaimText();
  const claims = targetClaimsApi(api, appId);
  const loaded = useAsync(() => claims.read(period, metric), `${appId}/${metric}/${period}`);
  // What the last action answered, over what was loaded.
  const [answered, setAnswered] = useState<TargetClaimsView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const view = answered ?? (loaded.status === 'ready' ? loaded.value : null);
  const act = async (call: () => Promise<TargetClaimsView>, targetMoved: boolean) => {
    setError(null);
    try {
      setAnswered(await call());
      if (targetMoved) onChanged();
    } catch (failure) {
      setError(describeApiError(failure));
    }
  };
  return (
    <section className="app-performance__section" aria-labelledby="target-claims">
      <h2 id="target-claims">{ct('claimsHeading')}</h2>
      {loaded.status === 'loading' && <p aria-busy="true">…</p>}
      {loaded.status === 'error' && <LoadFailure error={loaded.error} onRetry={loaded.reload} />}
      {error !== null && (
        <p id={errorId} className="app-error" role="alert">
          {error}
        </p>
      )}
      {view && <MyClaim view={view} claims={claims} period={period} metric={metric} act={act} onInvalid={setError} />}
      {view && (view.teams.length > 0 || view.claims.length > 0) && <TeamClaims view={view} claims={claims} act={act} onInvalid={setError} />}
    </section>
  );
}

type Act = (call: () => Promise<TargetClaimsView>, targetMoved: boolean) => Promise<void>;

function MyClaim({ view, claims, period, metric, act, onInvalid }: { readonly view: TargetClaimsView; readonly claims: Claims; readonly period: string; readonly metric: string; readonly act: Act; readonly onInvalid: (message: string) => void }) {
  const { ct, locale } = useClaimText();
  const ids = { amount: useId(), note: useId() };
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const { mine, myTarget } = view;
  const money = (value: number | null) => (value === null ? '—' : formatAmount(value, locale));
  const mayClaim = mine === null || mine.status === 'proposed' || mine.status === 'returned';
  const mayConfirm = myTarget !== null && mine?.status !== 'proposed' && mine?.confirmedCurrent !== true;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const proposed = Number(amount);
    if (amount.trim() === '' || !Number.isFinite(proposed) || proposed < 0) return onInvalid(ct('amountInvalid'));
    void act(() => claims.claim(period, metric, proposed, note), false);
  };
  return (
    <div className="app-targets__claim">
      <p>{myTarget === null ? ct('noTargetYet', { period }) : ct('myTarget', { period, amount: money(myTarget) })}</p>
      {mine && <p>{statusLine(mine, ct, money, locale)}</p>}
      {mine?.status === 'confirmed' && !mine.confirmedCurrent && myTarget !== null && <p className="app-error">{ct('targetChanged', { amount: money(myTarget) })}</p>}
      {mayClaim && (
        <form className="app-targets__form" onSubmit={submit}>
          <label htmlFor={ids.amount}>{ct('claimAmount')}</label>
          <input id={ids.amount} inputMode="decimal" value={amount} onChange={(event) => setAmount(event.target.value)} />
          <label htmlFor={ids.note}>{ct('claimNote')}</label>
          <textarea id={ids.note} rows={2} maxLength={500} value={note} onChange={(event) => setNote(event.target.value)} />
          <button type="submit">{ct('claim')}</button>
        </form>
      )}
      {mayConfirm && (
        <button type="button" onClick={() => void act(() => claims.confirm(period, metric), false)}>
          {ct('confirmTarget', { amount: money(myTarget) })}
        </button>
      )}
    </div>
  );
}

function statusLine(mine: TargetClaimView, ct: ReturnType<typeof useClaimText>['ct'], money: (value: number | null) => string, locale: string): string {
  switch (mine.status) {
    case 'proposed':
      return ct('status_proposed', { amount: money(mine.proposed) });
    case 'approved':
      return ct('status_approved', { amount: money(mine.approved) });
    case 'returned':
      return ct('status_returned', { note: mine.decisionNote ?? '' });
    case 'confirmed':
      return ct('status_confirmed', { amount: money(mine.confirmedAmount), when: mine.confirmedAt === null ? '' : formatStamp(mine.confirmedAt, locale) });
  }
}

function TeamClaims({ view, claims, act, onInvalid }: { readonly view: TargetClaimsView; readonly claims: Claims; readonly act: Act; readonly onInvalid: (message: string) => void }) {
  const { ct, locale } = useClaimText();
  const money = (value: number | null) => (value === null ? '—' : formatAmount(value, locale));
  return (
    <div className="app-targets__team-claims">
      <h3 id="team-claims">{ct('teamClaims')}</h3>
      {view.teams.map((team) => (
        <p key={team.departmentId} className={team.summary.gap > 0 ? 'app-error' : 'app-muted'}>
          <strong>{team.name}</strong>: {team.summary.message[locale]}
        </p>
      ))}
      {view.claims.length === 0 ? (
        <p className="app-muted">{ct('noClaims')}</p>
      ) : (
        <div className="app-performance__scroll">
          <table className="app-performance__table" aria-labelledby="team-claims">
            <thead>
              <tr>
                <th scope="col">{ct('colName')}</th>
                <th scope="col">{ct('colClaimed')}</th>
                <th scope="col">{ct('colStatus')}</th>
                <th scope="col">{ct('colDecision')}</th>
              </tr>
            </thead>
            <tbody>
              {view.claims.map((claim) => (
                <tr key={claim.id}>
                  <th scope="row">{claim.name}</th>
                  <td>
                    {money(claim.proposed)}
                    {claim.note !== null && <span className="app-performance__explanation"> {claim.note}</span>}
                  </td>
                  <td>{ct(`state_${claim.status}`, { amount: money(claim.status === 'confirmed' ? claim.confirmedAmount : claim.approved) })}</td>
                  <td>{claim.status === 'proposed' && <Decision claim={claim} claims={claims} act={act} onInvalid={onInvalid} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function Decision({ claim, claims, act, onInvalid }: { readonly claim: TargetClaimView; readonly claims: Claims; readonly act: Act; readonly onInvalid: (message: string) => void }) {
  const { ct } = useClaimText();
  const ids = { amount: useId(), note: useId() };
  const [amount, setAmount] = useState(claim.proposed === null ? '' : String(claim.proposed));
  const [note, setNote] = useState('');
  const approve = () => {
    const value = Number(amount);
    if (amount.trim() === '' || !Number.isFinite(value) || value < 0) return onInvalid(ct('amountInvalid'));
    void act(() => claims.decide(claim.id, 'approve', value === claim.proposed ? undefined : value, note), true);
  };
  return (
    <div className="app-targets__decision">
      <label htmlFor={ids.amount}>{ct('approveAmount', { name: claim.name })}</label>
      <input id={ids.amount} inputMode="decimal" value={amount} onChange={(event) => setAmount(event.target.value)} />
      <label htmlFor={ids.note}>{ct('decisionNote', { name: claim.name })}</label>
      <input id={ids.note} maxLength={500} value={note} onChange={(event) => setNote(event.target.value)} />
      <button type="button" onClick={approve}>
        {ct('approve', { name: claim.name })}
      </button>
      <button type="button" onClick={() => void act(() => claims.decide(claim.id, 'return', undefined, note), false)}>
        {ct('return', { name: claim.name })}
      </button>
    </div>
  );
}
