import { ApiError } from '../ApiError.js';
import type { TemplateApi, TemplateInstallResult, TemplateSummary } from '../TemplateApi.js';

/** The CRM as the server lists it, cut short: enough for the gallery's tests. */
export const fakeCrmTemplate: TemplateSummary = {
  name: 'crm',
  title: '客户关系管理（CRM）',
  description: '客户、商机、跟进、报价、合同和回款。',
  icon: 'users',
  forms: [
    { key: 'customers', title: '客户' },
    { key: 'contracts', title: '合同' },
  ],
  workflows: [{ key: 'contractApproval', title: '合同审批' }],
  dashboards: [{ key: 'salesOverview', title: '销售总览' }],
  scorings: [],
  roles: [{ key: 'director', name: '销售总监' }],
  sampleData: { departments: 6, users: 26, records: 9000 },
};

/**
 * An in-memory gallery for component tests: `listTemplates` gives `templates`, `installTemplate`
 * answers `install(name, sampleData)` (by default a new app per install, sample people created
 * once) after `gate` resolves, so a test can look at the page while an install runs.
 */
export function createFakeTemplateApi(
  options: {
    readonly templates?: readonly TemplateSummary[];
    readonly install?: (name: string, sampleData: boolean) => TemplateInstallResult;
    readonly gate?: () => Promise<void>;
  } = {},
) {
  const templates = options.templates ?? [fakeCrmTemplate];
  const calls: { name: string; sampleData: boolean }[] = [];
  let created = false;
  const install =
    options.install ??
    ((name: string, sampleData: boolean): TemplateInstallResult => {
      const template = templates.find((entry) => entry.name === name);
      if (!template) throw new ApiError(404, 'unknown_template', `没有名为 ${name} 的模板`);
      const firstPeople = sampleData && !created;
      if (sampleData) created = true;
      return {
        template: name,
        app: { id: `app_${String(calls.length)}`, name: template.title },
        forms: template.forms.map((form, index) => ({ ...form, id: `frm_${String(index)}` })),
        sampleData: sampleData
          ? { departments: { created: firstPeople ? 6 : 0, reused: firstPeople ? 0 : 6 }, users: { created: firstPeople ? 26 : 0, reused: firstPeople ? 0 : 26 }, initialPassword: firstPeople ? 'Pw3xKq8mZt2rHn7c' : null, records: { customers: 120 } }
          : null,
        links: [],
      };
    });
  const api: TemplateApi = {
    listTemplates: async () => templates,
    installTemplate: async (name, { sampleData }) => {
      calls.push({ name, sampleData });
      await options.gate?.();
      return install(name, sampleData);
    },
  };
  return { api, calls };
}
