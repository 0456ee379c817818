import type { DepartmentNode } from '../../api/ApiTypes.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { orgMessages as m } from '../../i18n/orgMessages.js';

export interface DepartmentListProps {
  readonly nodes: readonly DepartmentNode[];
  /** A manager's name by user id. */
  readonly nameOf: (userId: string) => string | undefined;
  readonly onOpen: (department: DepartmentNode) => void;
  /** The outermost list's name; nested lists are named by the button above them. */
  readonly label?: string;
}

/**
 * The department tree as nested lists of buttons, each named by its department: Tab walks it in
 * reading order and Enter opens the department. Screen readers announce the nesting as lists in
 * lists, which is what a tree of this size needs (no roving focus to learn).
 */
export function DepartmentList({ nodes, nameOf, onOpen, label }: DepartmentListProps) {
  const { t } = useLocale();
  return (
    <ul className="fw-org-tree" {...(label ? { 'aria-label': label } : {})}>
      {nodes.map((node) => {
        const manager = node.managerId ? nameOf(node.managerId) : undefined;
        return (
          <li key={node.id}>
            <span className="fw-org-tree-row">
              <button type="button" className="fw-btn-text" onClick={() => onOpen(node)}>
                {node.name}
              </button>
              {manager ? <span className="fw-muted">{t(m.managedBy, { name: manager })}</span> : null}
            </span>
            {node.children && node.children.length > 0 ? <DepartmentList nodes={node.children} nameOf={nameOf} onOpen={onOpen} /> : null}
          </li>
        );
      })}
    </ul>
  );
}
