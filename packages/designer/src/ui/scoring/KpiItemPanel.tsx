import type { KpiItem, KpiSource, ScoringSchema } from '@formwork/runtime';
import { scoringMessages as m } from '../../i18n/scoringMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import type { ScoringStore } from '../../scoring/createScoringStore.js';
import type { SchemeProblem } from '../../scoring/problemsByItem.js';
import { SelectSetting } from '../properties/SelectSetting.js';
import { TextSetting } from '../properties/TextSetting.js';
import { AggregateSourceEditor } from './AggregateSourceEditor.js';
import { DerivedSourceEditor } from './DerivedSourceEditor.js';
import { ManualSourceEditor } from './ManualSourceEditor.js';
import { MethodEditor } from './MethodEditor.js';
import { TargetEditor } from './TargetEditor.js';
import type { ScoringForm } from './useAppForms.js';

export interface KpiItemPanelProps {
  readonly item: KpiItem;
  readonly scheme: ScoringSchema;
  readonly forms: readonly ScoringForm[];
  readonly problems: readonly SchemeProblem[];
  readonly store: ScoringStore;
}

/** The selected item: name and unit, where its value comes from, its target and method, and what the engine still finds wrong with it. */
export function KpiItemPanel({ item, scheme, forms, problems, store }: KpiItemPanelProps) {
  const { t, locale } = useLocale();
  const update = store.getState().updateItem;
  const changeKind = (kind: KpiSource['kind']): void => {
    if (kind === item.source.kind) return;
    if (kind === 'aggregate') update(item.id, { source: { kind, formId: '', aggregate: 'count', personField: '', dateField: '' } });
    else if (kind === 'manual') update(item.id, { source: { kind, formId: '', personField: '', periodField: '', field: '' }, method: { kind: 'grades', grades: [{ grade: m.gradeExcellent[locale], percent: 100 }, { grade: m.gradeGood[locale], percent: 80 }, { grade: m.gradePass[locale], percent: 60 }] }, target: null });
    else update(item.id, { source: { kind, inputs: [], formula: 0 } });
  };
  const source = item.source;
  return (
    <section className="fw-scoring-item" aria-label={t(m.itemPanel, { name: item.name })}>
      <h4>{t(m.itemPanel, { name: item.name })}</h4>
      {problems.length > 0 ? (
        <ul role="group" aria-label={t(m.itemProblems, { name: item.name, count: problems.length })} className="fw-scoring-problems">
          {problems.map((problem) => (
            <li key={`${problem.pointer}:${problem.code}`}>{problem.message[locale]}</li>
          ))}
        </ul>
      ) : null}
      <TextSetting label={t(m.itemNameLabel)} value={item.name} onCommit={(name) => name.trim() !== '' && update(item.id, { name: name.trim() })} />
      <TextSetting label={t(m.unit)} value={item.unit} onCommit={(unit) => update(item.id, { unit })} />
      <fieldset>
        <legend>{t(m.source)}</legend>
        <SelectSetting
          label={t(m.source)}
          value={source.kind}
          options={[
            { value: 'aggregate', label: t(m.sourceAggregate) },
            { value: 'derived', label: t(m.sourceDerived) },
            { value: 'manual', label: t(m.sourceManual) },
          ]}
          onChange={(kind) => kind !== '' && changeKind(kind)}
        />
        {source.kind === 'aggregate' ? <AggregateSourceEditor forms={forms} source={source} onChange={(next) => update(item.id, { source: { kind: 'aggregate', ...next } })} /> : null}
        {source.kind === 'derived' ? <DerivedSourceEditor forms={forms} items={scheme.items.filter((other) => other.id !== item.id)} source={source} onChange={(next) => update(item.id, { source: next })} /> : null}
        {source.kind === 'manual' ? <ManualSourceEditor forms={forms} source={source} onChange={(next) => update(item.id, { source: next })} /> : null}
      </fieldset>
      <TargetEditor target={item.target} forms={forms} onChange={(target) => update(item.id, { target })} />
      <MethodEditor method={item.method} onChange={(method) => update(item.id, { method })} />
    </section>
  );
}
