import { parseFormSchema } from '@formwork/runtime';
import { fillText } from '../../i18n/fillText.js';
import { storeMessages } from '../../i18n/storeMessages.js';
import type { CommandContext, SchemaEdit } from '../SchemaEdit.js';

/**
 * Makes a published version the document being edited (saved as the draft by the usual save).
 * The version goes through the engine's parser first, so one published under an older schema
 * version comes back migrated; one the engine refuses changes nothing. Nothing stays selected.
 */
export function restoreVersion(_context: CommandContext, version: number, schema: unknown): SchemaEdit {
  const parsed = parseFormSchema(schema);
  if (!parsed.ok) return { ok: false, reason: fillText(storeMessages.versionUnreadable, { version }) };
  return { ok: true, schema: parsed.value, selectedId: null };
}
