const decimalPattern = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * The number a form value stands for, or null: finite numbers as they are, decimal strings
 * (`' 12.5 '`, `'-3'`, `'1e3'`) parsed, anything else (empty text, booleans, `'0x10'`, NaN,
 * Infinity, lists) null.
 */
export function toFiniteNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!decimalPattern.test(text)) return null;
  const parsed = Number(text);
  return Number.isFinite(parsed) ? parsed : null;
}
