import { useState, type FormEvent } from 'react';
import type { UserAccount } from '../../api/OrgApi.js';
import type { OrgRole, RoleApi } from '../../api/RoleApi.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { orgMessages as m } from '../../i18n/orgMessages.js';
import { Dialog } from '../editor/Dialog.js';
import { ChipPicker } from '../properties/ChipPicker.js';
import { useFieldId } from '../properties/useFieldId.js';
import { roleProblemsOf, type RoleProblems } from './roleProblemsOf.js';
import { userLabel } from './userLabel.js';

export interface RoleDialogProps {
  readonly api: RoleApi;
  readonly users: readonly UserAccount[];
  /** The role to rename, describe or staff; null creates one. */
  readonly role: OrgRole | null;
  readonly onDone: (name: string) => void;
  readonly onClose: () => void;
}

/**
 * Creates an organisation role or changes one: its name, description and members (picked from
 * the users; disabled ones only while they already hold it). What the server refuses is written
 * under the control it concerns — a taken name under the name.
 */
export function RoleDialog({ api, users, role, onDone, onClose }: RoleDialogProps) {
  const { t } = useLocale();
  const id = useFieldId();
  const [name, setName] = useState(role?.name ?? '');
  const [description, setDescription] = useState(role?.description ?? '');
  const [memberIds, setMemberIds] = useState<readonly string[]>(role?.memberIds ?? []);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<RoleProblems>({});
  const byId = new Map(users.map((user) => [user.id, user]));
  const nameOf = (userId: string): string => {
    const user = byId.get(userId);
    return user ? userLabel(user) : t(m.unknownUser, { id: userId });
  };
  const options = users.filter((user) => !user.disabled || memberIds.includes(user.id)).map((user) => ({ value: user.id, label: userLabel(user) }));
  // A member the users list lacks keeps a readable name, so it can be removed.
  const missing = memberIds.filter((userId) => !byId.has(userId)).map((userId) => ({ value: userId, label: nameOf(userId) }));

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setProblems({});
    const fields = { name: name.trim(), description: description.trim(), memberIds };
    try {
      if (role) await api.updateRole(role.id, fields);
      else await api.createRole(fields);
      onDone(fields.name);
    } catch (error) {
      setProblems(roleProblemsOf(error, memberIds, nameOf, t));
      setBusy(false);
    }
  };

  return (
    <Dialog title={role ? t(m.editRole, { name: role.name }) : t(m.newRole)} onClose={onClose}>
      <form className="fw-org-form" onSubmit={(event) => void submit(event)}>
        <label htmlFor={`${id}-name`}>{t(m.roleName)}</label>
        <input
          id={`${id}-name`}
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            // A changed name is no longer the one refused.
            if (problems.name) setProblems(({ name: _refused, ...rest }) => rest);
          }}
          required
          maxLength={60}
          autoComplete="off"
          aria-invalid={problems.name ? true : undefined}
          aria-describedby={problems.name ? `${id}-name-problem` : undefined}
        />
        {problems.name ? (
          <p id={`${id}-name-problem`} role="alert">
            {problems.name}
          </p>
        ) : null}
        <label htmlFor={`${id}-description`}>{t(m.roleDescription)}</label>
        <textarea
          id={`${id}-description`}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          maxLength={200}
          rows={2}
          aria-invalid={problems.description ? true : undefined}
          aria-describedby={problems.description ? `${id}-description-problem` : undefined}
        />
        {problems.description ? (
          <p id={`${id}-description-problem`} role="alert">
            {problems.description}
          </p>
        ) : null}
        <ChipPicker label={t(m.roleMembers)} chosen={memberIds} options={[...options, ...missing]} addLabel={t(m.addRoleMember)} emptyText={t(m.noRoleMembers)} onChange={setMemberIds} />
        {problems.members ? <p role="alert">{problems.members}</p> : null}
        {problems.other ? <p role="alert">{problems.other}</p> : null}
        <div className="fw-org-actions">
          <button type="submit" className="fw-btn-primary" disabled={busy}>
            {busy ? t(m.saving) : role ? t(m.save) : t(m.create)}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
