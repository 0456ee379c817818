import { FORM_SCHEMA_VERSION, type FormSchema } from '@formwork/runtime';
import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { LocaleContext, localeTools } from '../../i18n/LocaleContext.js';
import { AggregateSourceEditor, type AggregateSettings } from './AggregateSourceEditor.js';

afterEach(() => cleanup());

const opportunities: FormSchema = {
  kind: 'form',
  schemaVersion: FORM_SCHEMA_VERSION,
  title: 'Opportunities',
  fields: [
    { id: 'f_owner', type: 'member', label: 'Owner' },
    { id: 'f_date', type: 'date', label: 'Created on' },
    { id: 'f_stage', type: 'select', label: 'Stage', options: [{ value: 'open', label: 'Open' }, { value: 'won', label: 'Won' }] },
    { id: 'f_amount', type: 'money', label: 'Amount' },
  ],
};

function Harness({ onSource }: { readonly onSource: (source: AggregateSettings) => void }) {
  const [source, setSource] = useState<AggregateSettings>({ formId: 'frm_opps', aggregate: 'count', personField: 'f_owner', dateField: 'f_date' });
  return (
    <AggregateSourceEditor
      source={source}
      forms={[{ id: 'frm_opps', title: 'Opportunities', schema: opportunities }]}
      onChange={(next) => {
        setSource(next);
        onSource(next);
      }}
    />
  );
}

describe('an aggregate source’s filter', () => {
  it('is built with the condition builder and kept as a record filter the server runs in SQL', async () => {
    let last: AggregateSettings | undefined;
    render(
      <LocaleContext.Provider value={localeTools('en')}>
        <Harness onSource={(source) => (last = source)} />
      </LocaleContext.Provider>,
    );
    const user = userEvent.setup();
    const filter = screen.getByRole('group', { name: 'Filter' });
    await user.click(within(filter).getByRole('button', { name: 'Add condition' }));
    await user.selectOptions(within(filter).getByLabelText('Field of condition 1'), 'Stage');
    await user.selectOptions(within(filter).getByLabelText('Value of condition 1'), 'Won');
    await user.click(within(filter).getByRole('button', { name: 'Add condition' }));
    await user.selectOptions(within(filter).getByLabelText('Field of condition 2'), 'Amount');
    await user.selectOptions(within(filter).getByLabelText('Comparison of condition 2'), 'is greater than');
    await user.type(within(filter).getByLabelText('Value of condition 2'), '1000');
    await user.click(within(filter).getByRole('button', { name: 'Apply condition' }));
    expect(last?.filter).toEqual({ and: [{ field: 'f_stage', op: 'eq', value: 'won' }, { field: 'f_amount', op: 'gt', value: 1000 }] });
    // Reopened from the stored filter: clearing it takes the filter away.
    await user.click(within(screen.getByRole('group', { name: 'Filter' })).getByRole('button', { name: 'Clear condition' }));
    expect(last).not.toHaveProperty('filter');
  });
});

describe('an aggregate source’s filter on where the approval stands (_flowStatus)', () => {
  it('offers the approval status by name and keeps the status the server filters on (zh-CN)', async () => {
    let last: AggregateSettings | undefined;
    render(
      <LocaleContext.Provider value={localeTools('zh-CN')}>
        <Harness onSource={(source) => (last = source)} />
      </LocaleContext.Provider>,
    );
    const user = userEvent.setup();
    const filter = screen.getByRole('group', { name: '筛选条件' });
    await user.click(within(filter).getByRole('button', { name: '添加条件' }));
    await user.selectOptions(within(filter).getByLabelText('条件 1 的字段'), '审批状态');
    const value = within(filter).getByLabelText('条件 1 的值');
    expect(within(value).getAllByRole('option').map((option) => option.textContent)).toEqual(expect.arrayContaining(['已通过', '审批中', '已拒绝', '已撤回', '已结束']));
    await user.selectOptions(value, '已通过');
    await user.click(within(filter).getByRole('button', { name: '应用条件' }));
    expect(last?.filter).toEqual({ field: '_flowStatus', op: 'eq', value: 'completed' });
    // Reopened from the stored filter, it still reads as the approval status.
    const reopened = screen.getByRole('group', { name: '筛选条件' });
    expect((within(reopened).getByLabelText('条件 1 的字段') as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('审批状态');
  });

  it('keeps "never went through an approval" as an empty status (en)', async () => {
    let last: AggregateSettings | undefined;
    render(
      <LocaleContext.Provider value={localeTools('en')}>
        <Harness onSource={(source) => (last = source)} />
      </LocaleContext.Provider>,
    );
    const user = userEvent.setup();
    const filter = screen.getByRole('group', { name: 'Filter' });
    await user.click(within(filter).getByRole('button', { name: 'Add condition' }));
    await user.selectOptions(within(filter).getByLabelText('Field of condition 1'), 'Approval status');
    await user.selectOptions(within(filter).getByLabelText('Comparison of condition 1'), 'is empty');
    await user.click(within(filter).getByRole('button', { name: 'Apply condition' }));
    expect(last?.filter).toEqual({ field: '_flowStatus', op: 'empty' });
  });
});

