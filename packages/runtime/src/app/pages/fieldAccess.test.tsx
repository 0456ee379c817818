import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { compileForm, type FormSchema } from '../../engine/index.js';
import { renderApp } from '../testing/renderApp.js';
import { editableRecord, signedInServer, visitRecord, visitSchema } from '../testing/sampleData.js';

// Reps (the signed-in member) may not see the amount and may only read the stage.
const restricted: FormSchema = {
  ...visitSchema,
  fields: visitSchema.fields.map((field) => (field.id === 'amount' ? { ...field, defaultValue: { kind: 'fixed' as const, value: 5 } } : field)),
  settings: { access: { fields: { member: { amount: 'hidden', stage: 'read' } } } },
};

const compile = (schema: FormSchema, cacheKey: string) => compileForm(schema, { cacheKey });
const server = () => signedInServer().on('GET', /^\/api\/forms\/frm1$/, () => ({ body: { id: 'frm1', appId: 'app1', title: 'Customer visit', published: { version: 3, schema: restricted } } }));

describe('field permissions by role in the app (settings.access.fields)', () => {
  it('fills in without a hidden field, the read-only one locked, and sends neither', async () => {
    const s = server().on('POST', /^\/api\/forms\/frm1\/records$/, (request) => ({ status: 201, body: visitRecord('rec1', (request.body as { data: Record<string, unknown> }).data) }));
    const { user } = renderApp(s, '/f/frm1', { compile });
    await user.type(await screen.findByRole('textbox', { name: 'Customer' }), 'ACME');
    expect(screen.queryByRole('textbox', { name: 'Amount' })).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Stage' })).toHaveProperty('readOnly', true);
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByRole('heading', { name: 'Submitted' })).toBeTruthy();
    // Without the role's view the form's default amount (5) would go out, and the server would refuse it.
    expect(s.requests.find((r) => r.method === 'POST')?.body).toEqual({ data: { customer: 'ACME' } });
  });

  it('edits a record without offering or sending the fields the role may not change', async () => {
    const s = server()
      .on('GET', /^\/api\/records\/r1\/history$/, () => ({ body: { items: [] } }))
      .on('GET', /^\/api\/records\/r1$/, () => ({ body: editableRecord('r1', { customer: 'ACME', stage: 'lead' }) }))
      .on('PATCH', /^\/api\/records\/r1$/, (request) => ({ body: editableRecord('r1', { stage: 'lead', ...(request.body as { data: Record<string, unknown> }).data }, 2) }));
    const { user } = renderApp(s, '/records/r1', { compile });
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    expect(screen.queryByRole('textbox', { name: 'Amount' })).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Stage' })).toHaveProperty('readOnly', true);
    const customer = screen.getByRole('textbox', { name: 'Customer' });
    await user.clear(customer);
    await user.type(customer, 'ACME Ltd');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(s.requests.find((r) => r.method === 'PATCH')?.body).toEqual({ data: { customer: 'ACME Ltd' } }));
  });

  it('lists no column (nor search over it) for a hidden field', async () => {
    const s = server().on('GET', /^\/api\/forms\/frm1\/records$/, () => ({ body: { items: [visitRecord('r1', { customer: 'ACME', stage: 'lead' })], nextCursor: null, total: 1, names: { users: {}, departments: {} } } }));
    renderApp(s, '/forms/frm1/data', { compile });
    await screen.findByText('ACME');
    expect(screen.getByRole('columnheader', { name: /Customer/ })).toBeTruthy();
    expect(screen.queryByRole('columnheader', { name: /Amount/ })).toBeNull();
  });
});
