import { useState } from 'react';
import { workflowMessages as m } from '../../i18n/workflowMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import type { InsertableNode } from '../../workflow/commands/insertNode.js';

const choices: readonly { readonly type: InsertableNode; readonly label: typeof m.typeApproval }[] = [
  { type: 'approval', label: m.typeApproval },
  { type: 'cc', label: m.typeCc },
  { type: 'condition', label: m.typeCondition },
  { type: 'parallel', label: m.typeParallel },
];

/**
 * The "+" between two nodes: a disclosure button (named after where it adds) that shows the node
 * types as buttons; Escape closes it and gives focus back.
 */
export function AddNodeMenu({ label, onAdd }: { readonly label: string; readonly onAdd: (type: InsertableNode) => void }) {
  const { t } = useLocale();
  const [open, setOpen] = useState(false);
  return (
    <div
      className="fw-flow-add"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setOpen(false);
          event.currentTarget.querySelector('button')?.focus();
        }
      }}
    >
      <button type="button" className="fw-flow-add-button" aria-label={label} aria-expanded={open} onClick={() => setOpen(!open)}>
        +
      </button>
      {open ? (
        <ul className="fw-flow-add-menu" aria-label={t(m.nodeTypes)}>
          {choices.map(({ type, label: typeLabel }) => (
            <li key={type}>
              <button
                type="button"
                className="fw-btn-small"
                onClick={() => {
                  setOpen(false);
                  onAdd(type);
                }}
              >
                {t(typeLabel)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
