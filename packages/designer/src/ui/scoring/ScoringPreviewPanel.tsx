import type { ScoringSchema } from '@formwork/runtime';
import { useState, type FormEvent } from 'react';
import { scoringMessages as m } from '../../i18n/scoringMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import type { ScoringPreviewState, ScoringSession } from '../../scoring/createScoringSession.js';
import { useFieldId } from '../properties/useFieldId.js';

/** The period a preview starts on: this month, week, quarter or year, as the scheme scores. */
function currentPeriod(period: ScoringSchema['period'], today: Date): string {
  const year = today.getFullYear();
  const month = today.getMonth() + 1;
  if (period === 'year') return String(year);
  if (period === 'quarter') return `${String(year)}-Q${String(Math.ceil(month / 3))}`;
  if (period === 'month') return `${String(year)}-${String(month).padStart(2, '0')}`;
  return '';
}

/**
 * "Compute for period [2026-11]": the saved draft's sheet from the stored records, each person's
 * total and grade with every item's explanation, without publishing or keeping anything.
 */
export function ScoringPreviewPanel({ session, preview, busy, scheme }: { readonly session: ScoringSession; readonly preview: ScoringPreviewState; readonly busy: boolean; readonly scheme: ScoringSchema }) {
  const { t, locale } = useLocale();
  const id = useFieldId();
  const [period, setPeriod] = useState(() => currentPeriod(scheme.period, new Date()));
  const compute = (event: FormEvent): void => {
    event.preventDefault();
    void session.preview(period);
  };
  return (
    <section className="fw-scoring-preview" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t(m.preview)}</h3>
      <p className="fw-muted">{t(m.previewNote)}</p>
      <form className="fw-inline-form" onSubmit={compute}>
        <label htmlFor={id}>{t(m.previewPeriod)}</label>
        <input id={id} value={period} onChange={(event) => setPeriod(event.target.value)} placeholder="2026-11" />
        <button type="submit" disabled={busy || preview.phase === 'computing'}>
          {t(m.computePreview)}
        </button>
      </form>
      <div aria-live="polite">
        {preview.phase === 'computing' ? <p>{t(m.computing)}</p> : null}
        {preview.phase === 'failed' ? <p role="alert">{t(preview.reason)}</p> : null}
        {preview.phase === 'shown' ? (
          <div>
            {preview.sheet.trial ? <p>{t(m.previewTrial)}</p> : null}
            {preview.sheet.conflicts.length > 0 ? <p>{t(m.previewConflicts, { count: preview.sheet.conflicts.length })}</p> : null}
            {preview.sheet.people.length === 0 ? <p>{t(m.previewNobody, { period: preview.period })}</p> : null}
            {preview.sheet.people.map((person) => (
              <article key={person.personId} aria-label={t(m.previewPerson, { name: person.name ?? person.personId, total: person.total })}>
                <h4>{t(m.previewPerson, { name: person.name ?? person.personId, total: person.total })}</h4>
                <ul>
                  {person.items.map((item) => (
                    <li key={item.itemId}>{item.explanation[locale]}</li>
                  ))}
                </ul>
                <p>{person.explanation[locale]}</p>
              </article>
            ))}
          </div>
        ) : null}
      </div>
    </section>
  );
}
