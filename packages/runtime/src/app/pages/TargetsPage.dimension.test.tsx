import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FieldDefinition, FormSchema } from '../../engine/index.js';
import type { FakeServer } from '../testing/fakeServer.js';
import { renderApp } from '../testing/renderApp.js';
import { manager, performanceServer } from '../testing/samplePerformance.js';

// A target split along a product line, region or customer type (#13) on the targets page: the
// decompose form offers it only when the targets form has a single-choice field an admin added,
// sends the server's `org.to: 'dimension'` request, and the dry run shows each option's part.

beforeEach(() => {
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
});

const markers: readonly FieldDefinition[] = ['tgt_period', 'tgt_metric', 'tgt_amount', 'tgt_person', 'tgt_parent'].map((id) => ({ id, type: 'text' as const, label: id }));
// The feature's own level is a select too: never offered as a dimension.
const level: FieldDefinition = { id: 'tgt_level', type: 'select', label: '层级', options: [{ value: 'company', label: '公司' }, { value: 'department', label: '部门' }, { value: 'person', label: '个人' }] };
const line: FieldDefinition = { id: 'f_line', type: 'select', label: '产品线', options: [{ value: 'soft', label: '软件' }, { value: 'hard', label: '硬件' }] };
const region: FieldDefinition = { id: 'f_region', type: 'radio', label: '区域', options: [{ value: 'north', label: '北区' }, { value: 'south', label: '南区' }] };

const tree = {
  key: 'd1',
  label: { 'zh-CN': '华东区', en: 'East' },
  value: 900,
  rule: { code: 'root', text: { 'zh-CN': '根目标', en: 'The root target' } },
  children: [
    { key: 'soft', label: { 'zh-CN': '软件', en: '软件' }, value: 450, rule: { code: 'even', text: { 'zh-CN': '平均分配', en: 'Split evenly' } } },
    { key: 'hard', label: { 'zh-CN': '硬件', en: '硬件' }, value: 450, rule: { code: 'even', text: { 'zh-CN': '平均分配', en: 'Split evenly' } } },
  ],
};

/** app1 with its scheme and a targets form holding `extra` fields beside the feature's own, and the decompose route's dry run. */
function dimensionServer(extra: readonly FieldDefinition[]): FakeServer {
  const schema: FormSchema = { kind: 'form', schemaVersion: 1, title: '目标', fields: [...markers, level, ...extra] };
  return performanceServer({ me: manager })
    .on('GET', /^\/api\/apps\/app1\/forms$/, () => ({ body: { items: [{ id: 'tgt1', appId: 'app1', title: '目标', publishedVersion: 2 }] } }))
    .on('GET', /^\/api\/forms\/tgt1$/, () => ({ body: { id: 'tgt1', appId: 'app1', title: '目标', published: { version: 2, schema } } }))
    .on('GET', /^\/api\/forms\/tgt1\/records$/, () => ({ body: { items: [], names: { users: {}, departments: {} } } }))
    .on('GET', /^\/api\/apps\/app1\/targets\/progress$/, (request) => ({ body: { period: request.query.get('period'), metric: request.query.get('metric'), today: '2024-05-06', people: [] } }))
    .on('GET', /^\/api\/departments$/, () => ({ body: { items: [{ id: 'd1', name: 'East', parentId: null, children: [] }] } }))
    .on('POST', /^\/api\/apps\/app1\/targets\/decompose$/, () => ({ body: { dryRun: true, tree, mismatches: [] } }));
}

const decomposeSection = async (name: string) => (await screen.findByRole('heading', { level: 2, name }, { timeout: 15_000 })).closest('section') as HTMLElement;
const sent = (server: FakeServer) => server.requests.filter(({ method, path }) => method === 'POST' && path === '/api/apps/app1/targets/decompose').map(({ body }) => body);

describe('the decompose form along a product line, region or customer type', { timeout: 30_000 }, () => {
  it("splits a department's target into the options of a field of the targets form, and the dry run shows each part", async () => {
    const server = dimensionServer([line, region]);
    const { user } = renderApp(server, '/targets?app=app1');
    const form = await decomposeSection('Decompose a target');
    const along = within(form).getByRole('combobox', { name: 'Split' });
    await within(along).findByRole('option', { name: 'Along a product line, region or customer type' });
    await user.type(within(form).getByRole('textbox', { name: 'Amount' }), '900');
    await within(form).findByRole('option', { name: 'East' });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Department' }), 'd1');
    await user.selectOptions(along, 'dimension');
    const field = within(form).getByRole('combobox', { name: 'Split into the options of' }) as HTMLSelectElement;
    expect(within(field).getAllByRole('option').map((option) => option.textContent)).toEqual(['产品线', '区域']);
    expect(field.value).toBe('f_line');
    await user.selectOptions(field, 'f_region');
    await user.selectOptions(field, 'f_line');
    await user.click(within(form).getByRole('button', { name: 'Preview' }));
    expect(await within(form).findByText('Preview: nothing saved yet.')).toBeTruthy();
    const planned = within(form).getByRole('list', { name: 'Decomposition' });
    expect(within(planned).getAllByRole('listitem').map((item) => item.firstChild?.textContent)).toEqual(['East', '软件', '硬件']);
    expect(within(planned).getAllByText('— Rule: Split evenly')).toHaveLength(2);
    expect(sent(server)).toEqual([{ root: { period: '2024', amount: 900, metric: 'k_sales', department: 'd1' }, org: { to: 'dimension', field: 'f_line', method: 'even' }, dryRun: true }]);
  });

  it('offers no such split when the targets form has no single-choice field of its own (in Chinese)', async () => {
    const { user } = renderApp(dimensionServer([]), '/targets?app=app1', { locale: 'zh-CN' });
    const form = await decomposeSection('分解目标');
    const along = within(form).getByRole('combobox', { name: '分解方式' });
    await within(form).findByRole('option', { name: 'East' });
    expect(within(along).getAllByRole('option').map((option) => option.textContent)).toEqual(['按时间', '按组织']);
    await user.selectOptions(along, 'org');
    expect(within(within(form).getByRole('combobox', { name: '分解到' })).getAllByRole('option').map((option) => option.textContent)).toEqual(['下级部门', '个人']);
  });

  it('reads the field choice in Chinese', async () => {
    const { user } = renderApp(dimensionServer([region]), '/targets?app=app1', { locale: 'zh-CN' });
    const form = await decomposeSection('分解目标');
    const along = within(form).getByRole('combobox', { name: '分解方式' });
    await within(along).findByRole('option', { name: '按产品线、区域或客户类型' });
    await user.selectOptions(along, 'dimension');
    expect((within(form).getByRole('combobox', { name: '按哪个字段的各选项分解' }) as HTMLSelectElement).value).toBe('f_region');
  });
});
