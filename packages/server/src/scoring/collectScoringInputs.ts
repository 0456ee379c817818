import {
  parsePeriod,
  periodRange,
  type AggregateSource,
  type DepartmentNode,
  type KpiTarget,
  type LocalizedText,
  type ManualSource,
  type RecordFilter,
  type ScoredPerson,
  type ScoringInputs,
  type ScoringSchema,
} from '@formwork/runtime';
import { HttpError } from '../http/HttpError.js';
import type { ValidationIssue } from '../http/validation/ValueSchema.js';
import { maxAggregateRows, type AggregateQuery } from '../query/AggregateQuery.js';
import { checkAggregateQuery } from '../query/checkAggregateQuery.js';
import type { FilterPredicate } from '../query/FilterPredicate.js';
import { parseRecordFilter } from '../query/parseRecordFilter.js';
import type { QueryField } from '../query/QueryField.js';
import type { TimeZone } from '../query/TimeZone.js';
import { loadRecordForm } from '../records/loadRecordForm.js';
import type { CellValue } from '../records/projectValue.js';
import type { RecordForm } from '../records/RecordForm.js';
import type { StoredRecord } from '../records/StoredRecord.js';
import type { AggregateRow } from '../storage/RecordStore.js';
import type { Stores } from '../storage/Stores.js';

/** Who is scored and how the team is built, as `computeScores` takes them. */
export interface ScoringPopulation {
  readonly people: readonly ScoredPerson[];
  readonly departments?: readonly DepartmentNode[];
}

type Values<T> = Record<string, Record<string, T>>;

/**
 * The `ScoringInputs` of a scheme for one period, read from the stored records:
 *
 * - aggregate items and the inputs of derived items are grouped SQL queries over the form's value
 *   table (`RecordStore.aggregate`, grouped by the person field, the date field bounded to the
 *   period's calendar dates in the app's time zone, plus the item's own filter) — never a query
 *   per person, and ONE query for every source of a form with the same person field, date field
 *   and filter (签约金额 and 签约单数: one scan of the signings computing the sum and the count;
 *   each scan of a million rows costs hundreds of milliseconds, see `bench/scoringBench.ts`), and
 *   one grouped by person and a choice field for counts filtered on that field and the plain
 *   count beside them (有效拜访 and 客户跟进: one scan of the visits; see `runShapes`);
 *   `latest` (no SQL aggregate gives it) reads the period's records once, in submission order,
 *   keeping each person's record with the latest date;
 * - manual items (a grade or number a manager entered) and targets kept on a targets form read the
 *   form's records of the period once per form (and period and person field): the period field holds the period's name (`2026-11`)
 *   or, on a date field, a date within it; a person's later record wins.
 *
 * Every check comes first; then the aggregate queries are asked together (`RecordStore.aggregateMany`:
 * side by side on SQLite's reader threads or PostgreSQL's pool — the signings and the visits are
 * two scans of hundreds of milliseconds each), and the record reads run on the request's own
 * connection while they do (#13's bench).
 *
 * Scores are computed over every record of the forms, not the caller's row scope: a rep's score
 * counts all their visits, whoever may list them. Who may *read* a sheet is decided when it is
 * shown. Only the people given are kept (others' groups are dropped).
 *
 * Throws a 409 `scoring_source_invalid` whose details point into the scheme (`/items/2/source/field`)
 * when the scheme names a form that is not published or a field the form does not have.
 *
 * @example
 * const inputs = await collectScoringInputs(stores, scheme, '2026-11', { people, departments }, zone);
 * const sheet = computeScores(scheme, inputs);
 */
export async function collectScoringInputs(stores: Stores, scheme: ScoringSchema, periodName: string, population: ScoringPopulation, zone: TimeZone): Promise<ScoringInputs> {
  const period = parsePeriod(periodName);
  if (!period) throw scoringSourceInvalid([{ pointer: '/period', code: 'period', message: { 'zh-CN': `无效的期间 "${periodName}"`, en: `"${periodName}" is not a period` } }]);
  const { start, end } = periodRange(period);
  const wanted = new Set(population.people.map((person) => person.id));
  const issues: ValidationIssue[] = [];
  const forms = new Map<string, RecordForm | undefined>();
  const formAt = async (formId: string, pointer: string): Promise<RecordForm | undefined> => {
    if (!forms.has(formId)) forms.set(formId, await loadRecordForm(stores, formId));
    const form = forms.get(formId);
    if (!form) issues.push({ pointer, code: 'form', message: { 'zh-CN': `表单 "${formId}" 不存在或尚未发布`, en: `form "${formId}" does not exist or is not published` } });
    return form;
  };

  const actuals: Values<number | string | null> = {};
  const derived: Record<string, Values<number | null>> = {};
  const targets: Values<number | null> = {};

  // Aggregates wait in `shapes` until every source is checked, then run one query per shape.
  const shapes = new Map<string, AggregateShape>();
  const latestReads = new Map<string, LatestRead>();
  for (const [index, item] of scheme.items.entries()) {
    const at = `/items/${index}`;
    const source = item.source;
    if (source.kind === 'aggregate') {
      const values = await aggregateByPerson(source, `${at}/source`);
      if (values) actuals[item.id] = values;
    } else if (source.kind === 'derived') {
      const inputs: Values<number | null> = {};
      for (const [inputIndex, input] of source.inputs.entries()) {
        const values = await aggregateByPerson(input.source, `${at}/source/inputs/${inputIndex}/source`);
        if (values) inputs[input.name] = values as Record<string, number | null>;
      }
      derived[item.id] = inputs;
    } else {
      const values = await latestByPerson(source, `${at}/source`, source.field, 'any');
      if (values) actuals[item.id] = values;
    }
    if (item.target?.kind === 'form') {
      const values = await latestByPerson(item.target, `${at}/target`, item.target.valueField, 'number');
      if (values) targets[item.id] = values as Record<string, number | null>;
    }
  }
  if (issues.length > 0) throw scoringSourceInvalid(issues);
  // Latest values of fields a query can read are asked with the scans; the others read records on
  // this thread (or connection) while the scans run on theirs.
  const grouped = [...latestReads.values()].filter(groupable);
  const scanned = runShapes([...shapes.values()], grouped.map(latestScan));
  const read = readBooked([...latestReads.values()].filter((booked) => !grouped.includes(booked)));
  await Promise.all([scanned, read]);
  // A person with records of different values: only the records say which is the latest.
  await readBooked(grouped.filter((booked) => booked.unsettled));
  if (issues.length > 0) throw scoringSourceInvalid(issues);
  return { period: periodName, people: population.people, ...(population.departments ? { departments: population.departments } : {}), actuals, derived, targets };

  /**
   * Checks the source and books its measure on the query of its shape (form, person field, date
   * field, filter); answers the values object that `runShape` fills, for the people scored.
   */
  async function aggregateByPerson(source: Omit<AggregateSource, 'kind'>, pointer: string): Promise<Record<string, number | string | null> | undefined> {
    const form = await formAt(source.formId, `${pointer}/formId`);
    if (!form) return undefined;
    if (!fieldOf(form, source.personField, `${pointer}/personField`) || !fieldOf(form, source.dateField, `${pointer}/dateField`)) return undefined;
    if (source.field !== undefined && !fieldOf(form, source.field, `${pointer}/field`)) return undefined;
    const inPeriod: RecordFilter = { field: source.dateField, op: 'range', value: [start, end] };
    const filter: RecordFilter = source.filter ? { and: [inPeriod, source.filter] } : inPeriod;
    if (source.aggregate === 'latest') {
      if (source.field === undefined) return undefined;
      return readLatest(form, filter, source.personField, source.field, source.dateField, pointer);
    }
    const measure = { op: source.aggregate, ...(source.field !== undefined ? { field: source.field } : {}) };
    // Checked on its own, so that a fault points at this source's own field or filter.
    const checked = checkAggregateQuery({ groupBy: [{ field: source.personField }], measures: [{ ...measure, id: 'value' }], filter, limit: maxAggregateRows }, form.queryFields, zone);
    if (!checked.ok) {
      issues.push(...checked.issues.map((issue) => ({ ...issue, pointer: `${pointer}${sourcePointerOf(issue.pointer)}` })));
      return undefined;
    }
    const key = JSON.stringify([form.formId, source.personField, filter]);
    const base = JSON.stringify([form.formId, source.personField, inPeriod]);
    const shape = shapes.get(key) ?? { form, personField: source.personField, filter, inPeriod, base, split: splitOf(form, source), plain: source.filter === undefined, pointer, measures: [], sinks: [] };
    shapes.set(key, shape);
    let position = shape.measures.findIndex((booked) => booked.op === measure.op && booked.field === measure.field);
    if (position < 0) position = shape.measures.push(measure) - 1;
    const values: Record<string, number | string | null> = {};
    shape.sinks.push({ position, values });
    return values;
  }

  /**
   * A source's filter that is one text field equal to a value (有效拜访 = 是): its shape can be read
   * from a query grouped by person and that field, beside the form's other sources over the period.
   */
  function splitOf(form: RecordForm, source: Omit<AggregateSource, 'kind'>): AggregateShape['split'] {
    if (source.filter === undefined) return undefined;
    const parsed = parseRecordFilter(source.filter, form.queryFields, zone);
    if (!parsed.ok) return undefined;
    const { predicate } = parsed;
    if (predicate.kind !== 'compare' || predicate.comparison !== '=' || predicate.field.kind !== 'text' || predicate.field.id === source.personField || typeof predicate.value !== 'string') return undefined;
    return { field: predicate.field.id, value: predicate.value };
  }

  /**
   * Runs the booked shapes, every query asked at once (`aggregateMany`). Over the same form, person
   * field and period, the shapes filtered on one text field equal to a value, and the unfiltered
   * one when it only counts, are ONE query grouped by person and that field (有效拜访 and 客户跟进:
   * one scan of the visits); cut at its limit, they are asked again one by one. Every other shape
   * is a query of its own.
   */
  async function runShapes(all: readonly AggregateShape[], more: readonly Scan[]): Promise<void> {
    const scans: Scan[] = [...more];
    const joined = new Set<AggregateShape>();
    for (const shape of all) {
      if (joined.has(shape) || shape.split === undefined) continue;
      const field = shape.split.field;
      const splits = all.filter((other) => !joined.has(other) && other.base === shape.base && other.split?.field === field);
      // Counts add up exactly from groups; not sums (a float total depends on the order of addition), nor min and max (a number column may hold a stray text, which SQLite orders after numbers).
      const plain = all.find((other) => !joined.has(other) && other.base === shape.base && other.plain && other.measures.every((measure) => measure.op === 'count'));
      const together = plain ? [...splits, plain] : splits;
      if (together.length < 2) continue;
      scans.push(togetherScan(together, field));
      for (const each of together) joined.add(each);
    }
    for (const shape of all) if (!joined.has(shape)) scans.push(shapeScan(shape));
    const cut = await runScans(scans);
    if (cut.length > 0) await runScans(cut.map(shapeScan));
  }

  /** Asks the scans' queries together and fills their values; answers the shapes of joined scans cut at their limit. */
  async function runScans(scans: readonly Scan[]): Promise<AggregateShape[]> {
    if (scans.length === 0) return [];
    const results = await stores.records.aggregateMany(
      scans.map(({ form, query }) => ({ selection: { formId: form.formId, columns: form.columns, scope: { kind: 'all' } }, query })),
      zone.offsetMinutes,
    );
    const cut: AggregateShape[] = [];
    scans.forEach((scan, index) => {
      const result = results[index];
      if (!result) throw new Error('collectScoringInputs: the record store left a query unanswered');
      if (result.status === 'rejected') throw result.reason;
      if (!result.value.truncated) scan.fill(result.value.rows);
      else if (scan.latest) scan.latest.unsettled = true;
      else if (scan.shapes.length > 1) cut.push(...scan.shapes);
      else issues.push({ pointer: scan.shapes[0]?.pointer ?? '', code: 'too_many_people', message: { 'zh-CN': `一次最多为 ${maxAggregateRows} 人计分`, en: `at most ${maxAggregateRows} people can be scored at once` } });
    });
    return cut;
  }

  /** The shapes' measures in one query grouped by person and `field`. */
  function togetherScan(together: readonly AggregateShape[], field: string): Scan {
    const [first] = together;
    if (!first) throw new Error('collectScoringInputs: a joined scan of no shape');
    const measures: AggregateShape['measures'][number][] = [];
    const positions = new Map<AggregateShape, number[]>();
    for (const shape of together) {
      positions.set(
        shape,
        shape.measures.map((measure) => {
          const found = measures.findIndex((booked) => booked.op === measure.op && booked.field === measure.field);
          return found >= 0 ? found : measures.push(measure) - 1;
        }),
      );
    }
    const checked = checkAggregateQuery(
      { groupBy: [{ field: first.personField }, { field }], measures: measures.map((measure, position) => ({ ...measure, id: `measure_${position}` })), filter: first.inPeriod, limit: maxAggregateRows },
      first.form.queryFields,
      zone,
    );
    if (!checked.ok) throw new Error(`collectScoringInputs: shapes of checked sources failed their check together: ${JSON.stringify(checked.issues)}`);
    const fill = (rows: readonly AggregateRow[]) => {
      for (const row of rows) {
        const [person, key] = row.keys;
        if (typeof person !== 'string' || !wanted.has(person)) continue;
        for (const shape of together) {
          if (shape.split !== undefined && shape.split.value !== key) continue;
          const at = positions.get(shape) ?? [];
          for (const { position, values } of shape.sinks) {
            const raw = row.values[at[position] ?? -1];
            if (shape.split !== undefined) values[person] = typeof raw === 'number' || typeof raw === 'string' ? raw : null;
            // The unfiltered shape's counts: the sum of the person's groups.
            else values[person] = (typeof values[person] === 'number' ? values[person] : 0) + (typeof raw === 'number' ? raw : 0);
          }
        }
      }
    };
    return { form: first.form, query: checked.query, shapes: together, fill };
  }

  /** One shape's query: the person field's value → each measure. */
  function shapeScan(shape: AggregateShape): Scan {
    const { form, personField, filter, measures, sinks } = shape;
    const checked = checkAggregateQuery(
      { groupBy: [{ field: personField }], measures: measures.map((measure, position) => ({ ...measure, id: `measure_${position}` })), filter, limit: maxAggregateRows },
      form.queryFields,
      zone,
    );
    // Every measure passed on its own with this filter and group (see aggregateByPerson).
    if (!checked.ok) throw new Error(`collectScoringInputs: a shape of checked sources failed its check: ${JSON.stringify(checked.issues)}`);
    const fill = (rows: readonly AggregateRow[]) => {
      for (const row of rows) {
        const person = row.keys[0];
        if (typeof person !== 'string' || !wanted.has(person)) continue;
        for (const { position, values } of sinks) {
          const value = row.values[position];
          values[person] = typeof value === 'number' || typeof value === 'string' ? value : null;
        }
      }
    };
    return { form, query: checked.query, shapes: [shape], fill };
  }

  /** Manual grades and form targets: the period's record of each person (`periodField` holds the period). */
  async function latestByPerson(source: ManualSource | Extract<KpiTarget, { kind: 'form' }>, pointer: string, valueField: string, want: 'any' | 'number'): Promise<Record<string, number | string | null> | undefined> {
    const form = await formAt(source.formId, `${pointer}/formId`);
    if (!form) return undefined;
    const valuePointer = `${pointer}/${source.kind === 'manual' ? 'field' : 'valueField'}`;
    const periodField = fieldOf(form, source.periodField, `${pointer}/periodField`);
    if (!fieldOf(form, source.personField, `${pointer}/personField`) || !fieldOf(form, valueField, valuePointer) || !periodField) return undefined;
    const isDate = periodField.kind === 'date' || periodField.kind === 'datetime' || periodField.kind === 'timestamp';
    const filter: RecordFilter = isDate ? { field: source.periodField, op: 'range', value: [start, end] } : { field: source.periodField, op: 'eq', value: periodName };
    return readLatest(form, filter, source.personField, valueField, null, pointer, want);
  }

  /**
   * Books a read of per person the value of the record with the latest `dateField` (or, without
   * one, the last submitted), ties going to the later submission — see `readBooked`; answers the
   * values object it fills (numbers only when `want` is `number`).
   */
  function readLatest(form: RecordForm, filter: RecordFilter, personField: string, valueField: string, dateField: string | null, pointer: string, want: 'any' | 'number' = 'any'): Record<string, number | string | null> | undefined {
    const key = JSON.stringify([form.formId, filter, personField, dateField]);
    let booked = latestReads.get(key);
    if (!booked) {
      const parsed = parseRecordFilter(filter, form.queryFields, zone);
      if (!parsed.ok) {
        issues.push(...parsed.issues.map((issue) => ({ ...issue, pointer: `${pointer}${issue.pointer}` })));
        return undefined;
      }
      booked = { form, filter, predicate: parsed.predicate, personField, dateField, sinks: [], unsettled: false };
      latestReads.set(key, booked);
    }
    const values: Record<string, number | string | null> = {};
    booked.sinks.push({ valueField, want, values });
    return values;
  }

  /**
   * Reads each booked form's filtered records once, keeping per person the record with the latest
   * `dateField` (or, without one, the last submitted), ties going to the later submission, and
   * fills its sinks: two items reading one assessment (exam and satisfaction) or two targets of one
   * targets record read the records once.
   */
  async function readBooked(reads: readonly LatestRead[]): Promise<void> {
    for (const { form, predicate, personField, dateField, sinks } of reads) {
      const kept = new Map<string, { readonly at: string; readonly data: StoredRecord['data'] }>();
      for await (const record of stores.records.iterate({ formId: form.formId, columns: form.columns, scope: { kind: 'all' }, filter: predicate, state: 'live' })) {
        const person = record.data[personField];
        if (typeof person !== 'string' || !wanted.has(person)) continue;
        const dated = dateField === null ? '' : record.data[dateField];
        const at = typeof dated === 'string' ? dated : '';
        const previous = kept.get(person);
        if (previous && previous.at > at) continue;
        kept.set(person, { at, data: record.data });
      }
      for (const { valueField, want, values } of sinks) {
        for (const [person, { data }] of kept) {
          const value = data[valueField];
          values[person] = typeof value === 'number' || (want === 'any' && typeof value === 'string') ? value : null;
        }
      }
    }
  }

  /**
   * A read by the last submission (assessments, targets) of number and text fields — what a query
   * answers as the form holds it — can be a grouped query instead of reading every record.
   */
  function groupable(booked: LatestRead): boolean {
    return booked.dateField === null && booked.sinks.every(({ valueField }) => ['number', 'text'].includes(booked.form.queryFields.get(valueField)?.kind ?? ''));
  }

  /**
   * A latest read as one query grouped by person: the records, and per value field the non-empty
   * ones with their least and greatest value. A person whose records all hold one value (one
   * record, as a target or an assessment usually is) or none has it, whichever record is the
   * latest; anyone else leaves the read `unsettled`, to be read record by record.
   */
  function latestScan(booked: LatestRead): Scan {
    const fields = [...new Set(booked.sinks.map(({ valueField }) => valueField))];
    const measures: { readonly id: string; readonly op: 'count' | 'min' | 'max'; readonly field?: string }[] = [{ id: 'records', op: 'count' }, ...fields.flatMap((field, index) => (['count', 'min', 'max'] as const).map((op) => ({ id: `${op}_${index}`, op, field })))];
    const checked = checkAggregateQuery({ groupBy: [{ field: booked.personField }], measures, filter: booked.filter, limit: maxAggregateRows }, booked.form.queryFields, zone);
    if (!checked.ok) throw new Error(`collectScoringInputs: a latest read of checked fields failed its check: ${JSON.stringify(checked.issues)}`);
    const fill = (rows: readonly AggregateRow[]) => {
      const found = new Map<string, Map<string, CellValue>>();
      for (const row of rows) {
        const person = row.keys[0];
        if (typeof person !== 'string' || !wanted.has(person)) continue;
        const [records] = row.values;
        const values = new Map<string, CellValue>();
        for (const [index, field] of fields.entries()) {
          const [filled, least, greatest] = row.values.slice(1 + 3 * index, 4 + 3 * index);
          if (filled === 0) values.set(field, null);
          else if (filled === records && least === greatest) values.set(field, least ?? null);
          else booked.unsettled = true;
        }
        found.set(person, values);
      }
      if (booked.unsettled) return;
      for (const { valueField, want, values } of booked.sinks) {
        for (const [person, byField] of found) {
          const value = byField.get(valueField);
          values[person] = typeof value === 'number' || (want === 'any' && typeof value === 'string') ? value : null;
        }
      }
    };
    return { form: booked.form, query: checked.query, shapes: [], latest: booked, fill };
  }

  function fieldOf(form: RecordForm, fieldId: string, pointer: string): QueryField | undefined {
    const field = form.queryFields.get(fieldId);
    if (!field) issues.push({ pointer, code: 'unknown_field', message: { 'zh-CN': `表单中没有字段 "${fieldId}"`, en: `the form has no field "${fieldId}"` } });
    return field;
  }
}

/**
 * The aggregate sources of one form read over the same records (person field, period and filter):
 * their distinct measures, computed by one query, and where each source's values go.
 */
interface AggregateShape {
  readonly form: RecordForm;
  readonly personField: string;
  readonly filter: RecordFilter;
  /** The period alone, and the form, person field and period as a key: shapes that may share a query. */
  readonly inPeriod: RecordFilter;
  readonly base: string;
  /** The filter is `field = value` on a text field. */
  readonly split: { readonly field: string; readonly value: string } | undefined;
  /** No filter but the period. */
  readonly plain: boolean;
  /** The first source's, for a fault of the whole query. */
  readonly pointer: string;
  readonly measures: { readonly op: Exclude<AggregateSource['aggregate'], 'latest'>; readonly field?: string }[];
  readonly sinks: { readonly position: number; readonly values: Record<string, number | string | null> }[];
}

/** A query of one or more shapes, and how its rows fill their values. */
interface Scan {
  readonly form: RecordForm;
  readonly query: AggregateQuery;
  readonly shapes: readonly AggregateShape[];
  /** The latest read it answers, instead of shapes. */
  readonly latest?: LatestRead;
  readonly fill: (rows: readonly AggregateRow[]) => void;
}

/** A booked read of a form's latest record per person (`readLatest`), and the values it fills. */
interface LatestRead {
  readonly form: RecordForm;
  readonly filter: RecordFilter;
  readonly predicate: FilterPredicate;
  readonly personField: string;
  readonly dateField: string | null;
  readonly sinks: { readonly valueField: string; readonly want: 'any' | 'number'; readonly values: Record<string, number | string | null> }[];
  /** Its grouped query could not tell someone's latest value (or was cut at its limit): read the records. */
  unsettled: boolean;
}

/** Where an aggregate request's issue lies in the scheme's source (`/measures/0/field` → `/field`). */
function sourcePointerOf(requestPointer: string): string {
  if (requestPointer.startsWith('/measures/0/')) return `/${requestPointer.slice('/measures/0/'.length)}`;
  if (requestPointer.startsWith('/groupBy/0/')) return '/personField';
  if (requestPointer.startsWith('/filter/and/1')) return `/filter${requestPointer.slice('/filter/and/1'.length)}`;
  return '';
}

function scoringSourceInvalid(issues: readonly ValidationIssue[]): HttpError {
  const message: LocalizedText = { 'zh-CN': '考核方案引用的表单或字段无法计算', en: 'The scheme refers to forms or fields it cannot be computed from' };
  return new HttpError(409, 'scoring_source_invalid', message, issues);
}
