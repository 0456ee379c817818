import { parseFormSchema, type FormSchema } from '@formwork/runtime';
import { useEffect, useState } from 'react';
import type { FormVersion, FormVersionSummary } from '../../api/ApiTypes.js';
import { persistenceMessages as m } from '../../i18n/persistenceMessages.js';
import { versionMessages as vm } from '../../i18n/versionMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { useDesigner, useDesignerStore } from './DesignerStoreContext.js';
import { Dialog } from './Dialog.js';
import { VersionChanges } from './VersionChanges.js';

export interface VersionsDialogProps {
  readonly versions: readonly FormVersionSummary[];
  /** Reads a version's schema from the server; without it the dialog only lists the versions. */
  readonly loadVersion?: (version: number) => Promise<FormVersion>;
  /** Saves the draft the usual way (after a restore); false when the save was refused. */
  readonly saveDraft?: () => Promise<boolean>;
  readonly onClose: () => void;
}

/** What is known of a version's schema: being read, read, or why it could not be. */
type Loaded = { readonly state: 'loading' } | { readonly state: 'ready'; readonly raw: unknown; readonly schema: FormSchema } | { readonly state: 'failed'; readonly message: string };

/**
 * The published versions of the form, newest first: what changed between any two of them (or a
 * version and the current draft), and restoring one as the draft, after a confirmation, with the
 * store's `restoreVersion` and the usual save. Undo brings the previous draft back.
 */
export function VersionsDialog({ versions, loadVersion, saveDraft, onClose }: VersionsDialogProps) {
  const { t, locale } = useLocale();
  const store = useDesignerStore();
  const draft = useDesigner((state) => state.schema);
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  const [from, setFrom] = useState<number | null>(newestFirst[0]?.version ?? null);
  const [to, setTo] = useState<number | 'draft'>('draft');
  const [loaded, setLoaded] = useState<ReadonlyMap<number, Loaded>>(new Map());
  const [confirming, setConfirming] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);

  useEffect(() => {
    if (!loadVersion) return;
    const wanted = new Set([from, to].filter((version): version is number => typeof version === 'number' && !loaded.has(version)));
    for (const version of wanted) {
      setLoaded((current) => new Map(current).set(version, { state: 'loading' }));
      loadVersion(version).then(
        (found) => {
          const parsed = parseFormSchema(found.schema);
          const entry: Loaded = parsed.ok ? { state: 'ready', raw: found.schema, schema: parsed.value } : { state: 'failed', message: t(vm.unreadable, { version }) };
          setLoaded((current) => new Map(current).set(version, entry));
        },
        (error: unknown) => {
          const message = t(vm.loadFailed, { version, message: error instanceof Error ? error.message : String(error) });
          setLoaded((current) => new Map(current).set(version, { state: 'failed', message }));
        },
      );
    }
  }, [from, to, loadVersion, loaded, t]);

  const restore = async (version: number): Promise<void> => {
    setConfirming(null);
    const entry = loaded.get(version) ?? { state: 'loading' as const };
    const raw = entry.state === 'ready' ? entry.raw : loadVersion ? (await loadVersion(version)).schema : undefined;
    const result = store.getState().restoreVersion(version, raw);
    if (!result.ok) return setOutcome(result.reason[locale]);
    if (saveDraft && !(await saveDraft())) return setOutcome(null);
    setOutcome(t(vm.restored, { version }));
  };

  const name = (version: number | 'draft'): string => (version === 'draft' ? t(vm.currentDraft) : t(vm.versionN, { version }));
  const fromEntry = from === null ? undefined : loaded.get(from);
  const toEntry = to === 'draft' ? ({ state: 'ready', raw: draft, schema: draft } as const) : loaded.get(to);
  return (
    <Dialog title={t(m.versions)} onClose={onClose}>
      {newestFirst.length === 0 ? <p>{t(m.noVersions)}</p> : null}
      <ol>
        {newestFirst.map((version) => (
          <li key={version.version}>
            {t(m.versionLine, { version: version.version, time: new Date(version.publishedAt).toLocaleString(locale) })}{' '}
            {loadVersion ? (
              <button type="button" className="fw-btn-small" onClick={() => setConfirming(version.version)}>
                {t(vm.restore, { version: version.version })}
              </button>
            ) : null}
            {confirming === version.version ? (
              <div role="group" aria-label={t(vm.confirmRestoreLabel, { version: version.version })} className="fw-confirm">
                <p>{t(vm.confirmRestore, { version: version.version })}</p>
                <button type="button" className="fw-btn-primary fw-btn-small" onClick={() => void restore(version.version)}>
                  {t(vm.restoreConfirm)}
                </button>
                <button type="button" className="fw-btn-small" onClick={() => setConfirming(null)}>
                  {t(vm.cancel)}
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      {outcome ? <p role="status">{outcome}</p> : null}
      {loadVersion && from !== null ? (
        <VersionChanges
          versions={newestFirst.map((version) => version.version)}
          from={from}
          to={to}
          onFrom={setFrom}
          onTo={setTo}
          name={name}
          before={fromEntry}
          after={toEntry}
        />
      ) : null}
    </Dialog>
  );
}
