import { describe, expect, it } from 'vitest';
import { funnelConversion } from './funnelConversion.js';
import { funnelStages } from './funnelStages.js';

describe('funnelConversion', () => {
  it('divides each stage by the one before it and by the first', () => {
    expect(funnelConversion([200, 50, 10])).toEqual([
      { conversion: null, overall: 1 },
      { conversion: 0.25, overall: 0.25 },
      { conversion: 0.2, overall: 0.05 },
    ]);
  });

  it('has no conversion after an empty stage, and no overall when the top is empty', () => {
    expect(funnelConversion([0, 0, 3])).toEqual([
      { conversion: null, overall: null },
      { conversion: null, overall: null },
      { conversion: null, overall: null },
    ]);
    expect(funnelConversion([10, 0, 4])[2]).toEqual({ conversion: null, overall: 0.4 });
  });

  it('shows a stage larger than the one before as above 100 %, not capped', () => {
    expect(funnelConversion([10, 5, 8])[2]?.conversion).toBe(1.6);
  });

  it('is empty for no stages', () => {
    expect(funnelConversion([])).toEqual([]);
  });
});

describe('funnelStages', () => {
  it('keeps the stages in the order given with their counts and conversions', () => {
    const stages = funnelStages([
      { member: { value: 'lead', label: '线索' }, count: 40 },
      { member: { value: 'deal', label: '商机' }, count: 10 },
    ]);
    expect(stages).toEqual([
      { member: { value: 'lead', label: '线索' }, count: 40, conversion: null, overall: 1 },
      { member: { value: 'deal', label: '商机' }, count: 10, conversion: 0.25, overall: 0.25 },
    ]);
  });
});
