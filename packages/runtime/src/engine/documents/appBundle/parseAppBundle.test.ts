import { describe, expect, it } from 'vitest';
import { exampleAppBundle } from '../testing/exampleAppBundle.js';
import { exampleWorkflow } from '../testing/exampleWorkflow.js';
import { formWith } from '../testing/formWith.js';
import { minimalFields } from '../testing/minimalFields.js';
import { issueAt, parsedValue, parseIssues } from '../testing/parseOutcome.js';
import { parseAppBundle } from './parseAppBundle.js';

function bundleWith(rest: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return {
    kind: 'appBundle',
    schemaVersion: 1,
    app: { name: 'CRM', description: 'Customers and deals' },
    forms: [],
    workflows: [],
    scorings: [],
    dashboards: [],
    roles: [],
    ...rest,
  };
}

const customers = { key: 'customers', schema: formWith([minimalFields.text]) };

describe('parseAppBundle', () => {
  it('parses the smallest bundle: an app with nothing in it', () => {
    const bundle = bundleWith({});
    expect(parsedValue(parseAppBundle(bundle))).toEqual(bundle);
  });

  it('parses a realistic bundle with every kind of document unchanged', () => {
    expect(parsedValue(parseAppBundle(exampleAppBundle))).toEqual(exampleAppBundle);
  });

  it('checks the envelope', () => {
    const result = parseAppBundle(bundleWith({ app: { description: 'x', icon: '' }, forms: {}, roles: [{ key: 'sales' }], workflows: [{ schema: {} }] }));
    expect(issueAt(result, '/app/name').message).toEqual({ 'zh-CN': '应用包的“应用信息”(app)缺少“名称”(name)', en: 'The app details (app) of the app bundle is missing its name' });
    expect(issueAt(result, '/app/icon').code).toBe('tooShort');
    expect(issueAt(result, '/forms').code).toBe('type');
    expect(issueAt(result, '/roles/0/name').code).toBe('required');
    expect(issueAt(result, '/workflows/0/key').code).toBe('required');
  });

  it('parses each embedded document with its own parser and points into the bundle', () => {
    const broken = formWith([minimalFields.text, { ...minimalFields.number, id: 'f_b' }, { ...minimalFields.radio, id: 'f_c' }, { id: 'f_d', type: 'txt', label: 'D' }]);
    const twice = formWith([minimalFields.text, minimalFields.number]);
    const result = parseAppBundle(bundleWith({ forms: [customers, { key: 'deals', schema: broken }, { key: 'twice', schema: twice }] }));
    const issue = issueAt(result, '/forms/1/schema/fields/3/type');
    expect(issue.code).toBe('unknownFieldType');
    expect(issue.message).toEqual({
      'zh-CN': '第 2 个表单“deals”：第 4 个字段“D”的类型 "txt" 不存在',
      en: 'Form 2 ("deals"): Field 4 ("D") has an unknown type "txt"',
    });
    // Each form's own checks run too: f_a is used twice in the third.
    expect(issueAt(result, '/forms/2/schema/fields/1/id').code).toBe('duplicateFieldId');
  });

  it('refuses an embedded document of the wrong kind or from a newer Formwork', () => {
    const result = parseAppBundle(
      bundleWith({
        forms: [customers, { key: 'flow', schema: exampleWorkflow }],
        dashboards: [{ key: 'future', schema: { kind: 'dashboard', schemaVersion: 99, title: 'x', widgets: [] } }],
      }),
    );
    expect(issueAt(result, '/forms/1/schema/kind').code).toBe('wrongKind');
    expect(issueAt(result, '/dashboards/0/schema/schemaVersion').code).toBe('futureSchemaVersion');
  });

  it('refuses keys used twice within a kind', () => {
    const result = parseAppBundle(bundleWith({ forms: [customers, customers], roles: [{ key: 'sales', name: 'Sales' }, { key: 'sales', name: 'Sales 2' }] }));
    expect(issueAt(result, '/forms/1/key').code).toBe('duplicateKey');
    expect(issueAt(result, '/roles/1/key').code).toBe('duplicateKey');
  });

  it('refuses references to forms the bundle does not hold', () => {
    const deals = formWith([{ ...minimalFields.section, id: 'f_s', fields: [{ ...minimalFields.link, formId: 'companies' }] }]);
    const scoring = {
      kind: 'scoring',
      schemaVersion: 1,
      title: 'KPI',
      period: 'month',
      items: [
        {
          id: 'k_a',
          name: 'Revenue',
          weight: 100,
          source: { formId: 'payments', aggregate: 'count', personField: 'f_a', dateField: 'f_b' },
          target: { kind: 'form', formId: 'targets', personField: 'f_a', periodField: 'f_b', valueField: 'f_c' },
          method: { kind: 'ratio' },
        },
      ],
    };
    const dashboard = { kind: 'dashboard', schemaVersion: 1, title: 'D', widgets: [{ id: 'w_a', type: 'kpi', title: 'K', query: { formId: 'orders' }, layout: { x: 0, y: 0, w: 1, h: 1 } }] };
    const result = parseAppBundle(
      bundleWith({
        forms: [customers, { key: 'deals', schema: deals }],
        workflows: [{ key: 'flow', schema: { ...exampleWorkflow, formId: 'approvals' } }],
        scorings: [{ key: 'kpi', schema: scoring }],
        dashboards: [{ key: 'board', schema: dashboard }],
      }),
    );
    const link = issueAt(result, '/forms/1/schema/fields/0/fields/0/formId');
    expect(link.code).toBe('unknownFormKey');
    expect(link.message.en).toContain('refers to the form "companies", which is not in this app bundle');
    expect(issueAt(result, '/workflows/0/schema/formId').code).toBe('unknownFormKey');
    expect(issueAt(result, '/scorings/0/schema/items/0/source/formId').code).toBe('unknownFormKey');
    expect(issueAt(result, '/scorings/0/schema/items/0/target/formId').code).toBe('unknownFormKey');
    expect(issueAt(result, '/dashboards/0/schema/widgets/0/query/formId').code).toBe('unknownFormKey');
    expect(parseIssues(result)).toHaveLength(5);
  });

  it("refuses an app's quick form that is not a form of the bundle, in both languages (#15)", () => {
    const result = parseAppBundle(bundleWith({ app: { name: 'CRM', description: '', quickForms: ['customers', 'visits'] }, forms: [customers] }));
    const issue = issueAt(result, '/app/quickForms/1');
    expect(issue.code).toBe('unknownFormKey');
    expect(issue.message.en).toContain('refers to the form "visits", which is not in this app bundle');
    expect(issue.message['zh-CN']).toContain('快捷表单');
    expect(parseIssues(result)).toHaveLength(1);
    expect(issueAt(parseAppBundle(bundleWith({ app: { name: 'CRM', description: '', quickForms: ['customers', 'customers'] }, forms: [customers] })), '/app/quickForms').code).toBeDefined();
  });
});
