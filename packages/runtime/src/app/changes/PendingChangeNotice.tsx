import { useId } from 'react';
import type { FieldDefinition } from '../../engine/index.js';
import type { ProposedChangeView } from '../api/ChangeViews.js';
import { ChangeDiffTable } from './ChangeDiffTable.js';
import { useChangeText } from './changeMessages.js';

/** On a record page: a change waits for approval, with the values it proposes (the record shows the current ones). */
export function PendingChangeNotice({ change, fieldsById }: { readonly change: ProposedChangeView; readonly fieldsById: ReadonlyMap<string, FieldDefinition> }) {
  const { ct } = useChangeText();
  const headingId = useId();
  return (
    <section className="app-change-pending" aria-labelledby={headingId}>
      <p id={headingId} className="app-warning">
        {ct('pending')}
      </p>
      <ChangeDiffTable change={change} fieldsById={fieldsById} />
    </section>
  );
}
