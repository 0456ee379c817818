import { describe, expect, it } from 'vitest';
import { compileRule } from './compileRule.js';
import { evaluateRule } from './evaluateRule.js';
import { RuleError } from './RuleError.js';
import type { RuleLogic } from './RuleLogic.js';

function compileError(rule: RuleLogic, maxDepth?: number): RuleError {
  try {
    compileRule(rule, maxDepth === undefined ? {} : { maxDepth });
  } catch (error) {
    if (error instanceof RuleError) return error;
    throw error;
  }
  throw new Error(`compiled without error: ${JSON.stringify(rule)}`);
}

function evaluationError(run: () => unknown): RuleError {
  try {
    run();
  } catch (error) {
    if (error instanceof RuleError) return error;
    throw error;
  }
  throw new Error('evaluated without error');
}

describe('unknown operators', () => {
  it('are refused at compile time, with the pointer of the operator and a message in both languages', () => {
    const error = compileError({ and: [true, { if: [true, { frobnicate: [1] }] }] });
    expect(error.code).toBe('unknown_operator');
    expect(error.pointer).toBe('/and/1/if/1/frobnicate');
    expect(error.operator).toBe('frobnicate');
    expect(error.localized.en).toContain('"frobnicate"');
    expect(error.localized['zh-CN']).toContain('“frobnicate”');
    expect(error.message).toContain('/and/1/if/1/frobnicate');
  });

  it('are refused even where evaluation would never reach them', () => {
    expect(compileError({ if: [false, { frobnicate: [] }, 1] }).code).toBe('unknown_operator');
  });

  it.each(['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'apply', 'Math.abs', 'var.length'])(
    'include %s: object members are not operators',
    (name) => {
      expect(compileError({ [name]: [] }).code).toBe('unknown_operator');
    },
  );

  it('include __proto__ from JSON (an own key, not a prototype)', () => {
    const rule = JSON.parse('{"and": [{"__proto__": [1]}]}') as RuleLogic;
    const error = compileError(rule);
    expect(error.code).toBe('unknown_operator');
    expect(error.pointer).toBe('/and/0/__proto__');
  });

  it('escape ~ and / in the pointer', () => {
    expect(compileError({ 'a/b~c': 1 }).pointer).toBe('/a~1b~0c');
  });
});

describe('bad arguments', () => {
  it.each([
    [{ date_add: ['2024-01-01', 1] }, '/date_add', 'expects 3 arguments, got 2'],
    [{ '!': [{ date_add: ['2024-01-01', 1, 'fortnight'] }] }, '/!/0/date_add', 'day, week, month, year'],
    [{ date_part: ['2024-01-01', 'century'] }, '/date_part', 'year, quarter'],
    [{ start_of: ['2024-01-01', 'day'] }, '/start_of', 'week, month, quarter, year'],
    [{ today: [1] }, '/today', 'expects 0 arguments, got 1'],
    [{ round: [1, 2, 3] }, '/round', 'expects 1 to 2 arguments, got 3'],
    [{ coalesce: [] }, '/coalesce', 'at least 1'],
    [{ '*': [] }, '/*', 'at least 1'],
    [{ sum_of: [{ var: 'f_items' }] }, '/sum_of', 'expects 2 to 3 arguments'],
  ])('%j is refused at %s', (rule, pointer, detail) => {
    const error = compileError(rule);
    expect(error.code).toBe('invalid_arguments');
    expect(error.pointer).toBe(pointer);
    expect(error.localized.en).toContain(detail);
    expect(error.localized['zh-CN']).toMatch(/参数/);
  });

  it('are refused for values that are not JSON', () => {
    const error = compileError({ '+': [1, (() => 2) as unknown as RuleLogic] });
    expect(error.code).toBe('invalid_rule');
    expect(error.pointer).toBe('/+/1');
  });
});

describe('nesting depth', () => {
  const nest = (levels: number): RuleLogic => {
    let rule: RuleLogic = true;
    for (let level = 0; level < levels; level += 1) rule = { '!': [rule] };
    return rule;
  };

  it('refuses a hostile deep rule with a clear error, not a stack overflow', () => {
    const error = compileError(nest(100_000));
    expect(error.code).toBe('too_deep');
    expect(error.localized.en).toContain('200');
  });

  it('accepts rules within the bound and evaluates them', () => {
    // Operations and literal lists count; an operation's own argument list does not.
    expect(compileRule(nest(199)).evaluate({})).toBe(false);
    expect(compileRule(nest(200)).evaluate({})).toBe(true);
    expect(compileError(nest(201)).code).toBe('too_deep');
  });

  it('takes the bound from the options', () => {
    expect(compileError(nest(3), 2).code).toBe('too_deep');
    expect(compileRule(nest(3), { maxDepth: 3 }).evaluate({})).toBe(false);
  });

  it('counts deep literal arrays too', () => {
    let list: RuleLogic = [];
    for (let level = 0; level < 1000; level += 1) list = [list];
    expect(compileError({ in: [1, list] }).code).toBe('too_deep');
  });
});

describe('prototype paths', () => {
  it.each(['__proto__', 'constructor', 'a.prototype', 'a.__proto__.polluted', 'constructor.prototype'])('refuses the literal var path %s', (path) => {
    const error = compileError({ '==': [{ var: path }, 1] });
    expect(error.code).toBe('forbidden_path');
    expect(error.pointer).toBe('/==/0/var');
    expect(error.localized.en).toContain(path);
  });

  it('refuses prototype keys in missing and missing_some', () => {
    expect(compileError({ missing: ['a', '__proto__'] }).code).toBe('forbidden_path');
    expect(compileError({ missing_some: [1, ['constructor']] }).code).toBe('forbidden_path');
  });

  it('reads a computed prototype path as not found', () => {
    const rule = { var: [{ cat: ['__pro', 'to__'] }, 'fallback'] };
    expect(evaluateRule(rule, {})).toBe('fallback');
    expect(evaluateRule({ var: { cat: ['a.', 'constructor'] } }, { a: {} })).toBeNull();
    const parsed = JSON.parse('{"__proto__": {"x": 1}}') as unknown;
    expect(evaluateRule({ var: { cat: ['__proto__', '.x'] } }, parsed)).toBeNull();
  });

  it('reads only own properties, where json-logic-js would hand out inherited functions', () => {
    expect(evaluateRule({ var: 'toString' }, {})).toBeNull();
    expect(evaluateRule({ var: 'a.map' }, { a: [1] })).toBeNull();
    expect(evaluateRule({ var: 'a.toUpperCase' }, { a: 'x' })).toBeNull();
    expect(evaluateRule({ var: 'a.length' }, { a: 'xyz' })).toBe(3);
    expect(evaluateRule({ var: 'a.1' }, { a: ['p', 'q'] })).toBe('q');
  });

  it('never turns a rule string into code', () => {
    expect(evaluateRule('constructor', {})).toBe('constructor');
    expect(evaluateRule({ cat: ['return ', 'process.exit()'] }, {})).toBe('return process.exit()');
    expect(evaluateRule({ var: 'code' }, { code: { var: 'secret' }, secret: 's3cr3t' })).toEqual({ var: 'secret' });
  });
});

describe('runtime errors', () => {
  it('asks for a clock when today or now runs without now()', () => {
    const error = evaluationError(() => evaluateRule({ if: [true, { today: [] }, null] }, {}));
    expect(error.code).toBe('needs_clock');
    expect(error.pointer).toBe('/if/1/today');
    expect(error.localized.en).toContain('"today"');
    expect(error.localized['zh-CN']).toContain('now()');
    expect(evaluationError(() => evaluateRule({ now: [] }, {}, {})).code).toBe('needs_clock');
  });

  it('compiles a clock operator without a clock: only evaluation needs one', () => {
    expect(() => compileRule({ today: [] })).not.toThrow();
  });

  it('names an unknown time zone', () => {
    const error = evaluationError(() => evaluateRule({ date_part: ['2024-01-01', 'day'] }, {}, { timeZone: 'Mars/Olympus' }));
    expect(error.code).toBe('invalid_time_zone');
    expect(error.localized.en).toContain('Mars/Olympus');
  });
});
