import type { LocalizedText } from '@formwork/runtime';

/** The template gallery (#15). */
export const templateMessages = {
  gallery: { 'zh-CN': '模板中心', en: 'Template gallery' },
  openGallery: { 'zh-CN': '从模板安装应用', en: 'Install an app from a template' },
  intro: {
    'zh-CN': '安装一个现成的应用：表单、审批流程、考核方案和仪表盘一次装好，成为一个新应用，不会改动已有的应用。',
    en: 'Install a ready-made app: its forms, approval workflows, scoring schemes and dashboards in one go, as a new app. Existing apps are left as they are.',
  },
  loading: { 'zh-CN': '正在读取模板…', en: 'Loading the templates…' },
  none: { 'zh-CN': '这个服务器没有可安装的模板。', en: 'This server ships no templates.' },
  inside: { 'zh-CN': '包含', en: 'What is inside' },
  forms: { 'zh-CN': '表单（{count}）', en: 'Forms ({count})' },
  workflows: { 'zh-CN': '审批流程（{count}）', en: 'Workflows ({count})' },
  scorings: { 'zh-CN': '考核方案（{count}）', en: 'Scoring schemes ({count})' },
  dashboards: { 'zh-CN': '仪表盘（{count}）', en: 'Dashboards ({count})' },
  roles: { 'zh-CN': '角色（{count}）', en: 'Roles ({count})' },
  listSeparator: { 'zh-CN': '、', en: ', ' },
  sampleSize: {
    'zh-CN': '示例数据：{departments} 个部门、{users} 名成员、约 {records} 条记录（一支销售团队最近 12 个月的数据）。',
    en: 'Sample data: {departments} departments, {users} people and about {records} records (a sales team’s last 12 months).',
  },
  withSampleData: { 'zh-CN': '同时安装示例数据', en: 'With sample data' },
  install: { 'zh-CN': '安装', en: 'Install' },
  installing: { 'zh-CN': '正在安装“{title}”…', en: 'Installing “{title}”…' },
  installingSample: {
    'zh-CN': '正在安装“{title}”和示例数据，可能需要几分钟，请不要关闭页面…',
    en: 'Installing “{title}” with sample data. This may take a few minutes; keep this page open…',
  },
  installProgress: { 'zh-CN': '安装进度', en: 'Install progress' },
  installed: { 'zh-CN': '已安装“{title}”：新应用“{app}”，{forms} 个表单。', en: 'Installed “{title}”: the new app “{app}” with {forms} forms.' },
  openApp: { 'zh-CN': '打开应用“{app}”', en: 'Open the app “{app}”' },
  recordsWritten: { 'zh-CN': '写入了 {records} 条示例记录。', en: '{records} sample records were written.' },
  peopleCreated: {
    'zh-CN': '创建了 {users} 名示例成员和 {departments} 个部门。他们的初始密码都是（只显示这一次，请记下）：',
    en: 'Created {users} sample people and {departments} departments. Their initial password (shown only this once; write it down):',
  },
  peopleHint: {
    'zh-CN': '在“组织架构”页面查看他们的用户名；正式使用前请让他们修改密码，或停用示例成员。',
    en: 'Their usernames are on the Organisation page. Have them change it, or disable the sample people, before real use.',
  },
  peopleReused: {
    'zh-CN': '示例团队已经存在（{users} 名成员），沿用他们现有的用户名和密码登录。',
    en: 'The sample team already exists ({users} people): they sign in with their usernames and passwords as before.',
  },
  linked: { 'zh-CN': '“{app}”的考核方案现在读取“{reads}”的表单。', en: 'The scoring scheme of “{app}” now reads the forms of “{reads}”.' },
  adminsOnly: { 'zh-CN': '只有管理员可以安装模板。', en: 'Only admins can install templates.' },
  loadFailed: { 'zh-CN': '无法读取模板列表：{message}', en: 'The templates could not be loaded: {message}' },
  installFailed: {
    'zh-CN': '安装“{title}”失败：{message}（{code}）。安装是一次完成的，失败不会留下任何内容，可以重试。',
    en: 'Installing “{title}” failed: {message} ({code}). An install is all or nothing: nothing was left behind, and you can try again.',
  },
  unreachable: {
    'zh-CN': '安装“{title}”时连不上服务器：{message}。请刷新应用列表，看看安装是否已经完成，再决定是否重试。',
    en: 'The server could not be reached while installing “{title}”: {message}. Reload the app list to see whether the install finished before trying again.',
  },
} as const satisfies Record<string, LocalizedText>;

/**
 * The shipped templates' names and descriptions in every language: a bundle carries its texts in
 * one language (Chinese), so the English ones are the designer's. A template not listed here is
 * shown with the server's texts.
 */
export const templateTexts: Readonly<Record<string, { readonly title: LocalizedText; readonly description: LocalizedText }>> = {
  crm: {
    title: { 'zh-CN': '客户关系管理（CRM）', en: 'Customer relationship management (CRM)' },
    description: {
      'zh-CN': '客户（查重、唯一负责人）、联系人、商机漏斗、跟进记录、报价单、合同审批、回款和客户满意度调查，以及销售总览仪表盘。',
      en: 'Customers (with a duplicate check and one owner each), contacts, the opportunity funnel, follow-ups, quotes, contract approval, payments and satisfaction surveys, and a sales overview dashboard.',
    },
  },
  performance: {
    title: { 'zh-CN': '销售绩效管理', en: 'Sales performance' },
    description: {
      'zh-CN': '目标设定与分解、月度考核方案、考核评估、行为积分和月度复盘，以及排行榜仪表盘。与 CRM 一同安装时，考核读取 CRM 的跟进记录和合同。',
      en: 'Targets split by period and team, the monthly KPI scheme, evaluations, behaviour points and monthly reviews, and a leaderboard dashboard. Installed with the CRM, scoring reads the CRM’s follow-ups and contracts.',
    },
  },
};
