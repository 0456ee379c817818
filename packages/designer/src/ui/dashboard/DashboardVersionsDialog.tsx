import { parseDashboardSchema } from '@formwork/runtime';
import { useState } from 'react';
import type { DashboardVersionSummary } from '../../api/DashboardApi.js';
import type { DashboardFormChoice } from '../../dashboard/DashboardEdit.js';
import type { DashboardStore } from '../../dashboard/createDashboardStore.js';
import { dashboardMessages as m } from '../../i18n/dashboardMessages.js';
import { versionMessages as vm } from '../../i18n/versionMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { Dialog } from '../editor/Dialog.js';
import { useLoadedVersions } from '../editor/useLoadedVersions.js';
import { VersionRestoreList } from '../editor/VersionRestoreList.js';
import { DashboardVersionView } from './DashboardVersionView.js';

/**
 * The dashboard's published versions, newest first, as the form designer's versions dialog
 * lists them: each can be viewed read only, or restored as the draft after a confirmation (the
 * store's `restoreVersion`, one undo step, then the usual save).
 */
export function DashboardVersionsDialog({
  versions,
  forms,
  store,
  loadVersion,
  saveDraft,
  onClose,
}: {
  readonly versions: readonly DashboardVersionSummary[];
  readonly forms: readonly DashboardFormChoice[];
  readonly store: DashboardStore;
  readonly loadVersion: (version: number) => Promise<unknown>;
  readonly saveDraft: () => Promise<boolean>;
  readonly onClose: () => void;
}) {
  const { t } = useLocale();
  const [viewing, setViewing] = useState<number | null>(null);
  const loaded = useLoadedVersions(viewing === null ? [] : [viewing], loadVersion, parseDashboardSchema);
  const shown = viewing === null ? undefined : loaded.get(viewing);
  return (
    <Dialog title={t(m.versions)} onClose={onClose}>
      {versions.length === 0 ? <p>{t(m.noVersions)}</p> : null}
      <VersionRestoreList
        versions={versions}
        versionLine={m.versionLine}
        actions={(version) => (
          <button type="button" className="fw-btn-small" aria-pressed={viewing === version} onClick={() => setViewing(version)}>
            {t(m.viewVersion, { version })}
          </button>
        )}
        restoring={{
          read: async (version) => {
            const entry = loaded.get(version);
            return entry?.state === 'ready' ? entry.raw : loadVersion(version);
          },
          restore: (version, raw) => store.getState().restoreVersion(version, raw),
          saveDraft,
        }}
      />
      {viewing === null ? null : shown?.state === 'ready' ? (
        <DashboardVersionView version={viewing} dashboard={shown.value} forms={forms} />
      ) : shown?.state === 'failed' ? (
        <p role="alert">{shown.message}</p>
      ) : (
        <p role="status">{t(vm.loading)}</p>
      )}
    </Dialog>
  );
}
