import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { compileForm, type FormSchema } from '../../engine/index.js';
import type { FakeServer } from '../testing/fakeServer.js';
import { renderApp } from '../testing/renderApp.js';
import { openedTask, sampleTimeline, taskServer } from '../testing/sampleTasks.js';

const compile = (schema: FormSchema, cacheKey: string) => compileForm(schema, { cacheKey });

const change = {
  proposedBy: 'u2',
  proposedByName: '王芳',
  reason: '客户追加数量',
  diff: [
    { fieldId: 'amount', label: 'Amount', before: 1200, after: 1500 },
    { fieldId: 'customer', label: 'Customer', before: 'ACME', after: null },
  ],
};

function serverWith(withChange: boolean): FakeServer {
  const opened = { ...openedTask(), ...(withChange ? { change } : { change: null }) };
  return taskServer()
    .on('GET', /^\/api\/tasks\/t1$/, () => ({ body: opened }))
    .on('GET', /^\/api\/records\/rec1\/flow$/, () => ({ body: sampleTimeline }));
}

const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));

describe('the task page of a change flow', () => {
  it('shows the proposed change as a table of field, before and after, with the reason', async () => {
    renderApp(serverWith(true), '/tasks/t1', { compile });
    const table = await screen.findByRole('table', { name: 'Change proposed by 王芳' });
    expect(rowsOf(table)).toEqual([
      ['Field', 'Before', 'After'],
      // Values read as the field formats them (the sample's amount has two decimals).
      ['Amount', '1,200.00', '1,500.00'],
      ['Customer', 'ACME', '(empty)'],
    ]);
    expect(screen.getByText('Reason: 客户追加数量')).toBeTruthy();
  });

  it('speaks the page language', async () => {
    renderApp(serverWith(true), '/tasks/t1', { compile, locale: 'zh-CN' });
    const table = await screen.findByRole('table', { name: '王芳提交的修改' });
    expect(rowsOf(table)[0]).toEqual(['变更字段', '原值', '新值']);
    expect(screen.getByText('修改原因：客户追加数量')).toBeTruthy();
  });

  it('shows no diff for an ordinary flow', async () => {
    renderApp(serverWith(false), '/tasks/t1', { compile });
    await screen.findByRole('group', { name: 'Actions' });
    expect(screen.queryByRole('table', { name: /proposed/i })).toBeNull();
  });
});
