import { editorMessages as m } from '../../i18n/editorMessages.js';
import { persistenceMessages as pm } from '../../i18n/persistenceMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import type { FormPersistence } from '../../persistence/useFormPersistence.js';
import { useDesigner } from './DesignerStoreContext.js';

export interface EditorToolbarProps {
  readonly persistence?: FormPersistence;
  readonly onOpenJson: () => void;
  readonly onOpenPreview: () => void;
  readonly onOpenVersions: () => void;
}

/** Undo, redo, JSON view, preview, save draft, publish and versions. */
export function EditorToolbar({ persistence, onOpenJson, onOpenPreview, onOpenVersions }: EditorToolbarProps) {
  const { t } = useLocale();
  const canUndo = useDesigner((state) => state.history.past.length > 0);
  const canRedo = useDesigner((state) => state.history.future.length > 0);
  const dirty = useDesigner((state) => state.schema !== state.savedSchema);
  const undo = useDesigner((state) => state.undo);
  const redo = useDesigner((state) => state.redo);
  const busy = persistence?.busy ?? null;
  return (
    <div role="toolbar" aria-label={t(m.toolbar)} className="fw-toolbar">
      <button type="button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z Meta+Z">
        {t(m.undo)}
      </button>
      <button type="button" onClick={redo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z">
        {t(m.redo)}
      </button>
      <span className="fw-toolbar-separator" aria-hidden="true" />
      <button type="button" onClick={onOpenJson}>
        {t(m.jsonView)}
      </button>
      <button type="button" onClick={onOpenPreview}>
        {t(m.preview)}
      </button>
      {persistence ? (
        <button type="button" onClick={onOpenVersions}>
          {t(m.versions)}
        </button>
      ) : null}
      <span className="fw-status" role="status" data-dirty={dirty}>
        {dirty ? t(m.unsaved) : t(m.allSaved)}
      </span>
      {persistence ? (
        <>
          <button type="button" onClick={() => void persistence.saveDraft()} disabled={busy !== null}>
            {busy === 'saving' ? t(pm.saving) : t(m.saveDraft)}
          </button>
          <button type="button" className="fw-btn-primary" onClick={() => void persistence.publish()} disabled={busy !== null}>
            {busy === 'publishing' ? t(pm.publishing) : t(m.publish)}
          </button>
        </>
      ) : null}
    </div>
  );
}
