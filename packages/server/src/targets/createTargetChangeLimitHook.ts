import type { LocalizedText, RecordData } from '@formwork/runtime';
import type { Settings } from '../config.js';
import { timeZoneAt } from '../query/TimeZone.js';
import type { RecordForm } from '../records/RecordForm.js';
import type { RecordWriteFault, RecordWriteHook, RecordWriteVerdict } from '../records/RecordWriteHook.js';
import { countTargetChanges } from './countTargetChanges.js';
import { readTargetSettings } from './readTargetSettings.js';
import { targetIdentityOf, targetKey } from './targetKey.js';
import { hasTargetsMarker, targetField } from './targetsForm.js';

/**
 * The targets' rules over every write of a targets-form record, whichever way it comes (#13):
 *
 * - a change of a target's amount says why — the change's reason, or a new text in the form's
 *   own reason field — and the reason is stamped on the record (`tgt_reason`), as the
 *   targets routes do, so the record shows why besides its history;
 * - a target changes at most as often in its period as the app's settings allow
 *   (`maxChangesPerPeriod`, counted by `countTargetChanges`): one change more is a 422
 *   `target_changes_exhausted` at the amount, naming the period and the limit;
 * - a new record of a target already stored (a second submit, an import row) is a change of it,
 *   and needs a reason in the form's reason field and a change left.
 *
 * Rows of one import are checked in order: an earlier row of the same target counts, though it
 * is not stored yet.
 */
export function createTargetChangeLimitHook(settings: Settings): RecordWriteHook {
  // Every write of every form asks; a form version never changes, so each is looked at once.
  const marked = new WeakMap<RecordForm, boolean>();
  return {
    name: 'targets',
    checkerFor(form) {
      let targets = marked.get(form);
      if (targets === undefined) marked.set(form, (targets = hasTargetsMarker(form.version.schema)));
      if (!targets) return undefined;
      const labelOf = (fieldId: string): string => form.version.schema.fields.find((field) => field.id === fieldId)?.label ?? fieldId;
      // An admin may have removed the reason field: then the history alone keeps why.
      const stamps = form.version.schema.fields.some((field) => field.id === targetField.reason);
      // Each target this operation wrote before, not stored yet: its record id, or a stand-in.
      const earlier = new Map<string, Set<string | symbol>>();
      let limitOf: Promise<number | null> | undefined;
      return async (write, stores): Promise<RecordWriteVerdict> => {
        const { before, data } = write;
        if (before !== null && before.data[targetField.amount] === data[targetField.amount]) return { ok: true };
        const identity = targetIdentityOf(data);
        const key = JSON.stringify([data[targetField.metric], targetKey(identity)]);
        const period = typeof identity.period === 'string' ? identity.period : '';
        const counted = await countTargetChanges(stores, form, timeZoneAt(settings.records.timeZone, write.now), data[targetField.metric], identity);
        const pending = [...(earlier.get(key) ?? [])].filter((id) => typeof id === 'symbol' || !counted.recordIds.includes(id));
        const records = counted.recordIds.length + pending.length;
        // A new record of a target nobody wrote before: its first amount, no change.
        if (before === null && records === 0) return remember(earlier, key, write.id);
        // A new record adds one to the target's records: each beyond the first is a change.
        const changes = before === null ? counted.changes + pending.length - (counted.recordIds.length === 0 ? 1 : 0) : counted.changes;
        const faults: RecordWriteFault[] = [];
        // Read once per operation: an import's rows share the app's setting.
        limitOf ??= stores.forms.findById(form.formId).then(async (found) => (found ? (await readTargetSettings(stores, found.appId)).maxChangesPerPeriod : null));
        const limit = await limitOf;
        // The limit first (it names the error): no reason makes a change possible that the limit refuses.
        if (limit !== null && changes >= limit) {
          faults.push({ fieldId: targetField.amount, code: 'target_changes_exhausted', message: exhaustedMessage(period, changes, limit, before === null), params: { period, changes, limit } });
        }
        const why = before === null ? newText(data, null) : (write.reason ?? newText(data, before.data));
        if (why === null) faults.push({ fieldId: targetField.reason, code: 'reason_required', message: reasonMessage(period, before === null, labelOf(targetField.reason)), params: { period } });
        if (faults.length > 0) return { ok: false, faults };
        if (before === null) return remember(earlier, key, write.id);
        return !stamps || write.reason === null || data[targetField.reason] === write.reason ? { ok: true } : { ok: true, data: { ...data, [targetField.reason]: write.reason } };
      };
    },
  };
}

/** Lets a new record through, remembering it for the operation's later writes of the same target. */
function remember(earlier: Map<string, Set<string | symbol>>, key: string, id: string | null): RecordWriteVerdict {
  const ids = earlier.get(key) ?? new Set<string | symbol>();
  ids.add(id ?? Symbol('an import row'));
  earlier.set(key, ids);
  return { ok: true };
}

/** The reason field's text when this write gives one: new, or changed from `before`. */
function newText(data: RecordData, before: RecordData | null): string | null {
  const text = data[targetField.reason];
  if (typeof text !== 'string' || text.trim() === '') return null;
  return before !== null && before[targetField.reason] === text ? null : text.trim();
}

function reasonMessage(period: string, again: boolean, label: string): LocalizedText {
  return again
    ? { 'zh-CN': `${period} 的这个目标已有记录，再写一条即是调整它，请在“${label}”中写明原因`, en: `This ${period} target is already stored, so another record of it changes it: say why in “${label}”` }
    : { 'zh-CN': `调整 ${period} 的目标须写明原因`, en: `Changing the ${period} target needs a reason` };
}

function exhaustedMessage(period: string, changes: number, limit: number, again: boolean): LocalizedText {
  const base = {
    'zh-CN': `${period} 的目标已调整 ${changes} 次，达到本应用每个周期 ${limit} 次的上限`,
    en: `The ${period} target has already changed ${changes} time(s), the most this app allows in a period (${limit})`,
  };
  return again
    ? { 'zh-CN': `${base['zh-CN']}；该目标已有记录，再写一条即是调整，不能再写`, en: `${base.en}; it is already stored, and another record of it would change it again` }
    : { 'zh-CN': `${base['zh-CN']}，不能再改`, en: `${base.en}; it cannot change again` };
}
