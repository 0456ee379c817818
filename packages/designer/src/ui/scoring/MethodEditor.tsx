import type { ScoringMethod } from '@formwork/runtime';
import { scoringMessages as m } from '../../i18n/scoringMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { NumberSetting } from '../properties/NumberSetting.js';
import { SelectSetting } from '../properties/SelectSetting.js';
import { TextSetting } from '../properties/TextSetting.js';

const kinds: readonly { readonly value: ScoringMethod['kind']; readonly label: keyof typeof m }[] = [
  { value: 'ratio', label: 'methodRatio' },
  { value: 'percentage', label: 'methodPercentage' },
  { value: 'tiers', label: 'methodTiers' },
  { value: 'grades', label: 'methodGrades' },
  { value: 'inverse', label: 'methodInverse' },
  { value: 'deduction', label: 'methodDeduction' },
];

/**
 * How the actual value becomes points: a ratio or percentage with an optional cap, a tier table,
 * a grade table, an inverse ratio, or a deduction per unit. Switching method starts from a usual
 * table (80 % → 80, 100 % → 100; 优秀 100 / 良好 80 / 合格 60).
 */
export function MethodEditor({ method, onChange }: { readonly method: ScoringMethod; readonly onChange: (method: ScoringMethod) => void }) {
  const { t, locale } = useLocale();
  const starter = (kind: ScoringMethod['kind']): ScoringMethod => {
    switch (kind) {
      case 'ratio':
      case 'percentage':
      case 'inverse':
        return { kind };
      case 'tiers':
        return { kind, basis: 'achievement', tiers: [{ min: 80, percent: 80 }, { min: 100, percent: 100 }] };
      case 'grades':
        return { kind, grades: [{ grade: m.gradeExcellent[locale], percent: 100 }, { grade: m.gradeGood[locale], percent: 80 }, { grade: m.gradePass[locale], percent: 60 }] };
      case 'deduction':
        return { kind, perUnit: 1 };
    }
  };
  return (
    <fieldset>
      <legend>{t(m.method)}</legend>
      <SelectSetting label={t(m.method)} value={method.kind} options={kinds.map(({ value, label }) => ({ value, label: t(m[label]) }))} onChange={(kind) => kind !== '' && kind !== method.kind && onChange(starter(kind))} />
      {method.kind === 'ratio' || method.kind === 'percentage' || method.kind === 'inverse' ? (
        <NumberSetting label={t(m.cap)} value={method.cap} min={0} onCommit={(cap) => onChange(cap === undefined ? { kind: method.kind } : { kind: method.kind, cap })} />
      ) : null}
      {method.kind === 'deduction' ? <NumberSetting label={t(m.perUnit)} value={method.perUnit} min={0} onCommit={(perUnit) => onChange({ kind: 'deduction', perUnit: perUnit ?? 0 })} /> : null}
      {method.kind === 'tiers' ? (
        <>
          <SelectSetting
            label={t(m.tierBasis)}
            value={method.basis}
            options={[
              { value: 'achievement', label: t(m.basisAchievement) },
              { value: 'value', label: t(m.basisValue) },
            ]}
            onChange={(basis) => basis !== '' && onChange({ ...method, basis })}
          />
          <ol>
            {method.tiers.map((tier, index) => (
              <li key={index}>
                <NumberSetting label={t(m.tierMin, { n: index + 1 })} value={tier.min} onCommit={(min) => onChange({ ...method, tiers: method.tiers.map((one, at) => (at === index ? { ...one, min: min ?? 0 } : one)) })} />
                <NumberSetting label={t(m.tierPercent, { n: index + 1 })} value={tier.percent} min={0} onCommit={(percent) => onChange({ ...method, tiers: method.tiers.map((one, at) => (at === index ? { ...one, percent: percent ?? 0 } : one)) })} />
                <button type="button" className="fw-btn-small" aria-label={t(m.removeTier, { n: index + 1 })} onClick={() => onChange({ ...method, tiers: method.tiers.filter((_, at) => at !== index) })}>
                  ✕
                </button>
              </li>
            ))}
          </ol>
          <button type="button" className="fw-btn-small" onClick={() => onChange({ ...method, tiers: [...method.tiers, { min: (method.tiers.at(-1)?.min ?? 0) + 10, percent: 100 }] })}>
            {t(m.addTier)}
          </button>
        </>
      ) : null}
      {method.kind === 'grades' ? (
        <>
          <ol>
            {method.grades.map((grade, index) => (
              <li key={index}>
                <TextSetting label={t(m.gradeName, { n: index + 1 })} value={grade.grade} onCommit={(name) => onChange({ ...method, grades: method.grades.map((one, at) => (at === index ? { ...one, grade: name.trim() } : one)) })} />
                <NumberSetting label={t(m.gradePercent, { n: index + 1 })} value={grade.percent} min={0} onCommit={(percent) => onChange({ ...method, grades: method.grades.map((one, at) => (at === index ? { ...one, percent: percent ?? 0 } : one)) })} />
                <button type="button" className="fw-btn-small" aria-label={t(m.removeGrade, { n: index + 1 })} onClick={() => onChange({ ...method, grades: method.grades.filter((_, at) => at !== index) })}>
                  ✕
                </button>
              </li>
            ))}
          </ol>
          <button type="button" className="fw-btn-small" onClick={() => onChange({ ...method, grades: [...method.grades, { grade: '', percent: 0 }] })}>
            {t(m.addGrade)}
          </button>
        </>
      ) : null}
    </fieldset>
  );
}
