import { useId, useState, type FormEvent } from 'react';
import { useAppSession } from '../shell/AppSession.js';
import { LoadFailure } from '../shell/LoadFailure.js';
import { useAsync } from '../shell/useAsync.js';
import { describeApiError } from './describeApiError.js';
import { targetSettingsApi, type TargetSettingsView } from './targetSettingsApi.js';
import { useTargetSettingsText } from './targetSettingsMessages.js';

/** What the admin's form holds: no limit, or a number of changes as typed. */
interface LimitDraft {
  readonly limited: boolean;
  readonly count: string;
  readonly reason: string;
}

type SaveStep = { readonly step: 'editing'; readonly error?: string } | { readonly step: 'saving' } | { readonly step: 'saved' };

/**
 * How often a target may change in its period (#13), on the targets page. An admin sees the app's
 * setting and changes it — no limit, or a number of changes — with an optional reason that the
 * settings record's history keeps; anyone else only reads the setting in a sentence, and not even
 * that when it cannot be read (it is no business of theirs to fix). The server refuses the change
 * to non-admins whatever this page shows.
 */
export function TargetSettingsSection({ appId, isAdmin }: { readonly appId: string; readonly isAdmin: boolean }) {
  const { api } = useAppSession();
  const { st } = useTargetSettingsText();
  const settings = targetSettingsApi(api, appId);
  const loaded = useAsync(() => settings.read(), appId);
  // What the last save answered, over what was loaded.
  const [saved, setSaved] = useState<TargetSettingsView | null>(null);
  const current = saved ?? (loaded.status === 'ready' ? loaded.value : null);
  if (!isAdmin) return current === null ? null : <p className="app-muted">{summaryOf(current, st)}</p>;
  return (
    <section className="app-performance__section" aria-labelledby="target-settings">
      <h2 id="target-settings">{st('settingsHeading')}</h2>
      {loaded.status === 'loading' && <p aria-busy="true">…</p>}
      {loaded.status === 'error' && <LoadFailure error={loaded.error} onRetry={loaded.reload} />}
      {current !== null && (
        <>
          <p>{summaryOf(current, st)}</p>
          <LimitForm current={current} save={(next, reason) => settings.save(next, reason)} onSaved={setSaved} />
        </>
      )}
    </section>
  );
}

function LimitForm({ current, save, onSaved }: { readonly current: TargetSettingsView; readonly save: (settings: TargetSettingsView, reason: string) => Promise<TargetSettingsView>; readonly onSaved: (settings: TargetSettingsView) => void }) {
  const { st } = useTargetSettingsText();
  const ids = { legend: useId(), unlimited: useId(), limited: useId(), count: useId(), reason: useId(), error: useId() };
  const limit = current.maxChangesPerPeriod;
  const [draft, setDraft] = useState<LimitDraft>({ limited: limit !== null, count: limit === null ? '' : String(limit), reason: '' });
  const [state, setState] = useState<SaveStep>({ step: 'editing' });
  const edit = (patch: Partial<LimitDraft>) => {
    setDraft((last) => ({ ...last, ...patch }));
    setState({ step: 'editing' });
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const count = Number(draft.count.trim());
    // The server says the same; asked here first (in the page's language, not the browser's: noValidate) so a typo costs no round trip.
    if (draft.limited && (draft.count.trim() === '' || !Number.isInteger(count) || count < 0)) return setState({ step: 'editing', error: st('countInvalid') });
    setState({ step: 'saving' });
    try {
      const answer = await save({ maxChangesPerPeriod: draft.limited ? count : null }, draft.reason);
      // The reason was for this change: the next one gives its own.
      setDraft((last) => ({ ...last, reason: '' }));
      setState({ step: 'saved' });
      onSaved(answer);
    } catch (failure) {
      setState({ step: 'editing', error: describeApiError(failure) });
    }
  };
  const error = state.step === 'editing' ? state.error : undefined;
  return (
    <form className="app-targets__form" noValidate onSubmit={(event) => void submit(event)} aria-describedby={error === undefined ? undefined : ids.error}>
      <fieldset className="app-targets__limit">
        <legend id={ids.legend}>{st('limitLegend')}</legend>
        <label htmlFor={ids.unlimited}>
          <input id={ids.unlimited} type="radio" name={ids.legend} checked={!draft.limited} onChange={() => edit({ limited: false })} /> {st('unlimited')}
        </label>
        <label htmlFor={ids.limited}>
          <input id={ids.limited} type="radio" name={ids.legend} checked={draft.limited} onChange={() => edit({ limited: true })} /> {st('limited')}
        </label>
      </fieldset>
      {draft.limited && (
        <>
          <label htmlFor={ids.count}>{st('limitCount')}</label>
          <input id={ids.count} type="number" min={0} step={1} inputMode="numeric" value={draft.count} onChange={(event) => edit({ count: event.target.value })} />
        </>
      )}
      <label htmlFor={ids.reason}>{st('limitReason')}</label>
      <textarea id={ids.reason} rows={2} maxLength={500} value={draft.reason} onChange={(event) => edit({ reason: event.target.value })} />
      {error !== undefined && (
        <p id={ids.error} className="app-error" role="alert">
          {error}
        </p>
      )}
      <span className="app-performance__actions">
        <button type="submit" className="fw-button fw-button--primary" disabled={state.step === 'saving'}>
          {st('save')}
        </button>
      </span>
      {state.step === 'saved' && <p role="status">{st('saved')}</p>}
    </form>
  );
}

function summaryOf(settings: TargetSettingsView, st: ReturnType<typeof useTargetSettingsText>['st']): string {
  return settings.maxChangesPerPeriod === null ? st('summaryUnlimited') : st('summaryLimited', { n: settings.maxChangesPerPeriod });
}
