import type { LocalizedText } from '@formwork/runtime';
import { useState, type ReactNode } from 'react';
import { versionMessages as vm } from '../../i18n/versionMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import type { CommandResult } from '../../store/CommandResult.js';

export interface VersionRestoreListProps {
  /** The published versions, in any order: listed newest first. */
  readonly versions: readonly { readonly version: number; readonly publishedAt: string | number }[];
  /** A version's line, `{version}` and `{time}` filled in. */
  readonly versionLine: LocalizedText;
  /**
   * Restoring: the version's document as the server has it (already read, or read now), the
   * store's command that makes it the draft (one undo step), and the usual save. Without it the
   * list only lists.
   */
  readonly restoring?: {
    readonly read: (version: number) => Promise<unknown>;
    readonly restore: (version: number, raw: unknown) => CommandResult;
    /** False when the save was refused (the designer says why). */
    readonly saveDraft?: () => Promise<boolean>;
  };
  /** More buttons on a version's line (e.g. to view it). */
  readonly actions?: (version: number) => ReactNode;
}

/**
 * The published versions of a versioned document (form, dashboard), newest first, each with a
 * button that restores it as the draft after a confirmation — the same flow for every document
 * the designer edits. Undo brings the previous draft back.
 */
export function VersionRestoreList({ versions, versionLine, restoring, actions }: VersionRestoreListProps) {
  const { t, locale } = useLocale();
  const [confirming, setConfirming] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);

  const restore = async (version: number): Promise<void> => {
    if (!restoring) return;
    setConfirming(null);
    let raw: unknown;
    try {
      raw = await restoring.read(version);
    } catch (error) {
      return setOutcome(t(vm.loadFailed, { version, message: error instanceof Error ? error.message : String(error) }));
    }
    const result = restoring.restore(version, raw);
    if (!result.ok) return setOutcome(result.reason[locale]);
    if (restoring.saveDraft && !(await restoring.saveDraft())) return setOutcome(null);
    setOutcome(t(vm.restored, { version }));
  };

  return (
    <>
      <ol>
        {newestFirst.map((version) => (
          <li key={version.version}>
            {t(versionLine, { version: version.version, time: new Date(version.publishedAt).toLocaleString(locale) })} {actions?.(version.version)}
            {restoring ? (
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
    </>
  );
}
