import { scoringFormIds } from '@formwork/runtime';
import { useEffect, useMemo, type RefObject } from 'react';
import { useStore } from 'zustand';
import type { ApiClient } from '../../api/createApiClient.js';
import type { WorkflowFault } from '../../api/WorkflowApi.js';
import { scoringMessages as m } from '../../i18n/scoringMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import type { ScoringSession } from '../../scoring/createScoringSession.js';
import type { ScoringStore } from '../../scoring/createScoringStore.js';
import { placeProblems, problemsByItem, type SchemeProblem } from '../../scoring/problemsByItem.js';
import { useUndoShortcuts } from '../editor/useUndoShortcuts.js';
import { GradeBandsEditor } from './GradeBandsEditor.js';
import { KpiItemList } from './KpiItemList.js';
import { KpiItemPanel } from './KpiItemPanel.js';
import { SchemeSettingsPanel } from './SchemeSettingsPanel.js';
import { ScoringPreviewPanel } from './ScoringPreviewPanel.js';
import { ScoringToolbar } from './ScoringToolbar.js';
import { useAppForms } from './useAppForms.js';
import { WeightSetsEditor } from './WeightSetsEditor.js';

const noFaults: readonly WorkflowFault[] = [];

export interface ScoringDesignerProps {
  readonly api: Pick<ApiClient, 'listForms' | 'getForm' | 'listDepartments' | 'listRoles'>;
  readonly appId: string;
  readonly store: ScoringStore;
  readonly session: ScoringSession;
  readonly headingRef?: RefObject<HTMLHeadingElement | null>;
}

/**
 * The scoring scheme editor: toolbar (undo, redo, save, publish), the scheme's settings (period,
 * scope, trial), the items with their weights and sum, the selected item's source, target and
 * method, the grade bands and weights by stage, and a preview of the saved draft for a period.
 * The engine's checks run on every edit and show on the item they concern; the server's refusals
 * (a form or field it does not have) show in the toolbar's alert.
 */
export function ScoringDesigner({ api, appId, store, session, headingRef }: ScoringDesignerProps) {
  const { t, locale } = useLocale();
  const phase = useStore(session.state);
  const scheme = useStore(store, (state) => state.scheme);
  const selectedItemId = useStore(store, (state) => state.selectedItemId);
  const lastError = useStore(store, (state) => state.lastError);
  const namedForms = useMemo(() => scoringFormIds(scheme), [scheme]);
  const { forms, error: formsError } = useAppForms(api, appId, namedForms);
  useUndoShortcuts(store);
  useEffect(() => store.getState().setLocale(locale), [locale, store]);
  useEffect(() => {
    if (session.state.getState().phase === 'loading') void session.load();
  }, [session]);
  // The server's faults (a form or field it does not have) count while the scheme is the one it refused.
  const serverFaults = phase.phase === 'ready' && phase.faultsFor === scheme ? phase.faults : noFaults;
  const problems = useMemo(() => {
    const local = problemsByItem(scheme);
    const extra = serverFaults
      .filter((fault) => !local.some((problem) => problem.pointer === fault.pointer && problem.code === fault.code))
      .map((fault) => ({ pointer: fault.pointer, code: fault.code, message: { 'zh-CN': fault.message, en: fault.message } }));
    return [...local, ...placeProblems(scheme, extra)];
  }, [scheme, serverFaults]);

  if (phase.phase === 'loading') return <p>{t(m.loading)}</p>;
  if (phase.phase === 'failed') return <p role="alert">{t(phase.reason)}</p>;

  const selected = scheme.items.find((item) => item.id === selectedItemId);
  const schemeProblems = problems.filter((problem) => problem.itemId === null);
  const problemsOf = (itemId: string): readonly SchemeProblem[] => problems.filter((problem) => problem.itemId === itemId);
  return (
    <section className="fw-scoring-designer" aria-labelledby="fw-scoring-title">
      <h2 id="fw-scoring-title" ref={headingRef} tabIndex={-1}>
        {scheme.title}
      </h2>
      <ScoringToolbar store={store} session={session} />
      {lastError ? <p role="alert">{t(lastError)}</p> : null}
      {formsError ? <p role="alert">{t(m.requestFailed, { message: formsError })}</p> : null}
      {schemeProblems.length > 0 ? (
        <div role="group" aria-label={t(m.schemeProblems)} className="fw-scoring-problems">
          <ul>
            {schemeProblems.map((problem) => (
              <li key={`${problem.pointer}:${problem.code}`}>{problem.message[locale]}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="fw-scoring-layout">
        <SchemeSettingsPanel api={api} scheme={scheme} onChange={(patch) => store.getState().setSchemeSettings(patch)} />
        <KpiItemList scheme={scheme} selectedItemId={selectedItemId} problemsOf={problemsOf} store={store} />
        {selected ? <KpiItemPanel key={selected.id} item={selected} scheme={scheme} forms={forms ?? []} problems={problemsOf(selected.id)} store={store} /> : null}
        <GradeBandsEditor bands={scheme.bands ?? []} onChange={(bands) => store.getState().setSchemeSettings({ bands })} />
        <WeightSetsEditor scheme={scheme} onChange={(weightSets) => store.getState().setSchemeSettings({ weightSets })} />
        <ScoringPreviewPanel session={session} preview={phase.preview} busy={phase.busy} scheme={scheme} />
      </div>
    </section>
  );
}
