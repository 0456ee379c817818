import type { ScoringSchema, WeightSet } from '@formwork/runtime';
import { scoringMessages as m } from '../../i18n/scoringMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { NumberSetting } from '../properties/NumberSetting.js';
import { TextSetting } from '../properties/TextSetting.js';

/**
 * Dated weight sets: from a period on (`2026-Q3`), items weigh as the set says until the next set
 * starts; an item a set leaves empty keeps its own weight, 0 takes it out for the stage.
 */
export function WeightSetsEditor({ scheme, onChange }: { readonly scheme: ScoringSchema; readonly onChange: (sets: readonly WeightSet[]) => void }) {
  const { t } = useLocale();
  const sets = scheme.weightSets ?? [];
  const change = (index: number, patch: Partial<WeightSet>): void => onChange(sets.map((set, at) => (at === index ? { ...set, ...patch } : set)));
  return (
    <section className="fw-scoring-weight-sets" aria-labelledby="fw-scoring-weight-sets">
      <h3 id="fw-scoring-weight-sets">{t(m.weightSets)}</h3>
      <ol>
        {sets.map((set, index) => (
          <li key={index}>
            <TextSetting label={t(m.weightSetName, { n: index + 1 })} value={set.name} onCommit={(name) => change(index, { name: name.trim() })} />
            <TextSetting label={t(m.weightSetFrom, { n: index + 1 })} value={set.from} onCommit={(from) => change(index, { from: from.trim() })} />
            {scheme.items.map((item) => (
              <NumberSetting
                key={item.id}
                label={t(m.weightSetWeight, { n: index + 1, name: item.name })}
                value={set.weights[item.id]}
                min={0}
                onCommit={(weight) => {
                  const { [item.id]: _old, ...others } = set.weights;
                  change(index, { weights: weight === undefined ? others : { ...others, [item.id]: weight } });
                }}
              />
            ))}
            <button type="button" className="fw-btn-small" aria-label={t(m.removeWeightSet, { n: index + 1 })} onClick={() => onChange(sets.filter((_, at) => at !== index))}>
              ✕
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="fw-btn-small" onClick={() => onChange([...sets, { name: t(m.newStage), from: '', weights: {} }])}>
        {t(m.addWeightSet)}
      </button>
    </section>
  );
}
