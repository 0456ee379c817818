import { useStore } from 'zustand';
import { scoringMessages as m } from '../../i18n/scoringMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { DocumentToolbar } from '../editor/DocumentToolbar.js';
import type { ScoringSession } from '../../scoring/createScoringSession.js';
import type { ScoringStore } from '../../scoring/createScoringStore.js';

/** Undo, redo, save the draft, publish; what the last save or publish came to; the published versions. */
export function ScoringToolbar({ store, session }: { readonly store: ScoringStore; readonly session: ScoringSession }) {
  const { t, locale } = useLocale();
  const phase = useStore(session.state);
  const canUndo = useStore(store, (state) => state.history.past.length > 0);
  const canRedo = useStore(store, (state) => state.history.future.length > 0);
  const dirty = useStore(store, (state) => state.scheme !== state.savedScheme);
  if (phase.phase !== 'ready') return null;
  const versions = phase.versions.map((version) => `v${String(version.version)} (${new Date(version.publishedAt).toLocaleDateString(locale)})`).join(', ');
  return (
    <>
      <DocumentToolbar
        messages={m}
        canUndo={canUndo}
        canRedo={canRedo}
        onUndo={() => store.getState().undo()}
        onRedo={() => store.getState().redo()}
        busy={phase.busy}
        onSave={() => void session.save()}
        onPublish={() => void session.publish()}
        dirty={dirty}
        notice={phase.notice?.kind === 'ok' ? phase.notice.text : null}
        shortcuts
      >
        <span className="fw-muted">{versions === '' ? t(m.noVersions) : t(m.versions, { list: versions })}</span>
      </DocumentToolbar>
      {phase.notice?.kind === 'error' ? (
        <div role="alert">
          <p>{t(phase.notice.text)}</p>
          {phase.faults.length > 0 ? (
            <ul>
              {phase.faults.map((fault) => (
                <li key={`${fault.pointer}:${fault.code}`}>
                  {fault.pointer}: {fault.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
