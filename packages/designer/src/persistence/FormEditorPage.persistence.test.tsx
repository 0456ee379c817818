import { FORM_SCHEMA_VERSION, type FormSchema } from '@formwork/runtime';
import { cleanup, act, render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../api/testing/createFakeApi.js';
import { LocaleContext, localeTools } from '../i18n/LocaleContext.js';
import { FormEditorPage } from '../ui/app/FormEditorPage.js';
import { createDraftStorage, type DraftStorage } from './draftStorage.js';

afterEach(() => cleanup());

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (key: string) => map.get(key) ?? null, setItem: (key: string, value: string) => void map.set(key, value), removeItem: (key: string) => void map.delete(key) };
}

const empty: FormSchema = { kind: 'form', schemaVersion: FORM_SCHEMA_VERSION, title: 'Visit', fields: [] };

let fake: ReturnType<typeof createFakeApi>;
let drafts: DraftStorage;
let formId: string;

beforeEach(async () => {
  fake = createFakeApi();
  drafts = createDraftStorage(memoryStorage());
  formId = (await fake.api.createForm('app_1', empty)).id;
});

async function open(locale: 'en' | 'zh-CN' = 'en') {
  const result = render(
    <LocaleContext.Provider value={localeTools(locale)}>
      <FormEditorPage api={fake.api} appId="app_1" formId={formId} drafts={drafts} />
    </LocaleContext.Provider>,
  );
  await screen.findByRole('toolbar');
  return result;
}

describe('saving and publishing a form', () => {
  it('saves the draft with the revision it was made on', async () => {
    const user = userEvent.setup();
    await open();
    await user.click(screen.getByRole('button', { name: 'Add field: Number' }));
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await screen.findByText('Draft saved');
    expect(fake.calls.find((call) => call.method === 'saveDraft')?.args[2]).toBe(1);
    expect(fake.forms.get(formId)?.draft.fields.map((f) => f.type)).toEqual(['number']);
    expect(screen.getByText('All changes saved')).toBeTruthy();
  });

  it('detects that someone else saved, and reloads or overwrites as asked', async () => {
    const user = userEvent.setup();
    await open();
    await user.click(screen.getByRole('button', { name: 'Add field: Number' }));
    fake.saveElsewhere(formId, { ...empty, title: 'Theirs' });
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Someone else saved this form');
    expect(fake.forms.get(formId)?.draft.title).toBe('Theirs');
    await user.click(within(alert).getByRole('button', { name: 'Overwrite' }));
    await screen.findByText('Draft saved');
    expect(fake.forms.get(formId)?.draft.fields).toHaveLength(1);

    fake.saveElsewhere(formId, { ...empty, title: 'Theirs again' });
    await user.click(screen.getByRole('button', { name: 'Add field: Date' }));
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await user.click(within(await screen.findByRole('alert')).getByRole('button', { name: 'Reload' }));
    await screen.findByRole('heading', { name: 'Theirs again' });
    expect(fake.forms.get(formId)?.draft.fields).toEqual([]);
  });

  it('keeps unsaved changes across a reload and says so', async () => {
    const user = userEvent.setup();
    const first = await open();
    await user.click(screen.getByRole('button', { name: 'Add field: Phone' }));
    first.unmount();
    expect(drafts.read(formId)?.schema.fields.map((f) => f.type)).toEqual(['phone']);
    await open('zh-CN');
    expect(await screen.findByText(/已恢复上次未保存的修改/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Phone，手机' })).toBeTruthy();
    expect(screen.getByText('有未保存的修改')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '放弃这些修改' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Phone，手机' })).toBeNull());
    expect(drafts.read(formId)).toBeUndefined();
  });

  it('publishes (saving first) and lists the versions', async () => {
    const user = userEvent.setup();
    await open();
    await user.click(screen.getByRole('button', { name: 'Add field: Rating' }));
    await user.click(screen.getByRole('button', { name: 'Publish' }));
    await screen.findByText('Published version 1');
    expect(fake.forms.get(formId)?.versions[0]?.schema.fields.map((f) => f.type)).toEqual(['rating']);
    await user.click(screen.getByRole('button', { name: 'Versions' }));
    const dialog = screen.getByRole('dialog', { name: 'Versions' });
    expect(within(dialog).getByText(/Version 1, published/)).toBeTruthy();
  });

  it('refuses to save a form the engine refuses, naming the faults', async () => {
    const user = userEvent.setup();
    await open();
    await user.click(screen.getByRole('button', { name: 'Add field: Linked record' }));
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The form has problems');
    expect(alert.textContent).toContain('/fields/0');
    act(() => undefined);
    expect(fake.calls.some((call) => call.method === 'saveDraft')).toBe(false);
  });
});
