import type { GradeBand } from '@formwork/runtime';
import { scoringMessages as m } from '../../i18n/scoringMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { NumberSetting } from '../properties/NumberSetting.js';
import { TextSetting } from '../properties/TextSetting.js';

/** The grades a total earns: each band's name and lowest total (the highest band reached wins). */
export function GradeBandsEditor({ bands, onChange }: { readonly bands: readonly GradeBand[]; readonly onChange: (bands: readonly GradeBand[]) => void }) {
  const { t } = useLocale();
  const change = (index: number, patch: Partial<GradeBand>): void => onChange(bands.map((band, at) => (at === index ? { ...band, ...patch } : band)));
  return (
    <section className="fw-scoring-bands" aria-labelledby="fw-scoring-bands">
      <h3 id="fw-scoring-bands">{t(m.bands)}</h3>
      <ol>
        {bands.map((band, index) => (
          <li key={index}>
            <TextSetting label={t(m.bandGrade, { n: index + 1 })} value={band.grade} onCommit={(grade) => change(index, { grade: grade.trim() })} />
            <NumberSetting label={t(m.bandMin, { n: index + 1 })} value={band.min} onCommit={(min) => change(index, { min: min ?? 0 })} />
            <button type="button" className="fw-btn-small" aria-label={t(m.removeBand, { n: index + 1 })} onClick={() => onChange(bands.filter((_, at) => at !== index))}>
              ✕
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="fw-btn-small" onClick={() => onChange([...bands, { grade: '', min: 0 }])}>
        {t(m.addBand)}
      </button>
    </section>
  );
}
