import type { FieldDefinition } from '../../engine/index.js';
import { changeTranslator } from '../changes/changeMessages.js';
import type { AppMessageKey } from '../i18n/appMessages.js';
import { useLocale } from '../i18n/LocaleContext.js';
import { useAppSession } from '../shell/AppSession.js';
import { LoadFailure } from '../shell/LoadFailure.js';
import { useAsync } from '../shell/useAsync.js';
import { describeSubformChange } from './describeSubformChange.js';
import { formatCell } from './formatCell.js';

const knownActions = new Set(['create', 'update', 'delete', 'restore', 'convert']);

/** Who changed what, when and why, newest first. Values and reasons shown as text, never markup. */
export function RecordHistory({ recordId, round, fieldsById }: { readonly recordId: string; readonly round: number; readonly fieldsById: ReadonlyMap<string, FieldDefinition> }) {
  const { api } = useAppSession();
  const { locale, t } = useLocale();
  const history = useAsync(() => api.history(recordId), `${recordId}|${round}`);
  return (
    <section className="app-card app-history" aria-labelledby="history-title">
      <h2 id="history-title">{t('history')}</h2>
      {history.status === 'loading' && <p aria-busy="true">{t('loading')}</p>}
      {history.status === 'error' && <LoadFailure error={history.error} onRetry={history.reload} />}
      {history.status === 'ready' && history.value.length === 0 && <p className="app-muted">{t('historyEmpty')}</p>}
      {history.status === 'ready' && history.value.length > 0 && (
        <ol className="app-history__list">
          {[...history.value].reverse().map((entry) => (
            <li key={`${entry.version}-${entry.at}-${entry.action}`}>
              <div>
                <strong>{entry.actorName ?? entry.actorId ?? t('system')}</strong>{' '}
                {knownActions.has(entry.action) ? t(`action_${entry.action}` as AppMessageKey) : entry.action}{' '}
                {typeof entry.approvedBy === 'string' && <>{changeTranslator(locale)('approvedBy', { name: entry.approverName ?? entry.approvedBy })} </>}
                <time className="app-muted" dateTime={entry.at}>
                  {new Date(entry.at).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' })}
                </time>
              </div>
              {typeof entry.reason === 'string' && entry.reason.trim() !== '' && (
                <p className="app-history__reason">{t('historyReason', { reason: entry.reason })}</p>
              )}
              {entry.action !== 'create' && entry.changes && entry.changes.length > 0 && (
                <ul className="app-history__changes">
                  {entry.changes.map((change) => {
                    const field = fieldsById.get(change.fieldId);
                    const rows = describeSubformChange(field, change.from, change.to, locale, t);
                    if (rows) {
                      return (
                        <li key={change.fieldId}>
                          {field?.label ?? change.fieldId}
                          <ul className="app-history__rows">
                            {rows.map((line, index) => (
                              <li key={index}>{line}</li>
                            ))}
                          </ul>
                        </li>
                      );
                    }
                    return (
                      <li key={change.fieldId}>
                        {t('historyChange', {
                          field: field?.label ?? change.fieldId,
                          from: formatCell(field, change.from, locale) || t('empty'),
                          to: formatCell(field, change.to, locale) || t('empty'),
                        })}
                      </li>
                    );
                  })}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
