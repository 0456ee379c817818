import type { ScoringSchema } from '@formwork/runtime';
import { scoringMessages as m } from '../../i18n/scoringMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import type { ScoringStore } from '../../scoring/createScoringStore.js';
import type { SchemeProblem } from '../../scoring/problemsByItem.js';
import { weightSum } from '../../scoring/weightSum.js';
import { NumberSetting } from '../properties/NumberSetting.js';

export interface KpiItemListProps {
  readonly scheme: ScoringSchema;
  readonly selectedItemId: string | null;
  readonly problemsOf: (itemId: string) => readonly SchemeProblem[];
  readonly store: ScoringStore;
}

/**
 * The items in sheet order, each with its weight (an input named after the item), its problems,
 * and buttons to edit, move and remove it; the weights' sum under them, with a warning when it is
 * not 100 (a scheme may weigh otherwise on purpose, so it is a warning, not a fault). An item
 * weighing 0 is an observation item (观察指标): computed and shown on the sheet, never scored —
 * said beside its weight so that a 0 reads as meant, not as forgotten.
 */
export function KpiItemList({ scheme, selectedItemId, problemsOf, store }: KpiItemListProps) {
  const { t, locale } = useLocale();
  const sum = weightSum(scheme);
  return (
    <section className="fw-scoring-items" aria-labelledby="fw-scoring-items">
      <h3 id="fw-scoring-items">{t(m.items)}</h3>
      {scheme.items.length === 0 ? <p>{t(m.noItems)}</p> : null}
      <ol className="fw-list">
        {scheme.items.map((item, index) => {
          const problems = problemsOf(item.id);
          return (
            <li key={item.id} className={item.id === selectedItemId ? 'fw-selected' : undefined}>
              <button type="button" className="fw-btn-text" aria-pressed={item.id === selectedItemId} aria-label={t(m.editItem, { name: item.name })} onClick={() => store.getState().selectItem(item.id)}>
                {item.name}
              </button>
              <NumberSetting label={t(m.itemWeight, { name: item.name })} value={item.weight} min={0} step={1} onCommit={(weight) => store.getState().updateItem(item.id, { weight: weight ?? 0 })} />
              {item.weight === 0 ? <span className="fw-muted">{t(m.observationItem)}</span> : null}
              <button type="button" className="fw-btn-small" disabled={index === 0} aria-label={t(m.moveUp, { name: item.name })} onClick={() => store.getState().moveItem(item.id, -1)}>
                ↑
              </button>
              <button type="button" className="fw-btn-small" disabled={index === scheme.items.length - 1} aria-label={t(m.moveDown, { name: item.name })} onClick={() => store.getState().moveItem(item.id, 1)}>
                ↓
              </button>
              <button type="button" className="fw-btn-small" aria-label={t(m.removeItem, { name: item.name })} onClick={() => store.getState().removeItem(item.id)}>
                ✕
              </button>
              {problems.length > 0 ? (
                <ul className="fw-scoring-problems" aria-label={t(m.itemProblems, { name: item.name, count: problems.length })}>
                  {problems.map((problem) => (
                    <li key={`${problem.pointer}:${problem.code}`}>{problem.message[locale]}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
      <p role="status" className={sum === 100 ? 'fw-muted' : 'fw-warning'}>
        {sum === 100 || scheme.items.length === 0 ? t(m.weightSum, { sum }) : t(m.weightSumWarning, { sum })}
      </p>
      <button type="button" onClick={() => store.getState().addItem()}>
        {t(m.addItem)}
      </button>
    </section>
  );
}
