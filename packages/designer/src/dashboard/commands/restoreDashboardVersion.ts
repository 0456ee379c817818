import { parseDashboardSchema } from '@formwork/runtime';
import { fillText } from '../../i18n/fillText.js';
import { dashboardMessages as m } from '../../i18n/dashboardMessages.js';
import type { DashboardCommandContext, DashboardEdit } from '../DashboardEdit.js';

/**
 * Makes a published version the dashboard being edited (saved as the draft by the usual save),
 * one undo step. The version goes through the engine's parser first, so one published under an
 * older schema version comes back migrated; one the engine refuses changes nothing. Nothing
 * stays selected: the widget open before may not be in that version.
 */
export function restoreDashboardVersion(_context: DashboardCommandContext, version: number, document: unknown): DashboardEdit {
  const parsed = parseDashboardSchema(document);
  if (!parsed.ok) return { ok: false, reason: fillText(m.versionUnreadable, { version }) };
  return { ok: true, dashboard: parsed.value, selectedId: null };
}
