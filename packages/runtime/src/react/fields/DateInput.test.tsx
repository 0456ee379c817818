import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderFields } from '../testing/renderFields.js';
import { isoToLocalInput } from './localDateTime.js';

describe('DateInput', () => {
  it('uses the date picker and stores YYYY-MM-DD', () => {
    const { session } = renderFields([{ id: 'd', type: 'date', label: 'Visit date', min: '2024-01-01' }]);
    const input = screen.getByLabelText('Visit date');
    expect(input.getAttribute('type')).toBe('date');
    expect(input.getAttribute('min')).toBe('2024-01-01');
    fireEvent.change(input, { target: { value: '2024-05-06' } });
    expect(session.getValue('/d')).toBe('2024-05-06');
    fireEvent.change(input, { target: { value: '' } });
    expect(session.getValue('/d')).toBeUndefined();
  });

  it('picks a month for a YYYY-MM format and stores its first day', () => {
    const { session } = renderFields([{ id: 'm', type: 'date', label: 'Month', format: 'YYYY-MM' }], { initial: { m: '2024-03-01' } });
    const input = screen.getByLabelText('Month');
    expect(input.getAttribute('type')).toBe('month');
    expect(input).toHaveProperty('value', '2024-03');
    fireEvent.change(input, { target: { value: '2024-07' } });
    expect(session.getValue('/m')).toBe('2024-07-01');
  });

  it('stores a datetime as ISO 8601 with the device offset, naming the same instant', () => {
    const { session } = renderFields([{ id: 't', type: 'datetime', label: 'Meeting' }]);
    fireEvent.change(screen.getByLabelText('Meeting'), { target: { value: '2024-05-06T09:30' } });
    const stored = session.getValue('/t');
    expect(stored).toMatch(/^2024-05-06T09:30:00[+-]\d\d:\d\d$/);
    expect(new Date(String(stored)).getTime()).toBe(new Date('2024-05-06T09:30').getTime());
    expect(isoToLocalInput(String(stored))).toBe('2024-05-06T09:30');
  });
});
