import { describe, expect, it } from 'vitest';
import { formatPercent, missingPercent } from './formatPercent.js';
import { gaugeCompletion } from './gaugeCompletion.js';
import { periodChange } from './periodChange.js';

describe('periodChange', () => {
  it('is the difference and its ratio to the previous value', () => {
    expect(periodChange(120, 100)).toEqual({ absolute: 20, ratio: 0.2 });
    expect(periodChange(75, 100)).toEqual({ absolute: -25, ratio: -0.25 });
  });

  it('has no ratio from 0, and a rise from a loss is a positive ratio', () => {
    expect(periodChange(5, 0)).toEqual({ absolute: 5, ratio: null });
    expect(periodChange(-50, -100)).toEqual({ absolute: 50, ratio: 0.5 });
  });

  it('is null when either period has no value', () => {
    expect(periodChange(null, 3)).toBeNull();
    expect(periodChange(3, undefined)).toBeNull();
    expect(periodChange(Number.NaN, 3)).toBeNull();
  });
});

describe('gaugeCompletion', () => {
  it('is actual over target, over-achievement included', () => {
    expect(gaugeCompletion(75, 100)).toBe(0.75);
    expect(gaugeCompletion(125, 100)).toBe(1.25);
  });

  it('is null without an actual value or a positive target', () => {
    expect(gaugeCompletion(null, 100)).toBeNull();
    expect(gaugeCompletion(10, 0)).toBeNull();
  });
});

describe('formatPercent', () => {
  it('rounds half away from zero at the decimal people read', () => {
    expect(formatPercent(0.1234)).toBe('12.3%');
    expect(formatPercent(0.00145)).toBe('0.1%');
    expect(formatPercent(0.145, { digits: 0 })).toBe('15%');
    expect(formatPercent(-0.145, { digits: 0 })).toBe('-15%');
    expect(formatPercent(1.005, { digits: 1 })).toBe('100.5%');
  });

  it('signs rises when asked, never a zero', () => {
    expect(formatPercent(0.05, { signed: true })).toBe('+5.0%');
    expect(formatPercent(-0.05, { signed: true })).toBe('-5.0%');
    expect(formatPercent(0.00001, { signed: true })).toBe('0.0%');
    expect(formatPercent(-0.00001)).toBe('0.0%');
  });

  it('shows a missing ratio as a dash', () => {
    expect(formatPercent(null)).toBe(missingPercent);
    expect(formatPercent(Number.POSITIVE_INFINITY)).toBe('—');
  });
});
