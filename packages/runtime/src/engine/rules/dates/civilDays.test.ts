import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, daysInMonth, isLeapYear, isoWeekday } from './civilDays.js';

const day = fc.integer({ min: -800_000, max: 800_000 });

describe('civil day arithmetic', () => {
  it('agrees with Date for every day of years 0000–4160', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_528, max: 800_000 }), (days) => {
        const date = new Date(days * 864e5);
        expect(civilFromDays(days)).toEqual({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
        expect(isoWeekday(days)).toBe(date.getUTCDay() || 7);
      }),
    );
  });

  it('round-trips a day number through its calendar date', () => {
    fc.assert(
      fc.property(day, (days) => {
        const { year, month, day: dayOfMonth } = civilFromDays(days);
        expect(daysFromCivil(year, month, dayOfMonth)).toBe(days);
      }),
    );
  });

  it('knows the Gregorian leap years and month lengths', () => {
    expect([1900, 2000, 2023, 2024, 2100].map(isLeapYear)).toEqual([false, true, false, true, false]);
    expect([1, 2, 4, 12].map((month) => daysInMonth(2024, month))).toEqual([31, 29, 30, 31]);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
  });
});
