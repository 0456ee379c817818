import type { PublicLinkSetting } from '@formwork/runtime';
import { propertyMessages as m } from '../../i18n/propertyMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { useOrgDirectory } from '../editor/OrgDirectoryContext.js';
import { CheckboxSetting } from './CheckboxSetting.js';
import { SelectSetting } from './SelectSetting.js';

export interface PublicLinkSettingsProps {
  /** `undefined`: no public link. */
  readonly publicLink: PublicLinkSetting | undefined;
  readonly onChange: (publicLink: PublicLinkSetting | undefined) => void;
}

/**
 * The public link (外链): whether anyone with the link may fill the form in without signing in,
 * and who owns what comes in through it (`ownerId`; absent: the form's creator). Switching the
 * link off keeps a chosen owner, so that switching it back on restores the same setting. A stored
 * owner missing from the directory (a deleted user, a list that could not be read) still shows,
 * by id, so that the choice is never silently changed.
 */
export function PublicLinkSettings({ publicLink, onChange }: PublicLinkSettingsProps) {
  const { t } = useLocale();
  const directory = useOrgDirectory();
  const enabled = publicLink?.enabled === true;
  const ownerId = publicLink?.ownerId;
  const users = directory.users.map((user) => ({ value: user.id, label: user.name || user.username || user.id }));
  const owners = ownerId === undefined || users.some((user) => user.value === ownerId) ? users : [...users, { value: ownerId, label: ownerId }];
  return (
    <>
      <CheckboxSetting
        label={t(m.publicLink)}
        checked={enabled}
        onChange={(on) => onChange(on || ownerId !== undefined ? { ...publicLink, enabled: on } : undefined)}
      />
      {enabled ? (
        <>
          <p className="fw-hint">{t(m.publicLinkHint)}</p>
          <SelectSetting
            label={t(m.publicLinkOwner)}
            value={ownerId ?? ''}
            options={[{ value: '', label: t(m.publicLinkOwnerDefault) }, ...owners]}
            onChange={(owner) => onChange(owner === '' ? { enabled } : { enabled, ownerId: owner })}
          />
          <p className="fw-hint">{t(m.publicLinkOwnerHint)}</p>
          {directory.status === 'failed' ? <p className="fw-muted">{t(m.directoryUnavailable)}</p> : null}
        </>
      ) : null}
    </>
  );
}
