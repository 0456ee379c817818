import { describe, expect, it } from 'vitest';
import type { FormSchema } from './FormSchema.js';
import { importRolesOf } from './importRolesOf.js';

const form = (settings?: FormSchema['settings']): FormSchema => ({ kind: 'form', schemaVersion: 1, title: 'Visits', fields: [], ...(settings ? { settings } : {}) });

describe('importRolesOf', () => {
  it('lets managers and admins import by default, not reps', () => {
    expect(importRolesOf(form())).toEqual(['admin', 'manager']);
  });

  it('follows the form setting, and never locks admins out', () => {
    expect(importRolesOf(form({ access: { import: { roles: ['member', 'manager'] } } }))).toEqual(['admin', 'member', 'manager']);
    expect(importRolesOf(form({ access: { import: { roles: [] } } }))).toEqual(['admin']);
  });
});
