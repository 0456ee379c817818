import { FORM_SCHEMA_VERSION } from '@formwork/runtime';
import { describe, expect, it } from 'vitest';
import { flowStatusFilterChoice } from './flowStatusFilterChoice.js';
import { ruleFieldChoices } from './ruleFieldChoices.js';

describe('flowStatusFilterChoice', () => {
  it("names the server's statuses in both languages, as one choice field", () => {
    const zh = flowStatusFilterChoice('zh-CN');
    const en = flowStatusFilterChoice('en');
    expect(zh.path).toBe('_flowStatus');
    expect(zh.field.type).toBe('select');
    const options = (choice: typeof zh) => ('options' in choice.field ? choice.field.options.map((option) => [option.value, option.label]) : []);
    expect(options(zh)).toEqual([
      ['completed', '已通过'],
      ['in_progress', '审批中'],
      ['rejected', '已拒绝'],
      ['withdrawn', '已撤回'],
      ['ended', '已结束'],
    ]);
    expect(options(en).map(([, label]) => label)).toEqual(['Approved', 'In approval', 'Rejected', 'Withdrawn', 'Ended']);
    expect([zh.label, en.label]).toEqual(['审批状态', 'Approval status']);
  });

  it("is not among the fields a form's own rules (visibility, validation) may read: no flow exists while a form is filled", () => {
    const schema = { kind: 'form', schemaVersion: FORM_SCHEMA_VERSION, title: 'Contracts', fields: [{ id: 'f_amount', type: 'money', label: 'Amount' }] } as const;
    expect(ruleFieldChoices(schema).map((choice) => choice.path)).toEqual(['f_amount']);
  });
});
