import type { FieldDefinition, RecordData } from '../../engine/index.js';
import type { RecordView } from '../api/ApiViews.js';
import { useLocale } from '../i18n/LocaleContext.js';
import { formatCell } from './formatCell.js';

/**
 * A stale edit, reported rather than lost: the fields where the user's values and the latest
 * version differ, side by side, with "save mine over it" and "discard mine". The user's values
 * stay in the form meanwhile.
 */
export function StaleEditNotice({
  theirs,
  mine,
  fieldsById,
  onOverwrite,
  onDiscard,
}: {
  readonly theirs: RecordView;
  readonly mine: RecordData;
  readonly fieldsById: ReadonlyMap<string, FieldDefinition>;
  readonly onOverwrite: () => void;
  readonly onDiscard: () => void;
}) {
  const { locale, t } = useLocale();
  const ids = [...new Set([...Object.keys(theirs.data), ...Object.keys(mine)])].filter(
    (id) => fieldsById.has(id) && JSON.stringify(theirs.data[id]) !== JSON.stringify(mine[id]),
  );
  return (
    <div className="app-conflict" role="alert">
      <h2>{t('staleTitle')}</h2>
      <p>{t('staleBody')}</p>
      <table className="app-table">
        <thead>
          <tr>
            <th scope="col">{t('staleField')}</th>
            <th scope="col">{t('staleTheirs')}</th>
            <th scope="col">{t('staleMine')}</th>
          </tr>
        </thead>
        <tbody>
          {ids.map((id) => {
            const field = fieldsById.get(id);
            return (
              <tr key={id}>
                <th scope="row">{field?.label ?? id}</th>
                <td>{formatCell(field, theirs.data[id], locale) || t('empty')}</td>
                <td>{formatCell(field, mine[id], locale) || t('empty')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="app-actions">
        <button type="button" className="fw-button fw-button--primary" onClick={onOverwrite}>
          {t('staleOverwrite')}
        </button>
        <button type="button" className="fw-button" onClick={onDiscard}>
          {t('staleReload')}
        </button>
      </div>
    </div>
  );
}
