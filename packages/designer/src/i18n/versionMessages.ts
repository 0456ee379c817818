import type { LocalizedText } from '@formwork/runtime';

/** The versions dialog: comparing two versions and restoring one as the draft. */
export const versionMessages = {
  compare: { 'zh-CN': '比较', en: 'Compare' },
  compareFrom: { 'zh-CN': '比较的旧版本', en: 'Compare from' },
  compareTo: { 'zh-CN': '比较到', en: 'Compare to' },
  versionN: { 'zh-CN': '版本 {version}', en: 'Version {version}' },
  currentDraft: { 'zh-CN': '当前草稿', en: 'The current draft' },
  changesBetween: { 'zh-CN': '从{from}到{to}的修改', en: 'Changes from {from} to {to}' },
  noChanges: { 'zh-CN': '没有修改', en: 'No changes' },
  loading: { 'zh-CN': '正在读取版本…', en: 'Loading the version…' },
  loadFailed: { 'zh-CN': '读取版本 {version} 失败：{message}', en: 'Loading version {version} failed: {message}' },
  unreadable: { 'zh-CN': '版本 {version} 无法读取', en: 'Version {version} cannot be read' },
  restore: { 'zh-CN': '将版本 {version} 恢复为草稿', en: 'Restore version {version} as the draft' },
  confirmRestore: {
    'zh-CN': '用版本 {version} 替换当前草稿并保存？之后可以用“撤销”找回当前草稿。',
    en: 'Replace the current draft with version {version} and save it? Undo brings the current draft back.',
  },
  confirmRestoreLabel: { 'zh-CN': '确认恢复版本 {version}', en: 'Confirm restoring version {version}' },
  restoreConfirm: { 'zh-CN': '恢复并保存', en: 'Restore and save' },
  cancel: { 'zh-CN': '取消', en: 'Cancel' },
  restored: { 'zh-CN': '已将版本 {version} 恢复为草稿', en: 'Version {version} is now the draft' },
} as const satisfies Record<string, LocalizedText>;

/** One line per change; `{…}` are filled per language by `describeSchemaChange`. */
export const changeMessages = {
  added: { 'zh-CN': '新增字段“{label}”（{type}）', en: 'Added “{label}” ({type})' },
  removed: { 'zh-CN': '删除字段“{label}”（{type}）', en: 'Removed “{label}” ({type})' },
  renamed: { 'zh-CN': '字段“{from}”改名为“{to}”', en: 'Renamed “{from}” to “{to}”' },
  retyped: { 'zh-CN': '“{label}”的类型从{from}改为{to}', en: 'Changed the type of “{label}” from {from} to {to}' },
  moved: { 'zh-CN': '“{label}”从{from}移到{to}', en: 'Moved “{label}” from {from} to {to}' },
  settings: { 'zh-CN': '修改了“{label}”的设置：{keys}', en: 'Changed the settings of “{label}”: {keys}' },
  form: { 'zh-CN': '修改了表单设置：{keys}', en: 'Changed the form’s settings: {keys}' },
  topLevel: { 'zh-CN': '表单顶层', en: 'the top of the form' },
  inside: { 'zh-CN': '“{label}”', en: '“{label}”' },
} as const satisfies Record<string, LocalizedText>;

/** The form's own properties, as a change line names them. */
export const formPropertyNames: Readonly<Record<string, LocalizedText>> = {
  title: { 'zh-CN': '标题', en: 'title' },
  description: { 'zh-CN': '描述', en: 'description' },
  layout: { 'zh-CN': '布局', en: 'layout' },
  rules: { 'zh-CN': '规则', en: 'rules' },
  settings: { 'zh-CN': '表单属性', en: 'form settings' },
  validations: { 'zh-CN': '表单校验', en: 'validations' },
};
