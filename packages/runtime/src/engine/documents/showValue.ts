/**
 * A value as a message shows it: as JSON, cut short so that a message stays one line.
 *
 * @example
 * showValue('txt') // '"txt"'
 * showValue(undefined) // 'undefined'
 */
export function showValue(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    // A bigint or a cycle: messages only ever show parsed JSON, but never fail on showing.
    text = typeof value;
  }
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
