import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../../api/testing/createFakeApi.js';
import { LocaleContext, localeTools } from '../../i18n/LocaleContext.js';
import { createScoringSession } from '../../scoring/createScoringSession.js';
import { createScoringStore } from '../../scoring/createScoringStore.js';
import { starterScoring } from '../../scoring/starterScoring.js';
import { ScoringDesigner } from './ScoringDesigner.js';

afterEach(() => cleanup());

describe('who a scheme scores, and its trial', () => {
  it('takes system roles, organisation roles and departments, and a trial period, in Chinese', async () => {
    const fake = createFakeApi({ roles: [{ id: 'rol_hunter', name: '市场开拓' }], departments: [{ id: 'dep_east', name: '华东', parentId: null }] });
    const store = createScoringStore({ createId: () => 'k_1', locale: 'zh-CN', initial: starterScoring('zh-CN') });
    render(
      <LocaleContext.Provider value={localeTools('zh-CN')}>
        <ScoringDesigner api={fake.api} appId="app_1" store={store} session={createScoringSession({ api: fake.api, appId: 'app_1', scoringId: null, store })} />
      </LocaleContext.Provider>,
    );
    const settings = await screen.findByRole('region', { name: '方案设置' });
    const user = userEvent.setup();
    await user.click(within(settings).getByRole('checkbox', { name: '成员' }));
    await user.selectOptions(await within(settings).findByRole('combobox', { name: '按组织角色（如 市场开拓）' }), '市场开拓');
    await user.selectOptions(await within(settings).findByRole('combobox', { name: '按部门（含下级部门）' }), '华东');
    const trial = within(settings).getByRole('textbox', { name: '试运行至（含该期，如 2026-12）' });
    await user.type(trial, '2026-12{Enter}');
    expect(store.getState().scheme).toMatchObject({ appliesTo: { roles: ['member', 'rol_hunter'], departments: ['dep_east'] }, trialUntil: '2026-12' });
    // A period the calendar does not have is a problem of the scheme, said in Chinese.
    await user.clear(trial);
    await user.type(trial, '2026-13{Enter}');
    expect(screen.getByRole('group', { name: '方案的问题' }).textContent).toContain('2026-13');
    await user.click(within(settings).getByRole('checkbox', { name: '成员' }));
    expect(store.getState().scheme.appliesTo).toEqual({ roles: ['rol_hunter'], departments: ['dep_east'] });
  });
});
