import { dashboardGlossary } from '../dashboard/dashboardGlossary.js';
import type { DocumentGlossary } from '../DocumentGlossary.js';
import { formGlossary } from '../form/formGlossary.js';
import { scoringGlossary } from '../scoring/scoringGlossary.js';
import { workflowGlossary } from '../workflow/workflowGlossary.js';

/**
 * The words of bundle faults: the bundle's own, and its documents' (a fault found across documents
 * may sit deep inside one, e.g. a link field of a bundled form).
 */
export const appBundleGlossary: DocumentGlossary = {
  document: { 'zh-CN': '应用包', en: 'the app bundle' },
  collections: {
    ...formGlossary.collections,
    ...workflowGlossary.collections,
    ...scoringGlossary.collections,
    ...dashboardGlossary.collections,
    forms: { 'zh-CN': '个表单', en: 'form' },
    workflows: { 'zh-CN': '个流程', en: 'workflow' },
    scorings: { 'zh-CN': '个考核方案', en: 'scoring scheme' },
    dashboards: { 'zh-CN': '个仪表盘', en: 'dashboard' },
    roles: { 'zh-CN': '个角色', en: 'role' },
  },
  nestedCollections: formGlossary.nestedCollections ?? {},
  properties: {
    ...formGlossary.properties,
    kind: { 'zh-CN': '类型', en: 'kind' },
    schemaVersion: { 'zh-CN': '版本号', en: 'schema version' },
    app: { 'zh-CN': '应用信息', en: 'app details' },
    name: { 'zh-CN': '名称', en: 'name' },
    description: { 'zh-CN': '描述', en: 'description' },
    icon: { 'zh-CN': '图标', en: 'icon' },
    color: { 'zh-CN': '颜色', en: 'colour' },
    quickForms: { 'zh-CN': '快捷表单', en: 'quick forms' },
    forms: { 'zh-CN': '表单', en: 'forms' },
    workflows: { 'zh-CN': '流程', en: 'workflows' },
    scorings: { 'zh-CN': '考核方案', en: 'scoring schemes' },
    dashboards: { 'zh-CN': '仪表盘', en: 'dashboards' },
    roles: { 'zh-CN': '角色', en: 'roles' },
    key: { 'zh-CN': '标识(key)', en: 'key' },
    schema: { 'zh-CN': '内容', en: 'document' },
    formId: { 'zh-CN': '表单', en: 'form' },
  },
};
