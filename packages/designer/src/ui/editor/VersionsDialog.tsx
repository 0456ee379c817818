import { parseFormSchema, type FormSchema } from '@formwork/runtime';
import { useMemo, useState } from 'react';
import type { FormVersion, FormVersionSummary } from '../../api/ApiTypes.js';
import { persistenceMessages as m } from '../../i18n/persistenceMessages.js';
import { versionMessages as vm } from '../../i18n/versionMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { useDesigner, useDesignerStore } from './DesignerStoreContext.js';
import { Dialog } from './Dialog.js';
import { useLoadedVersions } from './useLoadedVersions.js';
import { VersionChanges } from './VersionChanges.js';
import { VersionRestoreList } from './VersionRestoreList.js';

export interface VersionsDialogProps {
  readonly versions: readonly FormVersionSummary[];
  /** Reads a version's schema from the server; without it the dialog only lists the versions. */
  readonly loadVersion?: (version: number) => Promise<FormVersion>;
  /** Saves the draft the usual way (after a restore); false when the save was refused. */
  readonly saveDraft?: () => Promise<boolean>;
  readonly onClose: () => void;
}

/**
 * The published versions of the form, newest first: what changed between any two of them (or a
 * version and the current draft), and restoring one as the draft, after a confirmation, with the
 * store's `restoreVersion` and the usual save. Undo brings the previous draft back.
 */
export function VersionsDialog({ versions, loadVersion, saveDraft, onClose }: VersionsDialogProps) {
  const { t } = useLocale();
  const store = useDesignerStore();
  const draft = useDesigner((state) => state.schema);
  const newest = Math.max(...versions.map((version) => version.version));
  const [from, setFrom] = useState<number | null>(versions.length > 0 ? newest : null);
  const [to, setTo] = useState<number | 'draft'>('draft');
  const read = useMemo(() => (loadVersion ? async (version: number) => (await loadVersion(version)).schema : undefined), [loadVersion]);
  const loaded = useLoadedVersions([from, to].filter((version): version is number => typeof version === 'number'), read, parseFormSchema);

  const name = (version: number | 'draft'): string => (version === 'draft' ? t(vm.currentDraft) : t(vm.versionN, { version }));
  const side = (version: number | 'draft' | null) => {
    if (version === 'draft') return { state: 'ready', schema: draft } as const;
    const entry = version === null ? undefined : loaded.get(version);
    return entry?.state === 'ready' ? ({ state: 'ready', schema: entry.value } as const satisfies { state: 'ready'; schema: FormSchema }) : entry;
  };
  return (
    <Dialog title={t(m.versions)} onClose={onClose}>
      {versions.length === 0 ? <p>{t(m.noVersions)}</p> : null}
      <VersionRestoreList
        versions={versions}
        versionLine={m.versionLine}
        {...(read
          ? {
              restoring: {
                read: async (version: number) => {
                  const entry = loaded.get(version);
                  return entry?.state === 'ready' ? entry.raw : read(version);
                },
                restore: (version: number, raw: unknown) => store.getState().restoreVersion(version, raw),
                ...(saveDraft ? { saveDraft } : {}),
              },
            }
          : {})}
      />
      {read && from !== null ? (
        <VersionChanges
          versions={[...versions].sort((a, b) => b.version - a.version).map((version) => version.version)}
          from={from}
          to={to}
          onFrom={setFrom}
          onTo={setTo}
          name={name}
          before={side(from)}
          after={side(to)}
        />
      ) : null}
    </Dialog>
  );
}
