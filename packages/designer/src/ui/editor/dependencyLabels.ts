import { walkFields, type FormSchema } from '@formwork/runtime';
import { analyzeSchema } from '../../store/analyzeSchema.js';

const cache = new WeakMap<FormSchema, ReadonlyMap<string, readonly string[]>>();
const NONE: readonly string[] = [];

/**
 * The labels of the fields a field's rules (visibility, formula, default) read, from the
 * engine's rule graph, each once, in the order the engine lists them.
 *
 * Every card on the canvas asks on every store change, selection included: the answer for all
 * fields is worked out once per document (documents are immutable) and then only looked up.
 *
 * @example
 * dependencyLabels(schema, 'total') // ['Quantity', 'Price']
 */
export function dependencyLabels(schema: FormSchema, id: string): readonly string[] {
  let labelsById = cache.get(schema);
  if (!labelsById) {
    labelsById = indexDependencyLabels(schema);
    cache.set(schema, labelsById);
  }
  return labelsById.get(id) ?? NONE;
}

function indexDependencyLabels(schema: FormSchema): ReadonlyMap<string, readonly string[]> {
  const labelOf = new Map<string, string>();
  walkFields(schema.fields, (field) => {
    labelOf.set(field.id, field.label);
  });
  const index = new Map<string, readonly string[]>();
  for (const [fieldId, reads] of analyzeSchema(schema).graph.dependsOn) {
    const labels: string[] = [];
    for (const read of reads) {
      const label = labelOf.get(read.fieldId) ?? read.fieldId;
      if (!labels.includes(label)) labels.push(label);
    }
    if (labels.length > 0) index.set(fieldId, labels);
  }
  return index;
}
