import { describe, expect, it } from 'vitest';
import { compileRule } from './compileRule.js';
import { operatorTable, standardOperatorNames } from './compiler/operatorTable.js';
import { evaluateRule } from './evaluateRule.js';
import { ruleOperatorCatalogue } from './ruleOperatorCatalogue.js';

const formOperatorNames = [...operatorTable.keys()].filter((name) => !standardOperatorNames.includes(name));
const sampleRecord = {
  f_items: [{ _id: 'r1', f_qty: 2, f_price: 3, f_amount: 6, f_status: 'shipped', f_name: 'pen' }],
  f_sign_date: '2024-01-31',
  f_start: '2024-01-01',
  f_end: '2024-03-01',
  f_amount: 1.005,
  f_tags: ['vip'],
  f_score: 88,
};

describe('ruleOperatorCatalogue', () => {
  it('describes every form operator', () => {
    const described = new Set(ruleOperatorCatalogue.map((entry) => entry.name));
    expect(formOperatorNames.length).toBeGreaterThan(30);
    expect(formOperatorNames.filter((name) => !described.has(name))).toEqual([]);
  });

  it('names each operator once, and only operators that exist', () => {
    const names = ruleOperatorCatalogue.map((entry) => entry.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((name) => !operatorTable.has(name))).toEqual([]);
  });

  it('marks the standard operators as standard', () => {
    for (const entry of ruleOperatorCatalogue) expect(entry.standard, entry.name).toBe(standardOperatorNames.includes(entry.name));
  });

  it('speaks both languages everywhere', () => {
    for (const entry of ruleOperatorCatalogue) {
      const texts = [entry.description, ...entry.args.map((arg) => arg.description)];
      for (const text of texts) {
        expect(text['zh-CN'].trim(), entry.name).not.toBe('');
        expect(text.en.trim(), entry.name).not.toBe('');
      }
      expect(entry.description['zh-CN'], entry.name).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('gives examples that use their operator and evaluate on a sample record', () => {
    for (const entry of ruleOperatorCatalogue) {
      expect(Object.keys(entry.example as object), entry.name).toEqual([entry.name]);
      expect(() => evaluateRule(entry.example, sampleRecord, { now: () => Date.UTC(2024, 4, 1) }), entry.name).not.toThrow();
    }
  });

  it('lists choices the compiler accepts, and only those', () => {
    for (const entry of ruleOperatorCatalogue) {
      entry.args.forEach((arg, index) => {
        if (!arg.choices) return;
        for (const choice of arg.choices) {
          const args = entry.args.map((_, position) => (position === index ? choice : '2024-01-31'));
          expect(() => compileRule({ [entry.name]: args }), `${entry.name} ${choice}`).not.toThrow();
        }
        const wrong = entry.args.map((_, position) => (position === index ? 'fortnight' : '2024-01-31'));
        expect(() => compileRule({ [entry.name]: wrong }), `${entry.name} fortnight`).toThrow();
      });
    }
  });

  it('keeps its arguments in order: required ones first, a repeatable one last', () => {
    for (const entry of ruleOperatorCatalogue) {
      const firstOptional = entry.args.findIndex((arg) => arg.optional === true);
      if (firstOptional >= 0) expect(entry.args.slice(firstOptional).every((arg) => arg.optional === true || arg.repeatable === true), entry.name).toBe(true);
      entry.args.forEach((arg, index) => {
        if (arg.repeatable) expect(index, entry.name).toBe(entry.args.length - 1);
      });
    }
  });
});
