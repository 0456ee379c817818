import type { FormVersionSummary } from '../../api/ApiTypes.js';
import { persistenceMessages as m } from '../../i18n/persistenceMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { Dialog } from './Dialog.js';

/** The published versions of the form, newest first. */
export function VersionsDialog({ versions, onClose }: { readonly versions: readonly FormVersionSummary[]; readonly onClose: () => void }) {
  const { t, locale } = useLocale();
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  return (
    <Dialog title={t(m.versions)} onClose={onClose}>
      {newestFirst.length === 0 ? <p>{t(m.noVersions)}</p> : null}
      <ol>
        {newestFirst.map((version) => (
          <li key={version.version}>{t(m.versionLine, { version: version.version, time: new Date(version.publishedAt).toLocaleString(locale) })}</li>
        ))}
      </ol>
    </Dialog>
  );
}
