import type { ChoiceOption } from '@formwork/runtime';

/**
 * A value for a new option that no option of the field has yet (`o1`, `o2`, …). Values are what
 * records store, so they never change when an option is renamed.
 */
export function nextOptionValue(options: readonly ChoiceOption[], taken: ReadonlySet<string> = new Set()): string {
  const used = new Set([...options.map((option) => option.value), ...taken]);
  let n = options.length + 1;
  while (used.has(`o${n}`)) n++;
  return `o${n}`;
}
