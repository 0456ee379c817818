import { describe, expect, it } from 'vitest';
import { bulkOptions } from './bulkOptions.js';

describe('bulkOptions', () => {
  it('makes one option per non-empty line with fresh values', () => {
    expect(bulkOptions('Visit\n\n  Call  \nVisit\n', [])).toEqual([
      { value: 'o1', label: 'Visit' },
      { value: 'o2', label: 'Call' },
    ]);
  });

  it('keeps the value and colour of options that are still listed', () => {
    const current = [
      { value: 'o1', label: 'Won', color: '#0a0' },
      { value: 'o2', label: 'Lost' },
    ];
    expect(bulkOptions('Lost\nPending\nWon', current)).toEqual([
      { value: 'o2', label: 'Lost' },
      { value: 'o3', label: 'Pending' },
      { value: 'o1', label: 'Won', color: '#0a0' },
    ]);
  });
});
