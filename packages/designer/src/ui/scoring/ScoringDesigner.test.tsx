import { FORM_SCHEMA_VERSION, type FormSchema, type Locale } from '@formwork/runtime';
import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../api/ApiError.js';
import { createFakeApi } from '../../api/testing/createFakeApi.js';
import { createFakeScoringApi } from '../../api/testing/createFakeScoringApi.js';
import { LocaleContext, localeTools } from '../../i18n/LocaleContext.js';
import { createScoringSession } from '../../scoring/createScoringSession.js';
import { createScoringStore } from '../../scoring/createScoringStore.js';
import { starterScoring } from '../../scoring/starterScoring.js';
import { ScoringDesigner } from './ScoringDesigner.js';

afterEach(() => cleanup());

const contracts: FormSchema = {
  kind: 'form',
  schemaVersion: FORM_SCHEMA_VERSION,
  title: 'Contracts',
  fields: [
    { id: 'f_owner', type: 'member', label: 'Sales rep' },
    { id: 'f_signed', type: 'date', label: 'Signed on' },
    { id: 'f_amount', type: 'money', label: 'Amount' },
    { id: 'f_note', type: 'textarea', label: 'Note' },
  ],
};

async function renderDesigner(locale: Locale) {
  const fake = createFakeApi();
  const form = await fake.api.createForm('app_1', contracts);
  await fake.api.publish(form.id, 1);
  // The preview runs the engine on what the server would read: 90万 signed by 李雷 in the period.
  const scoring = createFakeScoringApi({ inputs: () => ({ people: [{ id: 'u_li', name: '李雷' }], actuals: Object.fromEntries([[firstItemId(), { u_li: 900_000 }]]) }) });
  const api = { ...fake.api, ...scoring.api };
  let next = 0;
  const store = createScoringStore({ createId: () => `k_${String(++next)}`, locale, initial: starterScoring(locale) });
  const firstItemId = () => store.getState().scheme.items[0]?.id ?? '';
  const session = createScoringSession({ api, appId: 'app_1', scoringId: null, store });
  render(
    <LocaleContext.Provider value={localeTools(locale)}>
      <ScoringDesigner api={api} appId="app_1" store={store} session={session} />
    </LocaleContext.Provider>,
  );
  await screen.findByRole('toolbar');
  return { store, scoring, formId: form.id, user: userEvent.setup() };
}

describe('the scoring designer', () => {
  it('builds an item with the form pickers, sums the weights and previews the saved draft with its explanation', async () => {
    const { store, scoring, formId, user } = await renderDesigner('en');
    await user.click(screen.getByRole('button', { name: 'Add a KPI item' }));
    expect(screen.getByRole('list', { name: '"KPI item 1" has 3 problem(s)' })).toBeTruthy();
    const panel = screen.getByRole('region', { name: 'Item "KPI item 1"' });
    const name = within(panel).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Signed amount{Enter}');
    const item = screen.getByRole('region', { name: 'Item "Signed amount"' });
    await user.selectOptions(within(item).getByRole('combobox', { name: 'Form' }), 'Contracts');
    await user.selectOptions(within(item).getByRole('combobox', { name: 'Aggregate' }), 'Sum');
    // Only figures can be added up, only members say whose record it is.
    const field = within(item).getByRole('combobox', { name: 'Field aggregated' });
    expect(within(field).getAllByRole('option').map((option) => option.textContent)).toEqual(['Choose a field', 'Amount']);
    await user.selectOptions(field, 'Amount');
    await user.selectOptions(within(item).getByRole('combobox', { name: 'Person field (whose record it is)' }), 'Sales rep');
    await user.selectOptions(within(item).getByRole('combobox', { name: 'Date field (which period it falls in)' }), 'Signed on');
    const target = within(item).getByRole('spinbutton', { name: 'Target value' });
    await user.clear(target);
    await user.type(target, '1000000{Enter}');
    const cap = within(item).getByRole('spinbutton', { name: 'Cap (%, e.g. 120)' });
    await user.type(cap, '120{Enter}');
    expect(store.getState().scheme.items[0]).toMatchObject({
      name: 'Signed amount',
      source: { kind: 'aggregate', formId, aggregate: 'sum', field: 'f_amount', personField: 'f_owner', dateField: 'f_signed' },
      target: { kind: 'fixed', value: 1_000_000 },
      method: { kind: 'ratio', cap: 120 },
    });
    expect(screen.queryByRole('list', { name: /problem/ })).toBeNull();

    const weight = screen.getByRole('spinbutton', { name: 'Weight of item "Signed amount"' });
    await user.clear(weight);
    await user.type(weight, '90{Enter}');
    expect(screen.getByText('The weights add up to 90; they usually add up to 100')).toBeTruthy();
    await user.clear(weight);
    await user.type(weight, '100{Enter}');
    expect(screen.getByText('Weights add up to 100')).toBeTruthy();

    const period = screen.getByRole('textbox', { name: 'Period to compute' });
    await user.clear(period);
    await user.type(period, '2026-11');
    await user.click(screen.getByRole('button', { name: 'Compute' }));
    const sheet = await screen.findByRole('article', { name: '李雷: 90 points' });
    expect(within(sheet).getByText('Signed amount 900,000 ÷ target 1,000,000 = 90% × weight 100 = 90 points')).toBeTruthy();
    // The preview computed what was saved first.
    expect(scoring.calls.map(({ method }) => method)).toEqual(['createScoring', 'previewScoring']);
    // A journey of some thirty keyboard and pointer steps: more than the default 5 s on a busy machine.
  }, 20_000);

  it('marks an item weighing 0 as an observation item, not a problem, and still sums the weights to 100 (zh-CN and en)', async () => {
    for (const [locale, texts] of [
      ['zh-CN', { weight: '考核项“回款率”的权重', observation: '观察指标，不计分', sum: '权重合计：100', problems: /问题/ }],
      ['en', { weight: 'Weight of item "回款率"', observation: 'Observation item, not scored', sum: 'Weights add up to 100', problems: /problem/ }],
    ] as const) {
      const { store, formId, user } = await renderDesigner(locale);
      const complete = { source: { kind: 'aggregate', formId, aggregate: 'sum', field: 'f_amount', personField: 'f_owner', dateField: 'f_signed' }, target: { kind: 'fixed', value: 1_000_000 } } as const;
      store.getState().addItem();
      store.getState().updateItem('k_1', { ...complete, weight: 100 });
      store.getState().addItem();
      store.getState().updateItem('k_2', { ...complete, name: '回款率' });
      expect(screen.queryByText(texts.observation)).toBeNull();
      const weight = await screen.findByRole('spinbutton', { name: texts.weight });
      await user.clear(weight);
      await user.type(weight, '0{Enter}');
      expect(store.getState().scheme.items[1]?.weight).toBe(0);
      expect(screen.getByText(texts.observation)).toBeTruthy();
      expect(screen.getByText(texts.sum)).toBeTruthy();
      expect(screen.queryByRole('list', { name: texts.problems })).toBeNull();
      cleanup();
    }
  }, 20_000);

  it('names every weight after its item in Chinese, and previews only a draft that can be saved', async () => {
    const { user } = await renderDesigner('zh-CN');
    await user.click(screen.getByRole('button', { name: '添加考核项' }));
    expect(screen.getByRole('spinbutton', { name: '考核项“考核项 1”的权重' })).toBeTruthy();
    expect(screen.getByRole('list', { name: '“考核项 1”有 3 个问题' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '删除考核项“考核项 1”' }));
    expect(screen.getByText('还没有考核项')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '计算' }));
    const alerts = (await screen.findAllByRole('alert')).map((alert) => alert.textContent);
    expect(alerts).toContain('预览按已保存的草稿计算，请先处理问题并保存');
    expect(alerts).toContain('请先处理标出的问题，再保存');
  });

  it('shows what the server refuses (a field the form lost) on the item it concerns, until the item changes', async () => {
    const fake = createFakeApi();
    const refusing = {
      ...fake.api,
      ...createFakeScoringApi().api,
      createScoring: () => Promise.reject(new ApiError(400, 'invalid_schema', 'The scoring scheme schema is invalid', [{ pointer: '/items/0/source/field', code: 'unknownField', message: 'The form has no field f_gone' }])),
    };
    const store = createScoringStore({ createId: () => 'k_1', locale: 'en', initial: starterScoring('en') });
    const session = createScoringSession({ api: refusing, appId: 'app_1', scoringId: null, store });
    render(
      <LocaleContext.Provider value={localeTools('en')}>
        <ScoringDesigner api={refusing} appId="app_1" store={store} session={session} />
      </LocaleContext.Provider>,
    );
    await screen.findByRole('toolbar');
    const user = userEvent.setup();
    store.getState().load({
      ...starterScoring('en'),
      items: [{ id: 'k_1', name: 'Signed', weight: 100, source: { kind: 'aggregate', formId: 'frm_1', aggregate: 'sum', field: 'f_gone', personField: 'f_owner', dateField: 'f_date' }, method: { kind: 'percentage' } }],
    });
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    const problems = await screen.findByRole('list', { name: '"Signed" has 1 problem(s)' });
    expect(problems.textContent).toBe('The form has no field f_gone');
    await user.click(screen.getByRole('button', { name: 'Edit item "Signed"' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Aggregate' }), 'Count of records');
    expect(screen.queryByRole('list', { name: /problem/ })).toBeNull();
  });
});

describe('a scheme reading another app’s form (#15)', () => {
  it('offers that form by its title, with its fields, rather than as an unknown id', async () => {
    const fake = createFakeApi();
    const form = await fake.api.createForm('app_crm', contracts);
    await fake.api.publish(form.id, 1);
    const initial = starterScoring('en');
    const store = createScoringStore({
      createId: () => 'k_new',
      locale: 'en',
      initial: {
        ...initial,
        items: [{ id: 'k_amount', name: 'Signed amount', weight: 100, source: { kind: 'aggregate', formId: form.id, aggregate: 'sum', field: 'f_amount', personField: 'f_owner', dateField: 'f_signed' }, target: { kind: 'fixed', value: 100 }, method: { kind: 'ratio' } }],
      },
    });
    const session = createScoringSession({ api: fake.api, appId: 'app_1', scoringId: null, store });
    render(
      <LocaleContext.Provider value={localeTools('en')}>
        <ScoringDesigner api={fake.api} appId="app_1" store={store} session={session} />
      </LocaleContext.Provider>,
    );
    await screen.findByRole('toolbar');
    store.getState().selectItem('k_amount');
    const item = await screen.findByRole('region', { name: 'Item "Signed amount"' });
    const picker = within(item).getByRole('combobox', { name: 'Form' });
    await expect.poll(() => (picker as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('Contracts');
    expect((within(item).getByRole('combobox', { name: 'Field aggregated' }) as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('Amount');
  });
});
