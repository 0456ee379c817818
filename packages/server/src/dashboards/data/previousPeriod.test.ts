import { describe, expect, it } from 'vitest';
import { previousPeriod } from './previousPeriod.js';

describe('previousPeriod', () => {
  it('steps whole months back by months, whatever their lengths', () => {
    expect(previousPeriod({ from: '2025-03-01', to: '2025-03-31' })).toEqual({ from: '2025-02-01', to: '2025-02-28' });
    expect(previousPeriod({ from: '2024-03-01', to: '2024-03-31' })).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(previousPeriod({ from: '2025-04-01', to: '2025-06-30' })).toEqual({ from: '2025-01-01', to: '2025-03-31' });
    expect(previousPeriod({ from: '2025-01-01', to: '2025-12-31' })).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(previousPeriod({ from: '2025-01-01', to: '2025-01-31' })).toEqual({ from: '2024-12-01', to: '2024-12-31' });
  });

  it('steps any other range back by its number of days', () => {
    expect(previousPeriod({ from: '2025-03-10', to: '2025-03-16' })).toEqual({ from: '2025-03-03', to: '2025-03-09' });
    expect(previousPeriod({ from: '2025-03-01', to: '2025-03-15' })).toEqual({ from: '2025-02-14', to: '2025-02-28' });
    expect(previousPeriod({ from: '2025-03-05', to: '2025-03-05' })).toEqual({ from: '2025-03-04', to: '2025-03-04' });
  });
});
