import { useEffect, useState, type ReactNode } from 'react';
import { editorMessages as m } from '../../i18n/editorMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import type { FormPersistence } from '../../persistence/useFormPersistence.js';
import type { DesignerStore } from '../../store/createDesignerStore.js';
import { FormSettingsPanel } from '../properties/FormSettingsPanel.js';
import { PropertiesPanel } from '../properties/PropertiesPanel.js';
import { ValidationsPanel } from '../rules/ValidationsPanel.js';
import { Canvas } from './Canvas.js';
import { DesignerStoreContext } from './DesignerStoreContext.js';
import { EditorDndContext } from './EditorDndContext.js';
import { EditorToolbar } from './EditorToolbar.js';
import { ErrorBanner } from './ErrorBanner.js';
import { JsonView } from './JsonView.js';
import { Palette } from './Palette.js';
import { PersistenceNoticeBar } from './PersistenceNoticeBar.js';
import { PreviewDialog } from './PreviewDialog.js';
import { useUndoShortcuts } from './useUndoShortcuts.js';
import { VersionsDialog } from './VersionsDialog.js';

type SideTab = 'field' | 'form' | 'rules';
type Overlay = 'json' | 'preview' | 'versions' | null;

export interface FormEditorProps {
  readonly store: DesignerStore;
  readonly persistence?: FormPersistence;
  /** What the page has to say about the form as a whole (e.g. that it is archived), under the toolbar. */
  readonly banner?: ReactNode;
}

/** The form editor: toolbar, palette, canvas and the field / form / validation panels. */
export function FormEditor({ store, persistence, banner }: FormEditorProps) {
  const { t } = useLocale();
  const [tab, setTab] = useState<SideTab>('field');
  const [overlay, setOverlay] = useState<Overlay>(null);
  useUndoShortcuts(store);
  // Selecting a field on the canvas shows its settings, whichever tab was open. A subscription,
  // not a selector: re-rendering the editor on every click would re-render the whole canvas.
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.selectedId !== null && state.selectedId !== previous.selectedId) setTab('field');
      }),
    [store],
  );
  const tabs: readonly [SideTab, string][] = [
    ['field', t(m.fieldTab)],
    ['form', t(m.formTab)],
    ['rules', t(m.rulesTab)],
  ];
  return (
    <DesignerStoreContext.Provider value={store}>
      <div className="fw-editor">
        <EditorToolbar
          {...(persistence ? { persistence } : {})}
          onOpenJson={() => setOverlay('json')}
          onOpenPreview={() => setOverlay('preview')}
          onOpenVersions={() => setOverlay('versions')}
        />
        {banner}
        {persistence ? <PersistenceNoticeBar persistence={persistence} /> : null}
        <ErrorBanner />
        <EditorDndContext>
          <div className="fw-editor-body">
            <Palette />
            <Canvas />
            <aside className="fw-side">
              <div role="tablist" aria-label={t(m.fieldTab)}>
                {tabs.map(([id, label]) => (
                  <button key={id} type="button" role="tab" aria-selected={tab === id} onClick={() => setTab(id)}>
                    {label}
                  </button>
                ))}
              </div>
              <div role="tabpanel">
                {tab === 'field' ? <PropertiesPanel /> : tab === 'form' ? <FormSettingsPanel /> : <ValidationsPanel />}
              </div>
            </aside>
          </div>
        </EditorDndContext>
        {overlay === 'json' ? <JsonView onClose={() => setOverlay(null)} /> : null}
        {overlay === 'preview' ? <PreviewDialog onClose={() => setOverlay(null)} /> : null}
        {overlay === 'versions' ? (
          <VersionsDialog
            versions={persistence?.versions ?? []}
            {...(persistence ? { loadVersion: persistence.loadVersion, saveDraft: persistence.saveDraft } : {})}
            onClose={() => setOverlay(null)}
          />
        ) : null}
      </div>
    </DesignerStoreContext.Provider>
  );
}
