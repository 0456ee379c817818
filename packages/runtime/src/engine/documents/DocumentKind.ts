import type { LocalizedText } from '../i18n/Locale.js';

/** Every kind of document Formwork reads; each JSON document says which it is in `kind`. */
export type DocumentKind = 'form' | 'workflow' | 'scoring' | 'dashboard' | 'appBundle';

export const documentKinds: readonly DocumentKind[] = ['form', 'workflow', 'scoring', 'dashboard', 'appBundle'];

/** What people call each kind of document, for messages. */
export const documentKindNames: Readonly<Record<DocumentKind, LocalizedText>> = {
  form: { 'zh-CN': '表单', en: 'form' },
  workflow: { 'zh-CN': '流程', en: 'workflow' },
  scoring: { 'zh-CN': '考核方案', en: 'scoring scheme' },
  dashboard: { 'zh-CN': '仪表盘', en: 'dashboard' },
  appBundle: { 'zh-CN': '应用包', en: 'app bundle' },
};

/** True when `value` names a kind of document. */
export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === 'string' && (documentKinds as readonly string[]).includes(value);
}
