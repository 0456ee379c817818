import { FORM_SCHEMA_VERSION } from '@formwork/runtime';
import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../api/ApiError.js';
import { createFakeApi } from '../../api/testing/createFakeApi.js';
import { LocaleContext, localeTools } from '../../i18n/LocaleContext.js';
import { createDraftStorage } from '../../persistence/draftStorage.js';
import { FormEditorPage } from './FormEditorPage.js';

afterEach(() => cleanup());

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (key: string) => map.get(key) ?? null, setItem: (key: string, value: string) => void map.set(key, value), removeItem: (key: string) => void map.delete(key) };
}

async function openRestrictedForm(fake: ReturnType<typeof createFakeApi>) {
  const form = await fake.api.createForm('app_1', {
    kind: 'form',
    schemaVersion: FORM_SCHEMA_VERSION,
    title: 'Visit',
    fields: [],
    settings: { access: { submit: { roles: ['admin'] } } },
  });
  render(
    <LocaleContext.Provider value={localeTools('en')}>
      <FormEditorPage api={fake.api} appId="app_1" formId={form.id} drafts={createDraftStorage(memoryStorage())} />
    </LocaleContext.Provider>,
  );
  await screen.findByRole('toolbar');
  await userEvent.setup().click(screen.getByRole('tab', { name: 'Form' }));
}

describe('the editor page feeds the access pickers from the server', () => {
  it('offers the users of GET /api/users and the departments of GET /api/departments, with their paths', async () => {
    const fake = createFakeApi({
      users: [{ id: 'u_2', name: 'Wang Fang', username: 'wang' }],
      departments: [{ id: 'd_1', name: 'Sales', parentId: null, children: [{ id: 'd_2', name: 'East', parentId: 'd_1' }] }],
    });
    await openRestrictedForm(fake);
    const users = await screen.findByRole('option', { name: 'Wang Fang' });
    expect(users.closest('select')?.getAttribute('aria-label')).toBe('Add a user');
    const departments = within(screen.getByLabelText('Add a department')).getAllByRole('option').map((option) => option.textContent);
    expect(departments).toEqual(['Add a department…', 'Sales', 'Sales / East']);
  });

  it('says so when the lists cannot be read, and still edits the form', async () => {
    const fake = createFakeApi();
    fake.api.listUsers = async () => {
      throw new ApiError(403, 'forbidden', 'no');
    };
    await openRestrictedForm(fake);
    expect(await screen.findByText('The list of users and departments could not be read')).toBeTruthy();
    expect(screen.getByLabelText('Role “Admin” may submit')).toBeTruthy();
  });
});
