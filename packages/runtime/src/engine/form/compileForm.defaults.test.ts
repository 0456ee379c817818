import { describe, expect, it } from 'vitest';
import { compileForm } from './compileForm.js';
import { formOf, testContext } from './testing/formOf.js';

const ctx = testContext('en');

const form = compileForm(
  formOf([
    { id: 'f_stage', type: 'select', label: 'Stage', options: [{ value: 'lead', label: 'Lead' }, { value: 'won', label: 'Won' }], defaultValue: { kind: 'fixed', value: 'lead' } },
    { id: 'f_owner', type: 'member', label: 'Owner', defaultValue: { kind: 'currentUser' } },
    { id: 'f_team', type: 'departments', label: 'Teams', defaultValue: { kind: 'currentDepartment' } },
    { id: 'f_watchers', type: 'members', label: 'Watchers', defaultValue: { kind: 'currentUser' } },
    { id: 'f_date', type: 'date', label: 'Date', defaultValue: { kind: 'today' } },
    { id: 'f_at', type: 'datetime', label: 'At', defaultValue: { kind: 'now' } },
    { id: 'f_day_of_at', type: 'date', label: 'Day', defaultValue: { kind: 'now' } },
    { id: 'f_price', type: 'money', label: 'Price' },
    { id: 'f_quote', type: 'money', label: 'Quote', defaultValue: { kind: 'formula', expression: { '*': [{ var: 'f_price' }, 1.1] } } },
    {
      id: 'f_items',
      type: 'subform',
      label: 'Items',
      fields: [
        { id: 'c_qty', type: 'number', label: 'Qty', defaultValue: { kind: 'fixed', value: 1 } },
        { id: 'c_note', type: 'text', label: 'Note', defaultValue: { kind: 'formula', expression: { cat: ['x', { var: '$row.c_qty' }] } } },
      ],
    },
  ]),
);

describe('defaults', () => {
  it('fills absent fields from fixed values, the user, their department and the clock', () => {
    expect(form.evaluate({}, ctx).values).toEqual({
      f_stage: 'lead',
      f_owner: 'u_1',
      f_team: ['d_1'],
      f_watchers: ['u_1'],
      f_date: '2024-05-01',
      f_at: '2024-05-01T10:30:00+08:00',
      f_day_of_at: '2024-05-01',
      f_items: [],
    });
  });

  it('never replaces a value that is there, even an empty one', () => {
    const values = form.evaluate({ f_stage: 'won', f_owner: null, f_date: '' }, ctx).values;
    expect(values).toMatchObject({ f_stage: 'won', f_owner: null, f_date: '' });
  });

  it('takes the date in the context time zone', () => {
    expect(form.evaluate({}, testContext('en', { timeZone: 'America/Los_Angeles' })).values).toMatchObject({
      f_date: '2024-04-30',
      f_at: '2024-04-30T19:30:00-07:00',
    });
  });

  it('gives nothing for the current user or department when there is none', () => {
    const anonymous = form.evaluate({}, { now: ctx.now, locale: 'en' }).values;
    expect(anonymous).not.toHaveProperty('f_owner');
    expect(anonymous).not.toHaveProperty('f_team');
    const noDepartment = form.evaluate({}, testContext('en', { user: { id: 'u_2', departmentId: null } })).values;
    expect(noDepartment).toMatchObject({ f_owner: 'u_2' });
    expect(noDepartment).not.toHaveProperty('f_team');
  });

  it('computes a formula default while the field is absent, and follows what it reads', () => {
    expect(form.evaluate({ f_price: 10 }, ctx).values.f_quote).toBe(11);
    expect(form.evaluate({ f_price: 10, f_quote: 9 }, ctx).values.f_quote).toBe(9);
    const session = form.createSession({ f_price: 10 }, ctx);
    session.setValue('/f_price', 20);
    expect(session.getValue('/f_quote')).toBe(22);
    session.setValue('/f_quote', 5);
    session.setValue('/f_price', 30);
    expect(session.getValue('/f_quote')).toBe(5);
  });

  it('fills the cells of every row, including rows added later', () => {
    expect(form.evaluate({ f_items: [{ _id: 'r1' }, { _id: 'r2', c_qty: 3 }] }, ctx).values.f_items).toEqual([
      { _id: 'r1', c_qty: 1, c_note: 'x1' },
      { _id: 'r2', c_qty: 3, c_note: 'x3' },
    ]);
    const session = form.createSession({}, ctx, { newRowId: () => 'new1' });
    session.addRow('f_items');
    expect(session.getValue('/f_items')).toEqual([{ _id: 'new1', c_qty: 1, c_note: 'x1' }]);
  });

  it('applies defaults on submit for absent fields', () => {
    const result = form.prepareSubmission({ f_price: 10 }, ctx);
    expect(result.ok).toBe(true);
    expect(result.data).toMatchObject({ f_stage: 'lead', f_owner: 'u_1', f_quote: 11, f_date: '2024-05-01' });
  });
});
