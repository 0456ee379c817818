import type { LocalizedText } from '@formwork/runtime';
import { useId } from 'react';
import { useLocale } from '../../i18n/LocaleContext.js';

/** What the list says; the workflow and dashboard catalogues each have these. */
export interface PublishedVersionsMessages {
  readonly versions: LocalizedText;
  readonly noVersions: LocalizedText;
  /** `{version}` and `{date}` filled in. */
  readonly versionLine: LocalizedText;
}

/** The published versions of a versioned document (workflow, dashboard), newest as the server lists them. */
export function PublishedVersions({ messages: m, versions, className }: { readonly messages: PublishedVersionsMessages; readonly versions: readonly { readonly version: number; readonly publishedAt: string | number }[]; readonly className: string }) {
  const { t, locale } = useLocale();
  const heading = useId();
  return (
    <section className={className} aria-labelledby={heading}>
      <h3 id={heading}>{t(m.versions)}</h3>
      {versions.length === 0 ? (
        <p className="fw-muted">{t(m.noVersions)}</p>
      ) : (
        <ul>
          {versions.map((version) => (
            <li key={version.version}>{t(m.versionLine, { version: version.version, date: new Date(version.publishedAt).toLocaleString(locale) })}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
