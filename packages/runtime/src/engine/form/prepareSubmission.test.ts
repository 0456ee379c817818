import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileForm } from './compileForm.js';
import { generateForm } from './testing/generateForm.js';
import { generateRecord } from './testing/generateRecord.js';
import { formOf, testContext } from './testing/formOf.js';
import { seededRandom } from './testing/seededRandom.js';

const ctx = testContext('en');

const crm = compileForm(
  formOf([
    { id: 'f_customer', type: 'text', label: 'Customer', required: true },
    { id: 'f_amount', type: 'money', label: 'Amount', min: 0 },
    { id: 'f_discount', type: 'number', label: 'Discount', visibleWhen: { '>': [{ var: 'f_amount' }, 1000] } },
    { id: 'f_net', type: 'formula', label: 'Net', resultType: 'number', precision: 2, expression: { '-': [{ var: 'f_amount' }, { if: [{ var: 'f_discount' }, { var: 'f_discount' }, 0] }] } },
    { id: 'f_account', type: 'link', label: 'Account', formId: 'form_accounts', displayField: 'f_name' },
    { id: 'f_account_city', type: 'lookup', label: 'Account city', linkField: 'f_account', sourceField: 'f_city' },
    { id: 'f_no', type: 'serial', label: 'No.', parts: [{ kind: 'text', value: 'SO-' }, { kind: 'counter', digits: 5 }] },
    { id: 'f_stage', type: 'select', label: 'Stage', options: [{ value: 'new', label: 'New' }], defaultValue: { kind: 'fixed', value: 'new' } },
    { id: 'constructor', type: 'text', label: 'Tricky id' },
  ]),
);

describe('prepareSubmission', () => {
  it('recomputes formulas, leaves lookups and serials to the server, applies defaults, drops empties', () => {
    expect(
      crm.prepareSubmission(
        { f_customer: 'ACME', f_amount: '2000', f_discount: 100, f_net: 1, f_account: 'rec_1', f_account_city: 'Paris', f_no: 'SO-99999', constructor: '' },
        ctx,
      ),
    ).toEqual({ ok: true, data: { f_customer: 'ACME', f_amount: 2000, f_discount: 100, f_net: 1900, f_account: 'rec_1', f_stage: 'new' } });
  });

  it('drops a hidden field before computing: the client cannot sneak a value in through it', () => {
    expect(crm.prepareSubmission({ f_customer: 'ACME', f_amount: 500, f_discount: 400 }, ctx)).toEqual({
      ok: true,
      data: { f_customer: 'ACME', f_amount: 500, f_net: 500, f_stage: 'new' },
    });
  });

  it('reports unknown keys, and every fault, with the cleaned data', () => {
    const result = crm.prepareSubmission({ f_customer: '', f_amount: -1, admin: true, 'a/b~c': 1 }, ctx);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((error) => [error.pointer, error.code])).toEqual([
      ['/f_customer', 'required'],
      ['/f_amount', 'min'],
      ['/admin', 'unknown_field'],
      ['/a~1b~0c', 'unknown_field'],
    ]);
    expect(result.data).toEqual({ f_amount: -1, f_net: -1, f_stage: 'new' });
  });

  it('reads ids that name Object.prototype members only from the data itself', () => {
    expect(crm.prepareSubmission({ f_customer: 'ACME' }, ctx).data).not.toHaveProperty('constructor');
    expect(crm.prepareSubmission({ f_customer: 'ACME', constructor: 'ok' }, ctx).data).toMatchObject({ constructor: 'ok' });
  });

  it('answers hostile data with errors, never a throw', () => {
    const hostile: unknown[] = [
      null,
      [],
      'x',
      42,
      JSON.parse('{"__proto__": {"polluted": 1}, "f_customer": "ok"}'),
      { f_customer: 'x'.repeat(5_000_000), f_amount: '9'.repeat(1_000_000) },
      { f_customer: { toString: 'no' }, f_amount: [1], f_discount: {}, f_stage: ['new'], f_account: { $ne: null } },
      { f_customer: 'ok', f_amount: Number.POSITIVE_INFINITY },
    ];
    for (const data of hostile) {
      const result = crm.prepareSubmission(data, ctx);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const huge = crm.prepareSubmission({ f_customer: 'x'.repeat(5_000_000) }, ctx);
    expect(!huge.ok && huge.errors.map((error) => error.code)).toEqual(['maxLength']);
  });

  it('never throws and is deterministic, whatever JSON it is sent', () => {
    const form = compileForm(generateForm({ fields: 30, subformColumns: 3, formulas: 3, visibilityRules: 3, validations: 1, rowRules: true, seed: 8 }));
    const keys = fc.constantFrom(...form.valueFields.map((entry) => entry.field.id), '_id', '__proto__', 'constructor', 'x');
    const json = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 2 }), fc.array(tie('row'), { maxLength: 3 })),
      row: fc.dictionary(keys, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 }),
    }));
    fc.assert(
      fc.property(fc.oneof(fc.dictionary(keys, json.value, { maxKeys: 12 }), fc.jsonValue()), (data) => {
        const first = form.prepareSubmission(data, ctx);
        expect(form.prepareSubmission(data, ctx)).toEqual(first);
        expect(form.validateRecord(data, ctx)).toEqual(first.ok ? [] : first.errors);
      }),
      { numRuns: 300 },
    );
  });

  it('stores what the record schema accepts, and a stored record passes again unchanged', () => {
    const schema = generateForm({ fields: 60, subformColumns: 4, formulas: 4, visibilityRules: 5, rowRules: true, seed: 2 });
    const form = compileForm(schema);
    const random = seededRandom(3);
    let stored = 0;
    for (let i = 0; i < 300; i++) {
      const data = generateRecord(schema, random, { rows: 2, invalid: i % 3 === 0 });
      const result = form.prepareSubmission(data, ctx);
      if (!result.ok) continue;
      stored += 1;
      expect(form.validateRecordShape(result.data), JSON.stringify(form.validateRecordShape.errors)).toBe(true);
      expect(form.prepareSubmission(result.data, ctx)).toEqual(result);
    }
    expect(stored).toBeGreaterThan(50);
  });
});
