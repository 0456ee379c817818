import { FORM_SCHEMA_VERSION, type Locale } from '@formwork/runtime';
import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../../api/testing/createFakeApi.js';
import { LocaleContext, localeTools } from '../../i18n/LocaleContext.js';
import { FormListPage } from './FormListPage.js';

afterEach(() => cleanup());

/** The forms page of app_1 holding forms with these titles (ids frm_1, frm_2, …), the last ones archived. */
async function openList(options: { locale?: Locale; titles?: readonly string[]; archived?: number } = {}) {
  const fake = createFakeApi();
  const ids: string[] = [];
  for (const title of options.titles ?? ['Visit', 'Expense']) {
    ids.push((await fake.api.createForm('app_1', { kind: 'form', schemaVersion: FORM_SCHEMA_VERSION, title, fields: [] })).id);
  }
  for (const id of ids.slice(ids.length - (options.archived ?? 0))) await fake.api.archiveForm(id);
  fake.calls.length = 0;
  render(
    <LocaleContext.Provider value={localeTools(options.locale ?? 'en')}>
      <FormListPage api={fake.api} appId="app_1" go={() => undefined} />
    </LocaleContext.Provider>,
  );
  await screen.findAllByRole('link', { name: options.titles?.[0] ?? 'Visit' });
  return { fake, ids };
}

const archiveCalls = (fake: ReturnType<typeof createFakeApi>) => fake.calls.filter((call) => call.method === 'archiveForm' || call.method === 'unarchiveForm');

describe('archiving a form from the list', () => {
  it('asks first, inline, and archives only once confirmed; the form moves under “Archived”', async () => {
    const user = userEvent.setup();
    const { fake, ids } = await openList();
    expect(screen.queryByRole('heading', { name: 'Archived' })).toBeNull();
    const opener = screen.getByRole('button', { name: 'Archive “Visit”' });
    await user.click(opener);
    const panel = screen.getByRole('region', { name: 'Archive “Visit”?' });
    const question = document.getElementById(panel.getAttribute('aria-describedby') ?? '');
    expect(question?.textContent).toBe('Members will no longer see this form. Its records are kept and you can restore it at any time.');
    expect(panel.contains(document.activeElement)).toBe(true);
    expect(opener.getAttribute('aria-expanded')).toBe('true');
    expect(archiveCalls(fake)).toEqual([]);

    await user.click(within(panel).getByRole('button', { name: 'Archive' }));
    const archived = await screen.findByRole('region', { name: 'Archived' });
    expect(archiveCalls(fake)).toEqual([{ method: 'archiveForm', args: [ids[0]] }]);
    expect(within(archived).getByRole('link', { name: 'Visit' }).getAttribute('href')).toBe(`#/apps/app_1/forms/${ids[0]}`);
    expect(screen.queryByRole('button', { name: 'Archive “Visit”' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Archive “Visit”?' })).toBeNull();
    // The other form stays in use, and focus lands on the way back.
    expect(within(archived).queryByRole('link', { name: 'Expense' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Archive “Expense”' })).toBeTruthy();
    expect(document.activeElement).toBe(within(archived).getByRole('button', { name: 'Restore “Visit”' }));
  });

  it('sends nothing when cancelled with the button or with Escape, and gives focus back to the row', async () => {
    const user = userEvent.setup();
    const { fake } = await openList();
    const opener = screen.getByRole('button', { name: 'Archive “Visit”' });
    await user.click(opener);
    await user.click(within(screen.getByRole('region', { name: 'Archive “Visit”?' })).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: 'Archive “Visit”?' })).toBeNull();
    expect(document.activeElement).toBe(opener);

    await user.click(opener);
    await user.keyboard('{Tab}');
    expect(document.activeElement).toBe(within(screen.getByRole('region', { name: 'Archive “Visit”?' })).getByRole('button', { name: 'Archive' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Archive “Visit”?' })).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(opener.getAttribute('aria-expanded')).toBe('false');
    expect(archiveCalls(fake)).toEqual([]);
    expect(screen.queryByRole('heading', { name: 'Archived' })).toBeNull();
  });

  it('restores an archived form in one click, back among the forms in use', async () => {
    const user = userEvent.setup();
    const { fake, ids } = await openList({ archived: 1 });
    const archived = screen.getByRole('region', { name: 'Archived' });
    expect(within(archived).getByText(/^Archived on /)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Archive “Expense”' })).toBeNull();
    await user.click(within(archived).getByRole('button', { name: 'Restore “Expense”' }));
    const archiveAgain = await screen.findByRole('button', { name: 'Archive “Expense”' });
    expect(archiveCalls(fake)).toEqual([{ method: 'unarchiveForm', args: [ids[1]] }]);
    expect(screen.queryByRole('region', { name: 'Archived' })).toBeNull();
    expect(document.activeElement).toBe(archiveAgain);
    expect(fake.forms.get(ids[1] ?? '')?.archivedAt ?? null).toBeNull();
  });

  it('shows where a form is when someone else archived it first', async () => {
    const user = userEvent.setup();
    const { fake, ids } = await openList();
    await user.click(screen.getByRole('button', { name: 'Archive “Visit”' }));
    await fake.api.archiveForm(ids[0] ?? '');
    await user.click(within(screen.getByRole('region', { name: 'Archive “Visit”?' })).getByRole('button', { name: 'Archive' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The request failed: This form is archived');
    const archived = await screen.findByRole('region', { name: 'Archived' });
    expect(document.activeElement).toBe(within(archived).getByRole('button', { name: 'Restore “Visit”' }));
  });

  it('speaks Chinese, and says so when every form is archived', async () => {
    const user = userEvent.setup();
    await openList({ locale: 'zh-CN', titles: ['拜访'] });
    await user.click(screen.getByRole('button', { name: '归档“拜访”' }));
    const panel = screen.getByRole('region', { name: '归档“拜访”？' });
    expect(within(panel).getByText('归档后，成员将看不到此表单，数据会保留，可随时恢复。')).toBeTruthy();
    expect(within(panel).getByRole('button', { name: '取消' })).toBeTruthy();
    await user.click(within(panel).getByRole('button', { name: '归档' }));
    const archived = await screen.findByRole('region', { name: '已归档' });
    expect(within(archived).getByRole('button', { name: '恢复“拜访”' })).toBeTruthy();
    expect(within(archived).getByText(/^归档于 /)).toBeTruthy();
    expect(screen.getByText('没有在用的表单，已归档的表单列在下方。')).toBeTruthy();
  });
});
