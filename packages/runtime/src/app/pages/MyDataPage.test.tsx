import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../testing/renderApp.js';
import { admin, signedInServer } from '../testing/sampleData.js';

describe('my data, for an admin who is still told of archived forms', () => {
  it('offers only the forms in use', async () => {
    const server = signedInServer()
      .on('GET', /^\/api\/me$/, () => ({ body: admin }))
      .on('GET', /^\/api\/apps\/app1\/forms$/, () => ({
        body: {
          items: [
            { id: 'frm0', appId: 'app1', title: 'Expense claim', publishedVersion: 2, archivedAt: '2024-05-07T08:00:00.000Z' },
            { id: 'frm1', appId: 'app1', title: 'Customer visit', publishedVersion: 3, archivedAt: null },
          ],
        },
      }))
      .on('GET', /^\/api\/forms\/frm1\/records$/, () => ({ body: { items: [], nextCursor: null, total: 0 } }));
    renderApp(server, '/data/mine');
    const picker = await screen.findByRole('combobox', { name: 'Form' });
    expect(within(picker).getAllByRole('option').map((option) => option.textContent)).toEqual(['Customer visit']);
    await screen.findByRole('table');
    expect(server.requests.some((request) => request.path.startsWith('/api/forms/frm0'))).toBe(false);
  });
});
