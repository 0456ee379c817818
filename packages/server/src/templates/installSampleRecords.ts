import type { Locale, RecordData } from '@formwork/runtime';
import type { SampleRecords } from '@formwork/templates';
import { newRecordIds } from '../importExport/newRecordIds.js';
import type { Viewer } from '../permissions/Viewer.js';
import { localDateOf, timeZoneAt } from '../query/TimeZone.js';
import { assignSerials } from '../records/assignSerials.js';
import { createLinkResolver } from '../records/createLinkResolver.js';
import { appendValueCells } from '../records/encodeRecord.js';
import { loadRecordForm } from '../records/loadRecordForm.js';
import { prepareRecordData, type SaveContext } from '../records/prepareRecordData.js';
import type { CellValue } from '../records/projectValue.js';
import type { ServerContext } from '../ServerContext.js';
import type { Stores } from '../storage/Stores.js';
import type { User } from '../storage/UserStore.js';
import { rebindSampleIds } from './rebindSampleIds.js';
import { withKnownPeople } from './withKnownPeople.js';
import { duplicateSampleValue, invalidSampleRecord } from './templateErrors.js';

/** Where the sample's records go and how they are checked. */
export interface SampleRecordTarget {
  readonly templateName: string;
  /** The installed forms in bundle order (each links only to earlier ones or to itself). */
  readonly forms: readonly { readonly key: string; readonly id: string }[];
  readonly records: SampleRecords;
  /** Generated user and department ids → stored ones; record ids are added as they are given. */
  readonly ids: Map<string, string>;
  /** The installing admin: links are resolved as they see records (all of them). */
  readonly viewer: Viewer;
  /** The stored users by id: each record's creator and owner, and its department. */
  readonly users: ReadonlyMap<string, User>;
  readonly locale: Locale;
}

/**
 * Inside the install's transaction: writes the sample's records through the gate of a submit and
 * an import (`prepareRecordData`: the engine's validation, defaults and formulas, references,
 * lookups; then serial numbers and `unique` values), form by form in bundle order, each record's
 * links rebound to the ids given before it. Any record refused fails the whole install.
 *
 * Written in runs of consecutive records of one creator and one entry time (`insertMany`; `insert`
 * for a run of one) — a batch has one `createdAt`, and the sample's records each keep theirs
 * (dashboards bucket by it).
 * Returns the records written per form key.
 */
export async function installSampleRecords(context: Pick<ServerContext, 'settings' | 'randomBytes'>, tx: Stores, target: SampleRecordTarget): Promise<Record<string, number>> {
  const { ids, viewer, locale } = target;
  const findLinked = createLinkResolver(tx, viewer);
  const checking = withKnownPeople(tx, target.users, new Map((await tx.departments.list()).map((department) => [department.id, department])));
  const timeZone = context.settings.records.timeZone;
  const written: Record<string, number> = {};
  for (const { key, id: formId } of target.forms) {
    const records = target.records[key] ?? [];
    written[key] = 0;
    if (records.length === 0) continue;
    const form = await loadRecordForm(tx, formId);
    if (!form) throw new Error(`the installed form ${formId} is not published`);
    // Ascending ids, given in list order: the batches append to the index in order (see newRecordIds).
    const recordIds = newRecordIds(context.randomBytes, records.length);
    records.forEach((record, index) => ids.set(record.id, recordIds[index] as string));
    const hasSerials = form.compiled.valueFields.some(({ field, subform }) => field.type === 'serial' && !subform);
    // The form is new: every value it holds is this install's, so `unique` is checked here, in memory.
    const uniqueFields = form.compiled.valueFields.filter(({ field, subform }) => !subform && field.unique).map(({ field }) => field);
    const taken = new Set<string>();

    let run: { creator: User; createdAt: number; first: RecordData; ids: string[]; pending: Set<string>; json: string[]; cells: CellValue[] } | undefined;
    const flush = async (): Promise<void> => {
      if (!run) return;
      const { creator, createdAt } = run;
      const owner = { formId, formVersion: form.version.version, creatorId: creator.id, ownerId: creator.id, ownerDepartmentId: creator.departmentId, createdAt };
      // A run of one (most of them: the sample's times are spread) is one statement with `insert`;
      // `insertMany` also bumps the form's write stamp apart, a second round trip on PostgreSQL.
      if (run.ids.length === 1) await tx.records.insert({ ...owner, id: run.ids[0] as string, data: run.first }, form.columns);
      else await tx.records.insertMany({ ...owner, ids: run.ids, json: run.json, cells: run.cells }, form.columns);
      written[key] = (written[key] ?? 0) + run.ids.length;
      run = undefined;
    };

    for (const [index, record] of records.entries()) {
      const creator = target.users.get(ids.get(record.createdBy) ?? '') ?? viewer.user;
      const input = rebindSampleIds(record.data, ids);
      // A record linking to one of its own form still waiting in the run (a target's parent): write the run first.
      if (run && mentionsAny(input, run.pending)) await flush();
      const save: SaveContext = { stores: checking, form, viewer, locale, now: record.createdAt, timeZone, findLinked };
      const prepared = await prepareRecordData(save, input, null);
      if (!prepared.ok) throw invalidSampleRecord(target.templateName, key, record.id, prepared.errors);
      const data = hasSerials
        ? await assignSerials(form.compiled, prepared.data, (fieldId, period, start) => tx.serials.next(formId, fieldId, period, start), localDateOf(record.createdAt, timeZoneAt(timeZone, record.createdAt)))
        : prepared.data;
      for (const field of uniqueFields) {
        const value = data[field.id];
        if (value === undefined || value === null) continue;
        const valueKey = `${field.id}\u0000${JSON.stringify(value)}`;
        if (taken.has(valueKey)) throw duplicateSampleValue(target.templateName, key, record.id, field.label);
        taken.add(valueKey);
      }
      if (run && (run.creator.id !== creator.id || run.createdAt !== record.createdAt)) await flush();
      run ??= { creator, createdAt: record.createdAt, first: data, ids: [], pending: new Set(), json: [], cells: [] };
      run.ids.push(recordIds[index] as string);
      run.pending.add(recordIds[index] as string);
      run.json.push(JSON.stringify(data));
      appendValueCells(form.columns, data, run.cells);
    }
    await flush();
  }
  return written;
}

/** Whether any string in `value` (at any depth) is one of `ids`. */
function mentionsAny(value: unknown, ids: ReadonlySet<string>): boolean {
  if (typeof value === 'string') return ids.has(value);
  if (Array.isArray(value)) return value.some((item) => mentionsAny(item, ids));
  if (typeof value === 'object' && value !== null) return Object.values(value).some((item) => mentionsAny(item, ids));
  return false;
}
