import { useEffect, useId, useState } from 'react';
import type { FormDocument } from '../../api/ApiTypes.js';
import { isArchived } from '../../api/isArchived.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { shareMessages as m } from '../../i18n/shareMessages.js';
import { qrCodeDataUrl } from './qrCodeDataUrl.js';

export interface SharePanelProps {
  readonly form: FormDocument | null;
  /** Where the end-user app is served (the site's origin): links are absolute, to be copied and printed. */
  readonly origin: string;
  /** Makes the QR image; injected so tests need not decode one. */
  readonly makeQrCode?: (text: string) => Promise<string>;
}

/**
 * Once a form is published: the link reps fill it in at, and, while the published version opens
 * one, its public link and a QR code of it (for a poster or a customer's phone). Nothing for a
 * form never published or archived: neither link would open.
 */
export function SharePanel({ form, origin, makeQrCode = qrCodeDataUrl }: SharePanelProps) {
  const { t } = useLocale();
  const publicUrl = form?.publicUrl ? `${origin}${form.publicUrl}` : null;
  const [qr, setQr] = useState<{ readonly url: string; readonly image: string } | null>(null);
  useEffect(() => {
    if (publicUrl === null) return;
    let current = true;
    makeQrCode(publicUrl).then(
      (image) => current && setQr({ url: publicUrl, image }),
      () => current && setQr(null),
    );
    return () => {
      current = false;
    };
  }, [makeQrCode, publicUrl]);
  if (!form || form.published === null || isArchived(form)) return null;
  const fillUrl = `${origin}/f/${encodeURIComponent(form.id)}`;
  return (
    <section className="fw-share" aria-labelledby="fw-share-title">
      <h2 id="fw-share-title">{t(m.title)}</h2>
      <ShareLink label={t(m.fillLink)} url={fillUrl} openLabel={t(m.open)} />
      {publicUrl !== null ? (
        <>
          <ShareLink label={t(m.publicLink)} url={publicUrl} openLabel={t(m.open)} />
          {qr !== null && qr.url === publicUrl ? <img className="fw-share__qr" src={qr.image} alt={t(m.qrAlt, { url: publicUrl })} width={160} height={160} /> : null}
        </>
      ) : null}
    </section>
  );
}

function ShareLink({ label, url, openLabel }: { readonly label: string; readonly url: string; readonly openLabel: string }) {
  const id = useId();
  return (
    <div className="fw-setting fw-share__link">
      <label htmlFor={id}>{label}</label>
      <span className="fw-share__row">
        <input id={id} type="text" readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
        <a href={url} target="_blank" rel="noopener noreferrer" aria-label={`${openLabel}: ${label}`}>
          {openLabel}
        </a>
      </span>
    </div>
  );
}
