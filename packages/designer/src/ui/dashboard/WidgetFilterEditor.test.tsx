import { FORM_SCHEMA_VERSION, type FormSchema, type Locale, type RecordFilter } from '@formwork/runtime';
import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { LocaleContext, localeTools } from '../../i18n/LocaleContext.js';
import { WidgetFilterEditor } from './WidgetFilterEditor.js';

afterEach(() => cleanup());

const contracts: FormSchema = {
  kind: 'form',
  schemaVersion: FORM_SCHEMA_VERSION,
  title: 'Contracts',
  fields: [
    { id: 'f_title', type: 'text', label: 'Title' },
    { id: 'f_amount', type: 'money', label: 'Amount' },
  ],
};

function open(locale: Locale, filter?: RecordFilter) {
  const applied: (RecordFilter | null)[] = [];
  render(
    <LocaleContext.Provider value={localeTools(locale)}>
      <WidgetFilterEditor
        filter={filter}
        form={contracts}
        onApply={(next) => {
          applied.push(next);
          return true;
        }}
      />
    </LocaleContext.Provider>,
  );
  return applied;
}

describe("a widget's filter on where each record's approval stands (_flowStatus)", () => {
  it('offers the approval status beside the fields and applies the chosen statuses (en)', async () => {
    const applied = open('en');
    const user = userEvent.setup();
    const filter = screen.getByRole('group', { name: 'Filter' });
    await user.click(within(filter).getByRole('button', { name: 'Add condition' }));
    const field = within(filter).getByLabelText('Field of condition 1');
    expect(within(field).getAllByRole('option').map((option) => option.textContent)).toEqual(expect.arrayContaining(['Title', 'Amount', 'Approval status']));
    await user.selectOptions(field, 'Approval status');
    await user.selectOptions(within(filter).getByLabelText('Value of condition 1'), 'In approval');
    await user.click(within(filter).getByRole('button', { name: 'Apply filter' }));
    expect(applied).toEqual([{ field: '_flowStatus', op: 'eq', value: 'in_progress' }]);
  });

  it('opens a stored status filter by the status name (zh-CN)', () => {
    open('zh-CN', { field: '_flowStatus', op: 'eq', value: 'rejected' });
    const filter = screen.getByRole('group', { name: '筛选条件' });
    expect((within(filter).getByLabelText('条件 1 的字段') as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('审批状态');
    expect((within(filter).getByLabelText('条件 1 的值') as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('已拒绝');
  });
});
