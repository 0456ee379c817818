import { useState, type FormEvent } from 'react';
import type { OrgApi, UserAccount } from '../../api/OrgApi.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { orgMessages as m } from '../../i18n/orgMessages.js';
import { Dialog } from '../editor/Dialog.js';
import { useFieldId } from '../properties/useFieldId.js';
import { describeProblem } from './describeProblem.js';

/** Sets a new password for a user; the server's refusal (too short, too common) is shown as it says it. */
export function ResetPasswordDialog({ api, user, onDone, onClose }: { readonly api: OrgApi; readonly user: UserAccount; readonly onDone: () => void; readonly onClose: () => void }) {
  const { t } = useLocale();
  const id = useFieldId();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      await api.updateUser(user.id, { password });
      onDone();
    } catch (error) {
      setProblem(describeProblem(error, { '/password': t(m.newPassword) }, t));
      setBusy(false);
    }
  };

  return (
    <Dialog title={t(m.resetPasswordTitle, { name: user.name })} onClose={onClose}>
      <form className="fw-org-form" onSubmit={(event) => void submit(event)}>
        <p className="fw-hint">{t(m.resetPasswordHint)}</p>
        <label htmlFor={`${id}-password`}>{t(m.newPassword)}</label>
        <input
          id={`${id}-password`}
          type="password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          required
          autoComplete="new-password"
          aria-describedby={`${id}-hint`}
          aria-invalid={problem ? true : undefined}
        />
        <p id={`${id}-hint`} className="fw-hint">
          {t(m.passwordHint)}
        </p>
        {problem ? <p role="alert">{problem}</p> : null}
        <div className="fw-org-actions">
          <button type="submit" className="fw-btn-primary" disabled={busy}>
            {busy ? t(m.saving) : t(m.resetPassword)}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
