import { describe, expect, it } from 'vitest';
import { formatSerial, serialCounterOf, serialPeriod } from './formatSerial.js';

describe('formatSerial', () => {
  it('joins text, the local date, fields and the zero-padded counter', () => {
    const parts = [
      { kind: 'text', value: 'HT-' },
      { kind: 'date', format: 'YYMMDD' },
      { kind: 'text', value: '-' },
      { kind: 'field', field: 'f_region' },
      { kind: 'counter', digits: 4 },
    ] as const;
    expect(formatSerial(parts, 7, '2025-01-06', { f_region: 'SH' })).toBe('HT-250106-SH0007');
    expect(formatSerial(parts, 123_456, '2025-12-31', {})).toBe('HT-251231-123456');
  });

  it('formats every date part', () => {
    for (const [format, expected] of [['YYYY', '2025'], ['YYYYMM', '202501'], ['YYYYMMDD', '20250106'], ['YYMMDD', '250106']] as const) {
      expect(formatSerial([{ kind: 'date', format }], 1, '2025-01-06', {})).toBe(expected);
    }
  });
});

describe('serialPeriod and serialCounterOf', () => {
  it('gives each reset its period key', () => {
    expect(['never', 'year', 'month', 'day'].map((reset) => serialPeriod(reset as 'day', '2025-01-06'))).toEqual(['', '2025', '202501', '20250106']);
  });

  it('reads start and reset from the first counter, with defaults', () => {
    expect(serialCounterOf([{ kind: 'text', value: 'x' }])).toEqual({ start: 1, reset: 'never' });
    expect(serialCounterOf([{ kind: 'counter', digits: 3, start: 100, reset: 'month' }])).toEqual({ start: 100, reset: 'month' });
  });
});
