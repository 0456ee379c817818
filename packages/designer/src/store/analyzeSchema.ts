import { analyzeFormRules, type FormSchema } from '@formwork/runtime';

const analyses = new WeakMap<FormSchema, ReturnType<typeof analyzeFormRules>>();

/**
 * The engine's rule analysis of a document, computed once per document object. The store and
 * the canvas both ask for it after each change; documents are immutable, so a cache is safe.
 */
export function analyzeSchema(schema: FormSchema): ReturnType<typeof analyzeFormRules> {
  let analysis = analyses.get(schema);
  if (!analysis) {
    analysis = analyzeFormRules(schema);
    analyses.set(schema, analysis);
  }
  return analysis;
}
