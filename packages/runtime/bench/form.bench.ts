import { compileForm } from '../src/engine/form/compileForm.js';
import type { EvaluationContext } from '../src/engine/form/CompiledForm.js';
import { generateForm } from '../src/engine/form/testing/generateForm.js';
import { generateRecord } from '../src/engine/form/testing/generateRecord.js';
import { seededRandom } from '../src/engine/form/testing/seededRandom.js';
import { compare, measure, type BenchResult } from './measure.js';

/**
 * Form validation and incremental evaluation.
 *
 * (a) Records of a 200-field form (every value type, a subform of 6 columns × 3 rows, one record
 *     in ten with an invalid value) through `prepareSubmission` (the server's full path: read,
 *     defaults, formulas, visibility, drop hidden, validate, build the stored record) and through
 *     `validateRecord` (the same checks, no stored record built), each against ajv's compiled
 *     validator of the form's own `recordSchema` on the same records. Aim: within 1.5× of ajv.
 *     A form without rules takes the one-pass path (validateRawRecord); the same form with 45
 *     rules (formulas, visibility, row formulas, validations) takes the general path, measured too.
 * (b) One `setValue` on a 500-field form with 200 rules (100 chained formulas, 100 visibility
 *     conditions), against re-evaluating the whole record with `evaluate`. Aim: under 1 ms;
 *     the mean and p95 are printed in µs.
 */

const ctx: EvaluationContext = { now: () => Date.UTC(2024, 4, 1, 2, 0, 0), locale: 'zh-CN', user: { id: 'u_1', departmentId: 'd_1' } };
const RECORDS = 100_000;
const POOL = 2_000;

function validationBench(rules: boolean): BenchResult[] {
  const schema = rules
    ? generateForm({ fields: 200, subformColumns: 6, formulas: 20, visibilityRules: 20, validations: 5, rowRules: true, seed: 11 })
    : generateForm({ fields: 200, subformColumns: 6, seed: 11 });
  const form = compileForm(schema);
  const random = seededRandom(5);
  const pool = Array.from({ length: POOL }, (_, index) => generateRecord(schema, random, { rows: 3, invalid: index % 10 === 0 }));
  const validate = form.validateRecordShape;
  let next = 0;
  const record = (): Record<string, unknown> => {
    const item = pool[next] ?? {};
    next = (next + 1) % POOL;
    return item;
  };
  const options = { minMs: 600 };
  const perRecord = (name: string, ours: () => unknown): BenchResult => {
    const result = compare(name, 'ajv 8 (draft 2020-12, allErrors) on recordSchema', 'within 1.5× (≥ 0.67×)', ours, () => validate(record()), 3, options);
    const seconds = (ops: number): string => `${((RECORDS / ops) * 1000).toFixed(0)} ms`;
    console.log(`  ${name}: ${RECORDS.toLocaleString('en')} records in ${seconds(result.ours)} (ajv ${seconds(result.theirs)})`);
    return result;
  };
  if (rules) return [perRecord('prepareSubmission, 200 fields + 45 rules', () => form.prepareSubmission(record(), ctx))];
  return [
    perRecord('prepareSubmission, 200 fields', () => form.prepareSubmission(record(), ctx)),
    perRecord('validateRecord, 200 fields', () => form.validateRecord(record(), ctx)),
  ];
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}

function setValueBench(): BenchResult {
  const schema = generateForm({ fields: 500, subformColumns: 8, formulas: 100, visibilityRules: 100, chainLength: 10, seed: 3 });
  const form = compileForm(schema);
  const random = seededRandom(9);
  const initial = generateRecord(schema, random, { rows: 20 });
  const session = form.createSession(initial, ctx);
  const inputs = form.valueFields.filter((entry) => entry.field.type === 'number' && entry.subform === undefined).map((entry) => `/${entry.field.id}`);
  let step = 0;
  const setOne = (): unknown => {
    step += 1;
    return session.setValue(inputs[step % inputs.length] ?? '', (step % 97) + 0.5);
  };
  const samples: number[] = [];
  for (let i = 0; i < 2_000; i++) setOne();
  for (let i = 0; i < 20_000; i++) {
    const start = performance.now();
    setOne();
    samples.push((performance.now() - start) * 1000);
  }
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((sum, sample) => sum + sample, 0) / samples.length;
  console.log(`  setValue on 500 fields / 200 rules: mean ${mean.toFixed(1)} µs, p95 ${percentile(samples, 0.95).toFixed(1)} µs, max ${percentile(samples, 1).toFixed(1)} µs`);
  const values = session.getValues();
  const ours = measure(setOne);
  const theirs = measure(() => form.evaluate(values, ctx));
  return { name: 'setValue, 500 fields / 200 rules', baseline: 'full evaluate of the record', ours, theirs, ratio: ours / theirs, aim: '< 1 ms per setValue' };
}

/** The form benchmarks, for bench/run.ts. */
export function benchForm(): BenchResult[] {
  return [...validationBench(false), ...validationBench(true), setValueBench()];
}
