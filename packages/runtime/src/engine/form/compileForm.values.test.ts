import { describe, expect, it } from 'vitest';
import type { FieldDefinition } from '../documents/form/FormSchema.js';
import { compileForm } from './compileForm.js';
import { formOf, testContext } from './testing/formOf.js';

/**
 * "What a value may be" (runtime README): blank text, lists given to scalar fields, money as a
 * decimal, numbers beyond what a double holds exactly, formulas that overflow, and characters
 * that cannot be shown or exported. Each rule is checked on the server's path (`prepareSubmission`,
 * both the raw path of forms without rules and the general one) and the renderer's (`createSession`).
 */

const ctx = testContext('en');

/** [error pointer, code] of the server's answer, or the stored data when it accepts. */
function submit(fields: readonly FieldDefinition[], data: Record<string, unknown>): unknown {
  const result = compileForm(formOf(fields)).prepareSubmission(data, ctx);
  return result.ok ? result.data : result.errors.map((error) => [error.pointer, error.code]);
}

/** The same through the general path: a default on another field makes the form evaluate rules. */
function submitEvaluated(fields: readonly FieldDefinition[], data: Record<string, unknown>): unknown {
  const result = submit([...fields, { id: 'f_defaulted', type: 'text', label: 'D', defaultValue: { kind: 'formula', expression: 'x' } }], data);
  if (Array.isArray(result)) return result;
  const { f_defaulted: _defaulted, ...stored } = result as Record<string, unknown>;
  return stored;
}

/** The renderer's session: the errors after setting each value. */
function sessionErrors(fields: readonly FieldDefinition[], values: Record<string, unknown>): unknown {
  const session = compileForm(formOf(fields)).createSession({}, ctx);
  for (const [id, value] of Object.entries(values)) session.setValue(`/${id}`, value);
  return session.getErrors().map((error) => [error.pointer, error.code]);
}

describe('what a value may be', () => {
  it('counts blank text as empty: required fails, optional stores nothing', () => {
    const fields: FieldDefinition[] = [
      { id: 'f_name', type: 'text', label: 'Name', required: true },
      { id: 'f_note', type: 'textarea', label: 'Note' },
    ];
    expect(submit(fields, { f_name: '   ', f_note: '\n\t ' })).toEqual([['/f_name', 'required']]);
    expect(submit(fields, { f_name: ' A ', f_note: '\u3000' })).toEqual({ f_name: ' A ' });
    expect(submitEvaluated(fields, { f_name: '\u3000' })).toEqual([['/f_name', 'required']]);
    expect(sessionErrors(fields, { f_name: '  ' })).toEqual([['/f_name', 'required']]);
  });

  it.each<[FieldDefinition['type'], unknown]>([
    ['number', []],
    ['money', []],
    ['money', {}],
    ['rating', []],
    ['date', []],
    ['radio', []],
    ['text', []],
  ])('refuses %s given %j with a type error, never drops it as empty', (type, value) => {
    const field = { id: 'f', type, label: 'F', options: [{ value: 'a', label: 'A' }] } as FieldDefinition;
    expect(submit([field], { f: value })).toEqual([['/f', 'type']]);
    expect(submitEvaluated([field], { f: value })).toEqual([['/f', 'type']]);
    expect(sessionErrors([field], { f: value })).toEqual([['/f', 'type']]);
  });

  it('still counts [] as empty where the value is a list', () => {
    expect(submit([{ id: 'f', type: 'checkbox', label: 'F', options: [{ value: 'a', label: 'A' }] }], { f: [] })).toEqual({});
    expect(submit([{ id: 'f', type: 'members', label: 'F', required: true }], { f: [] })).toEqual([['/f', 'required']]);
  });

  it('stores money as the decimal it stands for: 0.1 + 0.2 is 0.3, 0.305 is refused, not rounded', () => {
    const money: FieldDefinition = { id: 'f', type: 'money', label: 'Amount', max: 0.3 };
    expect(submit([money], { f: 0.1 + 0.2 })).toEqual({ f: 0.3 });
    expect(submitEvaluated([money], { f: 0.1 + 0.2 })).toEqual({ f: 0.3 });
    expect(submit([money], { f: '0.30000000000000004' })).toEqual({ f: 0.3 });
    expect(submit([money], { f: -0.1 - 0.2 })).toEqual({ f: -0.3 });
    const plainMoney: FieldDefinition = { id: 'f', type: 'money', label: 'Amount' };
    expect(submit([plainMoney], { f: 0.305 })).toEqual([['/f', 'precision']]);
    expect(sessionErrors([plainMoney], { f: 0.305 })).toEqual([['/f', 'precision']]);
    expect(submit([{ id: 'f', type: 'number', label: 'N', precision: 0 }], { f: 0.1 * 30 })).toEqual({ f: 3 });
  });

  it('refuses numbers beyond what can be stored exactly, instead of changing their digits', () => {
    const number: FieldDefinition = { id: 'f', type: 'number', label: 'N' };
    // JSON has already turned …993 into …992 (2^53): beyond 2^53 − 1, whatever the digits were.
    expect(submit([number], JSON.parse('{"f": 9007199254740993}') as Record<string, unknown>)).toEqual([['/f', 'range']]);
    expect(submit([number], { f: 1.2345678901234568e29 })).toEqual([['/f', 'range']]);
    expect(submit([number], { f: '123456789012345678901234567890' })).toEqual([['/f', 'range']]);
    expect(submit([number], { f: -9007199254740991 })).toEqual({ f: -9007199254740991 });
    expect(submit([{ id: 'f', type: 'number', label: 'N', precision: 0 }], { f: 9007199254740991 })).toEqual({ f: 9007199254740991 });
    const money: FieldDefinition = { id: 'f', type: 'money', label: 'Amount' };
    expect(submit([money], { f: 9999999999999.99 })).toEqual({ f: 9999999999999.99 });
    expect(submit([money], { f: -1e13 })).toEqual([['/f', 'range']]);
    expect(sessionErrors([money], { f: 1e13 })).toEqual([['/f', 'range']]);
  });

  it('refuses a record whose formula overflows or divides by zero, naming the calculated field', () => {
    const fields: FieldDefinition[] = [
      { id: 'f_qty', type: 'number', label: 'Qty' },
      { id: 'f_amount', type: 'money', label: 'Amount' },
      { id: 'f_unit', type: 'formula', label: 'Unit price', resultType: 'number', precision: 2, expression: { '/': [{ var: 'f_amount' }, { var: 'f_qty' }] } },
      { id: 'f_huge', type: 'formula', label: 'Huge', expression: { '*': [{ var: 'f_amount' }, 1e200, 1e200] } },
    ];
    expect(submit(fields, { f_qty: 4, f_amount: 10 })).toEqual([['/f_huge', 'overflow']]);
    // 0 / 0 is NaN: no result, like an empty input.
    expect(submit(fields, { f_qty: 0, f_amount: 0 })).toEqual({ f_qty: 0, f_amount: 0, f_huge: 0 });
    expect(submit(fields, { f_qty: 0, f_amount: 10 })).toEqual([['/f_unit', 'overflow'], ['/f_huge', 'overflow']]);
    // No amount: `/` reads it as 0 (json-logic-js), `*` as NaN — no result, and no error.
    expect(submit(fields, { f_qty: 2 })).toEqual({ f_qty: 2, f_unit: 0 });
    const form = compileForm(formOf(fields));
    const refused = form.prepareSubmission({ f_qty: 0, f_amount: 1 }, testContext('zh-CN'));
    expect(refused.ok ? [] : refused.errors[0]?.message).toBe('「Unit price」无法计算：结果溢出或除以零');
  });

  it('refuses a total over rows whose formula overflowed, rather than storing the other rows as the total', () => {
    const fields: FieldDefinition[] = [
      {
        id: 'f_items',
        type: 'subform',
        label: 'Items',
        fields: [
          { id: 'c_qty', type: 'number', label: 'Qty' },
          { id: 'c_price', type: 'number', label: 'Price' },
          { id: 'c_unit', type: 'formula', label: 'Unit price', resultType: 'number', expression: { '/': [{ var: '$row.c_price' }, { var: '$row.c_qty' }] } },
        ],
      },
      { id: 'f_total', type: 'formula', label: 'Total', resultType: 'number', expression: { sum_of: [{ var: 'f_items' }, 'c_unit'] } },
    ];
    const rows = [
      { _id: 'r1', c_qty: 2, c_price: 5 },
      { _id: 'r2', c_qty: 0, c_price: 3 },
    ];
    expect(submit(fields, { f_items: rows })).toEqual([['/f_items/1/c_unit', 'overflow']]);
    expect(submit(fields, { f_items: rows.slice(0, 1) })).toEqual({ f_items: [{ _id: 'r1', c_qty: 2, c_price: 5, c_unit: 2.5 }], f_total: 2.5 });
    expect(submit([{ id: 'f', type: 'formula', label: 'Big', expression: { '*': [1e10, 1e10] } }], {})).toEqual([['/f', 'range']]);
  });

  it.each([
    ['NUL', 'a\u0000b', 'U+0000'],
    ['an escape', '\u001B[31m', 'U+001B'],
    ['DEL', 'a\u007F', 'U+007F'],
    ['a C1 control', 'a\u0085b', 'U+0085'],
    ['a right-to-left override', 'invoice\u202Efdp.exe', 'U+202E'],
    ['an isolate', '\u2066x\u2069', 'U+2066'],
    ['a lone high surrogate', 'a\uD83D', 'U+D83D'],
    ['a lone low surrogate', '\uDE00b', 'U+DE00'],
  ])('refuses text holding %s, naming the character', (_name, text, character) => {
    const fields: FieldDefinition[] = [
      { id: 'f_name', type: 'text', label: 'Name' },
      { id: 'f_note', type: 'textarea', label: 'Note' },
      { id: 'f_html', type: 'richtext', label: 'HTML' },
      { id: 'f_addr', type: 'address', label: 'Address' },
    ];
    const result = compileForm(formOf(fields)).prepareSubmission({ f_name: text, f_note: text, f_html: text, f_addr: { detail: text } }, ctx);
    expect(result.ok ? [] : result.errors.map((error) => [error.pointer, error.code, error.params?.character])).toEqual([
      ['/f_name', 'character', character],
      ['/f_note', 'character', character],
      ['/f_html', 'character', character],
      ['/f_addr', 'character', character],
    ]);
    expect(sessionErrors(fields, { f_note: text })).toEqual([['/f_note', 'character']]);
  });

  it('allows line breaks and tabs in multi-line text only; emoji and marks are fine', () => {
    const fields: FieldDefinition[] = [
      { id: 'f_name', type: 'text', label: 'Name' },
      { id: 'f_note', type: 'textarea', label: 'Note' },
    ];
    expect(submit(fields, { f_name: '客户 😀 \u200F', f_note: 'a\tb\r\nc' })).toEqual({ f_name: '客户 😀 \u200F', f_note: 'a\tb\r\nc' });
    expect(submit(fields, { f_name: 'a\tb' })).toEqual([['/f_name', 'character']]);
    expect(submitEvaluated(fields, { f_name: 'a\nb' })).toEqual([['/f_name', 'character']]);
  });
});
