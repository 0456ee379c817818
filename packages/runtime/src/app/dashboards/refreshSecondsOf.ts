/** The shortest auto-refresh a dashboard may ask for: each refresh is a data call per viewer. */
export const minRefreshSeconds = 30;

/**
 * How often a dashboard asks to be refreshed, from its document's `refreshSeconds`; undefined
 * (no auto-refresh) when it does not say. The DashboardSchema has no such property yet (the
 * engine's meta-schema refuses unknown keys), so no stored dashboard sets it today: the page is
 * ready for it, and a shorter interval is raised to `minRefreshSeconds`.
 */
export function refreshSecondsOf(document: Readonly<Record<string, unknown>>): number | undefined {
  const seconds = document['refreshSeconds'];
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) return undefined;
  return Math.max(minRefreshSeconds, Math.round(seconds));
}
