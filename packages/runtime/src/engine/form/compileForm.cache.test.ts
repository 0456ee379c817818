import { describe, expect, it } from 'vitest';
import { compileForm } from './compileForm.js';
import { formOf } from './testing/formOf.js';

describe('compileForm caching', () => {
  it('compiles a schema object once', () => {
    const schema = formOf([{ id: 'f_a', type: 'text', label: 'A' }]);
    expect(compileForm(schema)).toBe(compileForm(schema));
  });

  it('reuses a compiled form by explicit key for an equal schema read again', () => {
    const first = compileForm(formOf([{ id: 'f_a', type: 'text', label: 'A' }]), { cacheKey: 'form_1@3' });
    const again = compileForm(formOf([{ id: 'f_a', type: 'text', label: 'A' }]), { cacheKey: 'form_1@3' });
    expect(again).toBe(first);
    const next = compileForm(formOf([{ id: 'f_a', type: 'number', label: 'A' }]), { cacheKey: 'form_1@4' });
    expect(next).not.toBe(first);
  });

  it('compiles the ajv validator once, on first use', () => {
    const form = compileForm(formOf([{ id: 'f_a', type: 'text', label: 'A' }]));
    expect(form.validateRecordShape).toBe(form.validateRecordShape);
  });
});
