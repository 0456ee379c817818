import { useState } from 'react';
import type { OrgRole, RoleApi } from '../../api/RoleApi.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { orgMessages as m } from '../../i18n/orgMessages.js';
import { Dialog } from '../editor/Dialog.js';
import { useFieldId } from '../properties/useFieldId.js';
import { describeProblem } from './describeProblem.js';

/**
 * Asks before a role is deleted, saying what follows: the workflow steps naming it find nobody
 * there (the server does not stop it, since a step has its own rule for that).
 */
export function DeleteRoleDialog({ api, role, onDone, onClose }: { readonly api: RoleApi; readonly role: OrgRole; readonly onDone: () => void; readonly onClose: () => void }) {
  const { t } = useLocale();
  const id = useFieldId();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const remove = async (): Promise<void> => {
    setBusy(true);
    setProblem(null);
    try {
      await api.deleteRole(role.id);
      onDone();
    } catch (error) {
      setProblem(describeProblem(error, {}, t));
      setBusy(false);
    }
  };

  return (
    <Dialog title={t(m.deleteRoleTitle, { name: role.name })} onClose={onClose}>
      <div className="fw-org-form">
        <p id={`${id}-warning`}>{t(m.deleteRoleWarning)}</p>
        {problem ? <p role="alert">{problem}</p> : null}
        <div className="fw-org-actions">
          <button type="button" onClick={onClose}>
            {t(m.cancel)}
          </button>
          <button type="button" className="fw-btn-danger" disabled={busy} aria-describedby={`${id}-warning`} onClick={() => void remove()}>
            {busy ? t(m.deleting) : t(m.deleteRoleNamed, { name: role.name })}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
