import { parseScoringSchema, type DocumentIssue, type ScoringSchema } from '@formwork/runtime';

/** A fault of the draft where the designer shows it: on an item (by id), or on the scheme. */
export interface SchemeProblem {
  readonly itemId: string | null;
  readonly pointer: string;
  readonly code: string;
  readonly message: DocumentIssue['message'];
}

/**
 * The faults the engine's document checks (`parseScoringSchema`: meta-schema, methods, formulas,
 * weight sets, periods) find in a draft, each put on the item its pointer leads into
 * (`/items/2/…` on the third item, `/weightSets/0/weights/k_a` on item `k_a`), anything else on
 * the scheme. No faults: the server will take the draft, forms and fields permitting.
 *
 * @example
 * problemsByItem(scheme) // [{ itemId: 'k_1', pointer: '/items/0/source/formId', code: 'minLength', message: { … } }]
 */
export function problemsByItem(scheme: ScoringSchema): SchemeProblem[] {
  const parsed = parseScoringSchema(scheme);
  return parsed.ok ? [] : placeProblems(scheme, parsed.errors);
}

/**
 * Puts faults on the items their pointers lead into, as `problemsByItem` does: also for the faults
 * the server adds (a form or field it does not have), whose messages come in one language.
 */
export function placeProblems(scheme: ScoringSchema, issues: readonly DocumentIssue[]): SchemeProblem[] {
  return issues.map((issue) => {
    const [, list, position, , weighted] = issue.pointer.split('/');
    let itemId: string | null = null;
    if (list === 'items') itemId = scheme.items[Number(position)]?.id ?? null;
    else if (list === 'weightSets' && weighted !== undefined && scheme.items.some((item) => item.id === weighted)) itemId = weighted;
    return { itemId, pointer: issue.pointer, code: issue.code, message: issue.message };
  });
}
