import type { LocalizedText } from '@formwork/runtime';

/** Saving, publishing, versions, the JSON view and restored local changes. */
export const persistenceMessages = {
  saving: { 'zh-CN': '正在保存…', en: 'Saving…' },
  saved: { 'zh-CN': '草稿已保存', en: 'Draft saved' },
  published: { 'zh-CN': '已发布版本 {version}', en: 'Published version {version}' },
  publishing: { 'zh-CN': '正在发布…', en: 'Publishing…' },
  stale: {
    'zh-CN': '其他人已保存了这个表单。重新加载（放弃你的修改）还是覆盖他们的修改？',
    en: 'Someone else saved this form. Reload it (dropping your changes) or overwrite theirs?',
  },
  reload: { 'zh-CN': '重新加载', en: 'Reload' },
  overwrite: { 'zh-CN': '覆盖', en: 'Overwrite' },
  restored: {
    'zh-CN': '已恢复上次未保存的修改（{time}）。',
    en: 'Your unsaved changes from {time} were restored.',
  },
  discardRestored: { 'zh-CN': '放弃这些修改', en: 'Discard them' },
  invalidSchema: { 'zh-CN': '表单还有问题，不能保存：', en: 'The form has problems and cannot be saved yet:' },
  saveFailed: { 'zh-CN': '保存失败：{message}', en: 'Saving failed: {message}' },
  publishFailed: { 'zh-CN': '发布失败：{message}', en: 'Publishing failed: {message}' },
  versions: { 'zh-CN': '版本记录', en: 'Versions' },
  noVersions: { 'zh-CN': '还没有发布过', en: 'Not published yet' },
  versionLine: { 'zh-CN': '版本 {version}，发布于 {time}', en: 'Version {version}, published {time}' },
  close: { 'zh-CN': '关闭', en: 'Close' },
  jsonTitle: { 'zh-CN': '表单 JSON', en: 'Form JSON' },
  jsonText: { 'zh-CN': 'FormSchema JSON', en: 'FormSchema JSON' },
  jsonImport: { 'zh-CN': '导入', en: 'Import' },
  jsonSyntax: { 'zh-CN': 'JSON 语法错误，第 {line} 行第 {column} 列：{message}', en: 'JSON syntax error at line {line}, column {column}: {message}' },
  jsonSyntaxNoPlace: { 'zh-CN': 'JSON 语法错误：{message}', en: 'JSON syntax error: {message}' },
  jsonIssue: { 'zh-CN': '{pointer}：{message}', en: '{pointer}: {message}' },
  jsonImported: { 'zh-CN': '已导入', en: 'Imported' },
  previewTitle: { 'zh-CN': '预览', en: 'Preview' },
  desktop: { 'zh-CN': '电脑', en: 'Desktop' },
  phone: { 'zh-CN': '手机', en: 'Phone' },
  previewUnavailable: { 'zh-CN': '预览暂不可用', en: 'Preview is not available yet' },
} as const satisfies Record<string, LocalizedText>;
