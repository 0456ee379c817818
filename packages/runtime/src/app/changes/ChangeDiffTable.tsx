import type { FieldDefinition } from '../../engine/index.js';
import type { ChangeLineView, ProposedChangeView } from '../api/ChangeViews.js';
import { formatCell } from '../records/formatCell.js';
import { useChangeText } from './changeMessages.js';

/**
 * A proposed change as a table — field, before, after — captioned with its proposer and followed
 * by their reason. Values are formatted as the record list formats them, as text: nothing the
 * proposer typed is ever rendered as markup.
 */
export function ChangeDiffTable({ change, fieldsById }: { readonly change: ProposedChangeView; readonly fieldsById: ReadonlyMap<string, FieldDefinition> }) {
  const { locale, ct } = useChangeText();
  const show = (line: ChangeLineView, value: unknown): string => formatCell(fieldsById.get(line.fieldId), value, locale) || ct('empty');
  return (
    <div className="app-change">
      <table className="app-table app-change__diff">
        <caption>{change.proposedByName === null ? ct('diffCaptionAnonymous') : ct('diffCaption', { name: change.proposedByName })}</caption>
        <thead>
          <tr>
            <th scope="col">{ct('colField')}</th>
            <th scope="col">{ct('colBefore')}</th>
            <th scope="col">{ct('colAfter')}</th>
          </tr>
        </thead>
        <tbody>
          {change.diff.map((line) => (
            <tr key={line.fieldId}>
              <th scope="row">{line.label}</th>
              <td>{show(line, line.before)}</td>
              <td>{show(line, line.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {change.reason !== null && <p className="app-muted">{ct('reason', { reason: change.reason })}</p>}
    </div>
  );
}
