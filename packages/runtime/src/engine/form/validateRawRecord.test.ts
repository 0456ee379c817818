import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeForm } from './analyzeFormRules.js';
import { validateSubmission } from './compileForm.js';
import { buildFormPlan } from './FormPlan.js';
import { generateForm } from './testing/generateForm.js';
import { generateRecord } from './testing/generateRecord.js';
import { testContext } from './testing/formOf.js';
import { seededRandom } from './testing/seededRandom.js';
import { canValidateRaw, validateRawRecord } from './validateRawRecord.js';

// The one-pass path for forms without rules must answer exactly as the general path does.
const schema = generateForm({ fields: 80, subformColumns: 6, seed: 17 });
const analysis = analyzeForm(schema);
const plan = buildFormPlan(schema, analysis.index, analysis.ruleGraph);
const ctx = testContext('zh-CN');

describe('validateRawRecord', () => {
  it('applies only to forms with nothing to compute', () => {
    expect(canValidateRaw(plan)).toBe(true);
    const ruled = generateForm({ fields: 10, formulas: 1, seed: 1 });
    const ruledAnalysis = analyzeForm(ruled);
    expect(canValidateRaw(buildFormPlan(ruled, ruledAnalysis.index, ruledAnalysis.ruleGraph))).toBe(false);
  });

  it('gives the errors and the stored record of the general path on generated records', () => {
    const random = seededRandom(4);
    for (let i = 0; i < 300; i++) {
      const data = generateRecord(schema, random, { rows: 2, invalid: i % 2 === 0 });
      expect(validateRawRecord(plan, data, ctx, true)).toEqual(validateSubmission(plan, data, ctx, true));
    }
  });

  it('gives the same answer on arbitrary JSON', () => {
    const ids = plan.fields.flatMap((field) => [field.id, ...field.columns.map((column) => column.id)]);
    const keys = fc.constantFrom(...ids, '_id', '__proto__', 'toString', 'other');
    const row = fc.dictionary(keys, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 });
    const value = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.array(fc.oneof(row, fc.jsonValue({ maxDepth: 1 })), { maxLength: 3 }));
    fc.assert(
      fc.property(fc.oneof(fc.dictionary(keys, value, { maxKeys: 15 }), fc.jsonValue({ maxDepth: 1 })), (data) => {
        expect(validateRawRecord(plan, data, ctx, true)).toEqual(validateSubmission(plan, data, ctx, true));
      }),
      { numRuns: 300 },
    );
  });
});
