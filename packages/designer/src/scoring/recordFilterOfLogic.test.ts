import type { RecordFilter } from '@formwork/runtime';
import { describe, expect, it } from 'vitest';
import { logicOfRecordFilter, recordFilterOfLogic } from './recordFilterOfLogic.js';

describe('record filters from the condition builder', () => {
  it('turns a builder rule into a record filter and back', () => {
    const filters: RecordFilter[] = [
      { field: 'f_stage', op: 'eq', value: 'won' },
      { and: [{ field: 'f_amount', op: 'range', value: [1000, null] }, { field: 'f_region', op: 'in', value: ['east', 'west'] }] },
      { or: [{ field: 'f_note', op: 'like', value: 'VIP' }, { field: 'f_owner', op: 'empty' }] },
    ];
    for (const filter of filters) {
      const logic = logicOfRecordFilter(filter);
      expect(logic).toBeDefined();
      expect(recordFilterOfLogic(logic ?? null)).toEqual({ ok: true, filter });
    }
  });

  it('reads ≤ as an open range and no condition as no filter', () => {
    expect(recordFilterOfLogic({ '<=': [{ var: 'f_amount' }, 500] })).toEqual({ ok: true, filter: { field: 'f_amount', op: 'range', value: [null, 500] } });
    expect(recordFilterOfLogic(null)).toEqual({ ok: true, filter: null });
  });

  it('refuses a comparison the database cannot make, in both languages', () => {
    const refused = recordFilterOfLogic({ '>': [{ var: 'f_amount' }, { var: 'f_target' }] });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.reason.en).toContain('another field');
      expect(refused.reason['zh-CN']).toContain('筛选条件');
    }
  });
});
