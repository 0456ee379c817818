import type { DerivedSource, KpiItem } from '@formwork/runtime';
import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { LocaleContext, localeTools } from '../../i18n/LocaleContext.js';
import { DerivedSourceEditor } from './DerivedSourceEditor.js';

afterEach(() => cleanup());

const won: KpiItem = {
  id: 'k_won',
  name: '赢单数',
  weight: 10,
  source: { kind: 'aggregate', formId: 'frm_opps', aggregate: 'count', filter: { field: 'f_stage', op: 'eq', value: 'won' }, personField: 'f_owner', dateField: 'f_date' },
  method: { kind: 'percentage' },
};
const all: KpiItem = { ...won, id: 'k_all', name: '商机数', source: { kind: 'aggregate', formId: 'frm_opps', aggregate: 'count', personField: 'f_owner', dateField: 'f_date' } };

function Harness({ onSource }: { readonly onSource: (source: DerivedSource) => void }) {
  const [source, setSource] = useState<DerivedSource>({ kind: 'derived', inputs: [], formula: 0 });
  return (
    <DerivedSourceEditor
      source={source}
      items={[won, all]}
      forms={[]}
      onChange={(next) => {
        setSource(next);
        onSource(next);
      }}
    />
  );
}

describe('a derived item’s formula', () => {
  it('takes other items’ data as inputs named after them, and reads the formula by those names', async () => {
    let last: DerivedSource | undefined;
    render(
      <LocaleContext.Provider value={localeTools('zh-CN')}>
        <Harness onSource={(source) => (last = source)} />
      </LocaleContext.Provider>,
    );
    const user = userEvent.setup();
    const pick = screen.getByRole('combobox', { name: '引用考核项的数据作为输入' });
    await user.selectOptions(pick, '赢单数');
    await user.selectOptions(screen.getByRole('combobox', { name: '引用考核项的数据作为输入' }), '商机数');
    expect(last?.inputs.map(({ name, label, source }) => [name, label, source.filter ?? null])).toEqual([
      ['in1', '赢单数', { field: 'f_stage', op: 'eq', value: 'won' }],
      ['in2', '商机数', null],
    ]);
    const formula = screen.getByRole('textbox', { name: /^公式/ });
    await user.clear(formula);
    await user.type(formula, '{{赢单数} / {{商机数} * 100');
    await user.click(screen.getByRole('button', { name: '应用公式' }));
    expect(last?.formula).toEqual({ '*': [{ '/': [{ var: 'in1' }, { var: 'in2' }] }, 100] });
    await user.clear(formula);
    await user.type(formula, '{{成交额} / 2');
    await user.click(screen.getByRole('button', { name: '应用公式' }));
    expect(screen.getByRole('alert').textContent).toContain('成交额');
    expect(last?.formula).toEqual({ '*': [{ '/': [{ var: 'in1' }, { var: 'in2' }] }, 100] });
  });
});
