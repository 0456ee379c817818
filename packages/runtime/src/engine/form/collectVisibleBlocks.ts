import type { FormPlan } from './FormPlan.js';

/** Visibility by node id, as evaluation keeps it: an id without an entry always shows. */
type VisibilityMap = Readonly<Record<string, boolean>>;

/**
 * Adds to `visible` the pointers of the layout blocks that show: sections (`/<id>`) and
 * description blocks (`/<id>`, or `/<subformId>/<row>/<id>` for one in a subform's rows).
 * `rowsOf` gives a subform's rows in order. What `FormSession.isVisible` answers for the same
 * pointers, so that a full evaluation and a session agree.
 */
export function collectVisibleBlocks(
  plan: FormPlan,
  shown: VisibilityMap,
  rowsOf: (subformId: string) => readonly { readonly visible: VisibilityMap }[] | undefined,
  visible: Set<string>,
): void {
  for (const id of plan.index.sectionsById.keys()) if (shown[id] !== false) visible.add(`/${id}`);
  for (const [id, entry] of plan.index.descriptionsById) {
    const subformId = entry.subform?.id;
    if (subformId === undefined) {
      if (shown[id] !== false) visible.add(`/${id}`);
      continue;
    }
    if (shown[subformId] === false) continue;
    (rowsOf(subformId) ?? []).forEach((row, index) => {
      if (row.visible[id] !== false) visible.add(`/${subformId}/${index}/${id}`);
    });
  }
}
