import type { ChoiceOption } from '@formwork/runtime';
import { nextOptionValue } from './nextOptionValue.js';

/**
 * The options a pasted list means: one per non-empty line, in order, duplicates dropped. A line
 * naming an existing option keeps that option (its value and colour), so records stay matched.
 *
 * @example
 * bulkOptions('A\nB\n\nA', [{ value: 'o1', label: 'B' }]) // [{ value: 'o2', label: 'A' }, { value: 'o1', label: 'B' }]
 */
export function bulkOptions(text: string, current: readonly ChoiceOption[]): ChoiceOption[] {
  const labels = [...new Set(text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean))];
  const result: ChoiceOption[] = [];
  const taken = new Set<string>();
  for (const label of labels) {
    const existing = current.find((option) => option.label === label);
    const option = existing ?? { value: nextOptionValue(current, taken), label };
    taken.add(option.value);
    result.push(option);
  }
  return result;
}
