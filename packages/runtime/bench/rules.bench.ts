import { readFileSync } from 'node:fs';
import jsonLogic from 'json-logic-js';
import { compileRule } from '../src/engine/rules/compileRule.js';
import type { RuleLogic } from '../src/engine/rules/RuleLogic.js';
import { compare, type BenchResult } from './measure.js';

/**
 * Rule evaluation, compiled once and evaluated many times, against json-logic-js 2.0.5's
 * `apply` (which interprets the rule on every call). Each operation is one evaluation.
 */

type Case = readonly [RuleLogic, unknown];

const baseline = 'json-logic-js 2.0.5 apply';
const aim = '≥ 5×';

function officialSuite(): Case[] {
  const entries = JSON.parse(readFileSync(new URL('../test-data/jsonlogic-tests.json', import.meta.url), 'utf8')) as unknown[];
  return entries.filter((entry): entry is [RuleLogic, unknown, unknown] => Array.isArray(entry)).map(([rule, data]) => [rule, data] as const);
}

/** Whether the rule reads its data (so no part of it can be computed ahead of time). */
function readsData(rule: unknown): boolean {
  if (Array.isArray(rule)) return rule.some(readsData);
  if (rule === null || typeof rule !== 'object') return false;
  return Object.entries(rule).some(([key, value]) => key === 'var' || key.startsWith('missing') || readsData(value));
}

/** A pass over many cases; one call evaluates them all once. */
function passes(cases: readonly Case[]): { ours: () => unknown; theirs: () => unknown; count: number } {
  const compiled = cases.map(([rule, data]) => [compileRule(rule), data] as const);
  return {
    count: cases.length,
    ours: () => {
      let last: unknown;
      for (const [rule, data] of compiled) last = rule.evaluate(data);
      return last;
    },
    theirs: () => {
      let last: unknown;
      for (const [rule, data] of cases) last = jsonLogic.apply(rule as jsonLogic.RulesLogic, data);
      return last;
    },
  };
}

function perEvaluation(name: string, cases: readonly Case[]): BenchResult {
  const { ours, theirs, count } = passes(cases);
  const result = compare(name, baseline, aim, ours, theirs);
  return { ...result, ours: result.ours * count, theirs: result.theirs * count };
}

const order = {
  f_amount: 12_800,
  f_region: 'south',
  f_customer: 'ACME',
  f_vip: true,
  f_items: Array.from({ length: 50 }, (_, index) => ({ _id: `r${index}`, f_qty: (index % 7) + 1, f_price: 9.9 + index })),
};

const visibility: RuleLogic = {
  and: [
    { '>': [{ var: 'f_amount' }, 1000] },
    { in: [{ var: 'f_region' }, ['east', 'south', 'north']] },
    { '!': { missing: ['f_customer'] } },
    { or: [{ var: 'f_vip' }, { '>=': [{ var: 'f_amount' }, 50_000] }] },
  ],
};

const subformTotal: RuleLogic = {
  reduce: [{ var: 'f_items' }, { '+': [{ var: 'accumulator' }, { '*': [{ var: 'current.f_qty' }, { var: 'current.f_price' }] }] }, 0],
};

/** The rule benchmarks, in the order they are printed. */
export function benchRules(): BenchResult[] {
  const suite = officialSuite();
  return [
    perEvaluation(`official suite, all ${suite.length} cases`, suite),
    perEvaluation(`official suite, the ${suite.filter(([rule]) => readsData(rule)).length} cases that read data`, suite.filter(([rule]) => readsData(rule))),
    perEvaluation('form visibility rule (and, >, in, missing, or)', [[visibility, order]]),
    perEvaluation('subform total over 50 rows (reduce, +, *)', [[subformTotal, order]]),
  ];
}
