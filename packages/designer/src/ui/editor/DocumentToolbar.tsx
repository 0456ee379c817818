import type { LocalizedText } from '@formwork/runtime';
import type { ReactNode } from 'react';
import { useLocale } from '../../i18n/LocaleContext.js';

/** What a document toolbar says; the workflow, scoring and dashboard catalogues each have these. */
export interface DocumentToolbarMessages {
  /** The toolbar's accessible name, e.g. 流程工具栏. */
  readonly toolbar: LocalizedText;
  readonly undo: LocalizedText;
  readonly redo: LocalizedText;
  readonly save: LocalizedText;
  readonly publish: LocalizedText;
  readonly unsaved: LocalizedText;
}

export interface DocumentToolbarProps {
  readonly messages: DocumentToolbarMessages;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  /** A save or publish is under way: both wait for it. */
  readonly busy: boolean;
  readonly onSave: () => void;
  readonly onPublish: () => void;
  /** Edits since the last save: the status says so, before any notice. */
  readonly dirty: boolean;
  /** What the last save or publish came to, when it went well (failures are the designer's alert). */
  readonly notice: LocalizedText | null;
  /** Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z undo and redo too (`useUndoShortcuts`): the buttons say so. */
  readonly shortcuts?: boolean;
  /** More after the status, e.g. the published versions. */
  readonly children?: ReactNode;
}

/**
 * Undo, redo, save the draft and publish, with a live status — the same bar over every versioned
 * document the designer edits (workflows, scoring schemes, dashboards), so each designer only says
 * its words and wires its session.
 */
export function DocumentToolbar({ messages: m, canUndo, canRedo, onUndo, onRedo, busy, onSave, onPublish, dirty, notice, shortcuts = false, children }: DocumentToolbarProps) {
  const { t } = useLocale();
  return (
    <div role="toolbar" aria-label={t(m.toolbar)} className="fw-toolbar">
      <button type="button" disabled={!canUndo} aria-keyshortcuts={shortcuts ? 'Control+Z Meta+Z' : undefined} onClick={onUndo}>
        {t(m.undo)}
      </button>
      <button type="button" disabled={!canRedo} aria-keyshortcuts={shortcuts ? 'Control+Shift+Z Meta+Shift+Z' : undefined} onClick={onRedo}>
        {t(m.redo)}
      </button>
      <button type="button" disabled={busy} onClick={onSave}>
        {t(m.save)}
      </button>
      <button type="button" className="fw-btn-primary" disabled={busy} onClick={onPublish}>
        {t(m.publish)}
      </button>
      <span role="status" className="fw-muted">
        {dirty ? t(m.unsaved) : notice ? t(notice) : ''}
      </span>
      {children}
    </div>
  );
}
