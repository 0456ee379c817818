import { describe, expect, it } from 'vitest';
import type { FormSchema } from './FormSchema.js';
import { fieldPermissionsOf } from './fieldPermissionsOf.js';

const form = (settings?: FormSchema['settings']): FormSchema => ({
  kind: 'form',
  schemaVersion: 1,
  title: 'Visits',
  fields: [
    { id: 'f_customer', type: 'text', label: 'Customer' },
    { id: 'f_cost', type: 'number', label: 'Cost' },
  ],
  ...(settings ? { settings } : {}),
});

describe('fieldPermissionsOf', () => {
  it('restricts nothing when the form says nothing', () => {
    expect([...fieldPermissionsOf(form(), 'member')]).toEqual([]);
  });

  it("reads the role's hidden and read-only fields, leaving edit out, and never restricts admins", () => {
    const schema = form({ access: { fields: { member: { f_cost: 'hidden', f_customer: 'read' }, manager: { f_cost: 'edit' } } } });
    expect([...fieldPermissionsOf(schema, 'member')]).toEqual([
      ['f_cost', 'hidden'],
      ['f_customer', 'read'],
    ]);
    expect([...fieldPermissionsOf(schema, 'manager')]).toEqual([]);
    expect([...fieldPermissionsOf(schema, 'admin')]).toEqual([]);
  });
});
