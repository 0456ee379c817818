import { findField, type FormSchema } from '@formwork/runtime';
import { analyzeSchema } from '../../store/analyzeSchema.js';

/**
 * The labels of the fields a field's rules (visibility, formula, default) read, from the
 * engine's rule graph, each once, in the order the engine lists them.
 */
export function dependencyLabels(schema: FormSchema, id: string): readonly string[] {
  const reads = analyzeSchema(schema).graph.dependsOn.get(id) ?? [];
  const labels: string[] = [];
  for (const read of reads) {
    const label = findField(schema, read.fieldId)?.label ?? read.fieldId;
    if (!labels.includes(label)) labels.push(label);
  }
  return labels;
}
