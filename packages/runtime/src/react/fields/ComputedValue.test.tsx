import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderFields } from '../testing/renderFields.js';

describe('ComputedValue', () => {
  it("shows a formula's result with its precision and unit, and follows changes", () => {
    const { session } = renderFields([{ id: 'total', type: 'formula', label: 'Total', expression: { '+': [1, 2] }, precision: 2, unit: 'CNY' }], {
      initial: { total: 3 },
    });
    const output = screen.getByRole('status', { name: 'Total' });
    expect(output.textContent).toBe('3.00 CNY');
    act(() => void session.setValue('/total', 1234.5));
    expect(output.textContent).toBe('1,234.50 CNY');
  });

  it('says a serial number is assigned on save', () => {
    renderFields([{ id: 'no', type: 'serial', label: 'Number', parts: [{ kind: 'counter', digits: 4 }] }], { locale: 'zh-CN' });
    expect(screen.getByText('保存后自动生成')).toBeTruthy();
  });
});
