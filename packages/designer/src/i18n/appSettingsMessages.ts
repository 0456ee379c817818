import type { LocalizedText } from '@formwork/runtime';

/** The app page's settings: how the workbench draws the app, and which forms it offers first. */
export const appSettingsMessages = {
  appSettings: { 'zh-CN': '应用设置', en: 'App settings' },
  icon: { 'zh-CN': '图标', en: 'Icon' },
  iconHint: { 'zh-CN': '图标名称或表情，留空则不显示', en: 'An icon name or emoji; leave empty for none' },
  color: { 'zh-CN': '颜色', en: 'Colour' },
  colorHint: { 'zh-CN': '十六进制颜色，如 #2f7cf6；留空用默认颜色', en: 'A hex colour such as #2f7cf6; leave empty for the default' },
  badColor: { 'zh-CN': '颜色必须是十六进制颜色，如 #2f7cf6', en: 'The colour must be a hex colour such as #2f7cf6' },
  quickForms: { 'zh-CN': '快捷表单', en: 'Quick forms' },
  quickFormsHint: {
    'zh-CN': '销售每天要填的表单（如拜访、跟进）：工作台先显示这些快捷按钮，再显示各人最常填的表单。',
    en: "A rep's daily forms (a visit, a follow-up): the workbench shows these quick buttons first, then the forms each person fills most.",
  },
  quickFormNumber: { 'zh-CN': '快捷表单 {number}', en: 'Quick form {number}' },
  none: { 'zh-CN': '（无）', en: '(none)' },
  save: { 'zh-CN': '保存应用设置', en: 'Save app settings' },
  saving: { 'zh-CN': '正在保存…', en: 'Saving…' },
  saved: { 'zh-CN': '已保存', en: 'Saved' },
  requestFailed: { 'zh-CN': '请求失败：{message}', en: 'The request failed: {message}' },
} as const satisfies Record<string, LocalizedText>;
