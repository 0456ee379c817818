import { FORM_SCHEMA_VERSION, type Locale } from '@formwork/runtime';
import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../api/ApiError.js';
import { createFakeApi } from '../../api/testing/createFakeApi.js';
import { LocaleContext, localeTools } from '../../i18n/LocaleContext.js';
import { createDraftStorage } from '../../persistence/draftStorage.js';
import { FormEditorPage } from './FormEditorPage.js';

afterEach(() => cleanup());

const noStorage = () => createDraftStorage({ getItem: () => null, setItem: () => undefined, removeItem: () => undefined });

/** Opens a form titled Visit in the editor, archived first when asked. */
async function openForm(options: { locale?: Locale; archived?: boolean } = {}) {
  const fake = createFakeApi();
  const { id } = await fake.api.createForm('app_1', { kind: 'form', schemaVersion: FORM_SCHEMA_VERSION, title: 'Visit', fields: [] });
  if (options.archived) await fake.api.archiveForm(id);
  render(
    <LocaleContext.Provider value={localeTools(options.locale ?? 'en')}>
      <FormEditorPage api={fake.api} appId="app_1" formId={id} drafts={noStorage()} />
    </LocaleContext.Provider>,
  );
  await screen.findByRole('toolbar');
  return { fake, id };
}

describe('the editor on an archived form', () => {
  it('says the form is archived, and restores it without losing unsaved changes', async () => {
    const user = userEvent.setup();
    const { fake, id } = await openForm({ archived: true });
    expect(screen.getByText('This form is archived')).toBeTruthy();
    // Editing, saving and publishing stay open: the server decides.
    expect(screen.getByRole('button', { name: 'Save draft' })).toHaveProperty('disabled', false);
    expect(screen.getByRole('button', { name: 'Publish' })).toHaveProperty('disabled', false);
    await user.click(screen.getByRole('button', { name: 'Add field: Number' }));
    await user.click(screen.getByRole('button', { name: 'Restore' }));
    const restored = await screen.findByText('This form is restored: members see it again.');
    expect(fake.calls.filter((call) => call.method === 'unarchiveForm')).toEqual([{ method: 'unarchiveForm', args: [id] }]);
    expect(fake.forms.get(id)?.archivedAt).toBeNull();
    expect(screen.queryByText('This form is archived')).toBeNull();
    expect(document.activeElement).toBe(restored.closest('[role="status"]'));
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Number, Number' })).toBeTruthy();
  });

  it('keeps the notice and says why when restoring fails', async () => {
    const user = userEvent.setup();
    const { fake } = await openForm({ archived: true });
    fake.api.unarchiveForm = async () => {
      throw new ApiError(403, 'forbidden', 'Admins only');
    };
    await user.click(screen.getByRole('button', { name: 'Restore' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The request failed: Admins only');
    expect(screen.getByText('This form is archived')).toBeTruthy();
  });

  it('says it in Chinese', async () => {
    await openForm({ archived: true, locale: 'zh-CN' });
    expect(screen.getByText('此表单已归档')).toBeTruthy();
    expect(screen.getByRole('button', { name: '恢复' })).toBeTruthy();
  });

  it('says nothing about a form in use', async () => {
    await openForm();
    expect(screen.queryByText('This form is archived')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Restore' })).toBeNull();
  });
});

describe('linking to an archived form', () => {
  it('still offers it, marked as archived', async () => {
    const user = userEvent.setup();
    const fake = createFakeApi();
    await fake.api.createForm('app_1', { kind: 'form', schemaVersion: FORM_SCHEMA_VERSION, title: 'Customers', fields: [] });
    const leads = await fake.api.createForm('app_1', { kind: 'form', schemaVersion: FORM_SCHEMA_VERSION, title: 'Old leads', fields: [] });
    await fake.api.archiveForm(leads.id);
    const { id } = await fake.api.createForm('app_1', { kind: 'form', schemaVersion: FORM_SCHEMA_VERSION, title: 'Orders', fields: [] });
    render(
      <LocaleContext.Provider value={localeTools('en')}>
        <FormEditorPage api={fake.api} appId="app_1" formId={id} drafts={noStorage()} />
      </LocaleContext.Provider>,
    );
    await screen.findByRole('toolbar');
    await user.click(screen.getByRole('button', { name: 'Add field: Linked record' }));
    const choice = await screen.findByRole('combobox', { name: 'Linked form' });
    await expect.poll(() => Array.from((choice as HTMLSelectElement).options).map((option) => option.textContent)).toEqual(['Choose…', 'Customers', 'Old leads · Archived']);
  });
});
