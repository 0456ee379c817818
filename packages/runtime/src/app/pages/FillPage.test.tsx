import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { memoryDrafts, renderApp } from '../testing/renderApp.js';
import { archivedFormServer, signedInServer, visitRecord } from '../testing/sampleData.js';

describe('the fill page', () => {
  it('submits the values once with an idempotency key and confirms', async () => {
    const server = signedInServer().on('POST', /^\/api\/forms\/frm1\/records$/, (request) => ({
      status: 201,
      body: visitRecord('rec1', (request.body as { data: Record<string, unknown> }).data),
    }));
    const { user } = renderApp(server, '/f/frm1');
    await user.type(await screen.findByRole('textbox', { name: 'Customer' }), 'ACME');
    await user.type(screen.getByRole('textbox', { name: 'Amount' }), '99.5');
    await user.dblClick(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByRole('heading', { name: 'Submitted' })).toBeTruthy();
    const posts = server.requests.filter((r) => r.method === 'POST' && r.path === '/api/forms/frm1/records');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body).toEqual({ data: { customer: 'ACME', amount: 99.5 } });
    expect(posts[0]?.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(screen.getByRole('link', { name: 'Open the record' }).getAttribute('href')).toBe('/records/rec1');
    expect((screen.getByLabelText('Shareable link') as HTMLInputElement).value).toMatch(/\/f\/frm1$/);
  });

  it("shows the server's field errors beside the fields and keeps the draft", async () => {
    const drafts = memoryDrafts();
    const server = signedInServer().on('POST', /^\/api\/forms\/frm1\/records$/, () => ({
      status: 400,
      body: { error: { code: 'invalid_record', message: 'The record has errors', details: [{ fieldId: 'customer', pointer: '/data/customer', code: 'unique', message: 'This customer already exists' }] } },
    }));
    const { user } = renderApp(server, '/f/frm1', { drafts });
    await user.type(await screen.findByRole('textbox', { name: 'Customer' }), 'ACME');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    const customer = screen.getByRole('textbox', { name: 'Customer' });
    await waitFor(() => expect(customer.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('This customer already exists')).toBeTruthy();
    expect(screen.getByText('The record has errors')).toBeTruthy();
    await waitFor(() => expect(drafts.drafts.get('formwork:draft:frm1@3:u1')?.values).toEqual({ customer: 'ACME' }));
  });

  it('keeps everything when the network fails and retries with the same key', async () => {
    let attempts = 0;
    const server = signedInServer().on('POST', /^\/api\/forms\/frm1\/records$/, () => {
      attempts += 1;
      return attempts === 1 ? { status: 503, body: { error: { code: 'unavailable', message: 'Try later' } } } : { status: 201, body: visitRecord('rec9', {}) };
    });
    const { user } = renderApp(server, '/f/frm1');
    await user.type(await screen.findByRole('textbox', { name: 'Customer' }), 'ACME');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await user.click(await screen.findByRole('button', { name: 'Retry submit' }));
    expect(await screen.findByRole('heading', { name: 'Submitted' })).toBeTruthy();
    const keys = server.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/records')).map((r) => r.headers.get('idempotency-key'));
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });

  it('tells a user who may not open the form', async () => {
    const server = signedInServer().on('GET', /^\/api\/forms\/secret$/, () => ({ status: 404, body: { error: { code: 'not_found', message: 'No such form' } } }));
    renderApp(server, '/f/secret', { locale: 'zh-CN' });
    expect((await screen.findByRole('alert')).textContent).toContain('找不到此页面或您无权访问');
  });
});

describe('the fill page of an archived form (admins only)', () => {
  it('takes no new record and points at the records instead', async () => {
    renderApp(archivedFormServer(), '/f/frm1');
    expect(await screen.findByText('This form is archived; its records are read-only')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Customer visit' })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Customer' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Submit' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Data' }).getAttribute('href')).toBe('/forms/frm1/data');
  });
});
