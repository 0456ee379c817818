import { useState } from 'react';
import { ApiError } from '../api/ApiError.js';
import type { MeView } from '../api/ApiViews.js';
import type { FormworkApi } from '../api/FormworkApi.js';
import { useLocale } from '../i18n/LocaleContext.js';

/** Username and password; on success hands the signed-in user up. */
export function LoginPage({ api, onSignedIn }: { readonly api: FormworkApi; readonly onSignedIn: (me: MeView) => void }) {
  const { t } = useLocale();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <main className="app-login">
      <form
        className="app-card app-login__card"
        onSubmit={(event) => {
          event.preventDefault();
          if (busy) return;
          setBusy(true);
          setError(null);
          api.login(username, password).then(onSignedIn, (failure: unknown) => {
            setBusy(false);
            setError(failure instanceof ApiError ? failure.message : String(failure));
          });
        }}
      >
        <h1>{t('loginTitle')}</h1>
        <div className="app-login__field">
          <label htmlFor="login-username">{t('username')}</label>
          <input id="login-username" className="fw-input" autoComplete="username" required value={username} onChange={(e) => setUsername(e.target.value)} />
        </div>
        <div className="app-login__field">
          <label htmlFor="login-password">{t('password')}</label>
          <input id="login-password" className="fw-input" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </div>
        {error !== null && (
          <p className="app-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="fw-button fw-button--primary app-login__submit" aria-disabled={busy || undefined}>
          {busy ? t('loggingIn') : t('login')}
        </button>
      </form>
    </main>
  );
}
