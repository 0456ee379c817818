import { useState, type FormEvent } from 'react';
import type { SessionUser } from '../../api/ApiTypes.js';
import type { ApiClient } from '../../api/createApiClient.js';
import { ApiError } from '../../api/ApiError.js';
import { appMessages as m } from '../../i18n/appMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { useFieldId } from '../properties/useFieldId.js';
import { usePageTitle } from './usePageTitle.js';

/** Sign in with the server's session (an httpOnly cookie the browser keeps). */
export function LoginPage({ api, onSignedIn }: { readonly api: ApiClient; readonly onSignedIn: (user: SessionUser) => void }) {
  const { t } = useLocale();
  const userId = useFieldId();
  const heading = usePageTitle(t(m.signIn), t(m.productName));
  const passwordId = useFieldId();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    try {
      onSignedIn(await api.login(username, password));
    } catch (problem) {
      setError(problem instanceof ApiError && problem.status === 401 ? t(m.signInFailed) : t(m.requestFailed, { message: problem instanceof Error ? problem.message : String(problem) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="fw-login" onSubmit={(event) => void submit(event)} aria-label={t(m.signIn)}>
      <h2 ref={heading} tabIndex={-1}>
        {t(m.signIn)}
      </h2>
      <label htmlFor={userId}>{t(m.username)}</label>
      <input id={userId} autoComplete="username" value={username} onChange={(event) => setUsername(event.target.value)} required />
      <label htmlFor={passwordId}>{t(m.password)}</label>
      <input id={passwordId} type="password" autoComplete="current-password" value={password} onChange={(event) => setPassword(event.target.value)} required />
      {error ? <p role="alert">{error}</p> : null}
      <button type="submit" className="fw-btn-primary fw-btn-block" disabled={busy}>
        {t(m.signIn)}
      </button>
    </form>
  );
}
