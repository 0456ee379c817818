import type { Locale, LocalizedText } from '../../engine/index.js';

/**
 * Every string the renderer shows by itself (buttons, notices, accessible names), in every
 * locale. `{n}`-style placeholders are filled by {@link formatMessage}.
 */
export const rendererMessages = {
  required: { 'zh-CN': '必填', en: 'required' },
  submit: { 'zh-CN': '提交', en: 'Submit' },
  submitting: { 'zh-CN': '正在提交…', en: 'Submitting…' },
  submitted: { 'zh-CN': '已提交', en: 'Submitted' },
  retry: { 'zh-CN': '重试提交', en: 'Retry submit' },
  submitFailed: { 'zh-CN': '提交失败，填写的内容已保留。', en: 'The submit failed. Everything you entered is kept.' },
  fixErrors: { 'zh-CN': '有 {n} 处需要修改', en: '{n} field(s) need attention' },
  draftRestored: { 'zh-CN': '已恢复上次未提交的草稿。', en: 'Your unsent draft was restored.' },
  discardDraft: { 'zh-CN': '丢弃草稿', en: 'Discard draft' },
  addRow: { 'zh-CN': '添加一行', en: 'Add row' },
  rowN: { 'zh-CN': '第 {n} 行', en: 'Row {n}' },
  deleteRowN: { 'zh-CN': '删除第 {n} 行', en: 'Delete row {n}' },
  copyRowN: { 'zh-CN': '复制第 {n} 行', en: 'Copy row {n}' },
  moveRowUpN: { 'zh-CN': '上移第 {n} 行', en: 'Move row {n} up' },
  moveRowDownN: { 'zh-CN': '下移第 {n} 行', en: 'Move row {n} down' },
  noRows: { 'zh-CN': '暂无数据', en: 'No rows yet' },
  search: { 'zh-CN': '搜索', en: 'Search' },
  noMatches: { 'zh-CN': '无匹配项', en: 'No matches' },
  loading: { 'zh-CN': '加载中…', en: 'Loading…' },
  removeItem: { 'zh-CN': '移除 {name}', en: 'Remove {name}' },
  clear: { 'zh-CN': '清除', en: 'Clear' },
  pleaseSelect: { 'zh-CN': '请选择', en: 'Select…' },
  province: { 'zh-CN': '省份', en: 'Province' },
  city: { 'zh-CN': '城市', en: 'City' },
  district: { 'zh-CN': '区县', en: 'District' },
  chooseProvinceFirst: { 'zh-CN': '请先选择省份', en: 'Choose a province first' },
  chooseCityFirst: { 'zh-CN': '请先选择城市', en: 'Choose a city first' },
  regionsLoading: { 'zh-CN': '正在加载省市区列表…', en: 'Loading the region list…' },
  regionsFailed: { 'zh-CN': '省市区列表加载失败，请直接输入。', en: 'The region list could not load; type the names instead.' },
  addressDetail: { 'zh-CN': '详细地址', en: 'Street address' },
  locate: { 'zh-CN': '获取当前位置', en: 'Use my location' },
  locating: { 'zh-CN': '正在定位…', en: 'Locating…' },
  locationUnavailable: { 'zh-CN': '无法获取位置', en: 'Location unavailable' },
  latitude: { 'zh-CN': '纬度', en: 'Latitude' },
  longitude: { 'zh-CN': '经度', en: 'Longitude' },
  chooseFiles: { 'zh-CN': '选择文件', en: 'Choose files' },
  chooseImages: { 'zh-CN': '选择图片', en: 'Choose images' },
  uploading: { 'zh-CN': '正在上传 {name}', en: 'Uploading {name}' },
  uploadFailed: { 'zh-CN': '{name} 上传失败', en: 'Upload of {name} failed' },
  uploadUnavailable: { 'zh-CN': '当前无法上传文件', en: 'Uploads are unavailable here' },
  tooManyFiles: { 'zh-CN': '最多 {n} 个文件', en: 'At most {n} files' },
  fileTooLarge: { 'zh-CN': '{name} 超过 {n} MB', en: '{name} is larger than {n} MB' },
  signHere: { 'zh-CN': '在此处签名', en: 'Sign here' },
  saveSignature: { 'zh-CN': '确认签名', en: 'Use this signature' },
  signatureSaved: { 'zh-CN': '签名已保存', en: 'Signature saved' },
  clearSignature: { 'zh-CN': '清除签名', en: 'Clear signature' },
  signInstructions: {
    'zh-CN': '用鼠标、手指或触控笔在框内签名，或选择“输入姓名代替手写”。',
    en: 'Draw your signature in the box with a mouse, finger or pen, or choose “Type your name instead”.',
  },
  typeSignature: { 'zh-CN': '输入姓名代替手写', en: 'Type your name instead' },
  drawSignature: { 'zh-CN': '改为手写签名', en: 'Draw instead' },
  typedSignatureName: { 'zh-CN': '签名姓名', en: 'Your name' },
  ratingN: { 'zh-CN': '{n} 星', en: '{n} star(s)' },
  bold: { 'zh-CN': '加粗', en: 'Bold' },
  italic: { 'zh-CN': '斜体', en: 'Italic' },
  bulletList: { 'zh-CN': '项目符号列表', en: 'Bulleted list' },
  formatting: { 'zh-CN': '格式', en: 'Formatting' },
  computed: { 'zh-CN': '自动计算', en: 'Calculated' },
  assignedOnSave: { 'zh-CN': '保存后自动生成', en: 'Assigned when saved' },
  expand: { 'zh-CN': '展开', en: 'Expand' },
  collapse: { 'zh-CN': '收起', en: 'Collapse' },
} as const satisfies Record<string, LocalizedText>;

export type RendererMessageKey = keyof typeof rendererMessages;

/**
 * The renderer's text for `key` in `locale`, with `{name}` placeholders filled in.
 *
 * @example
 * formatMessage('en', 'deleteRowN', { n: 2 }) // 'Delete row 2'
 */
export function formatMessage(locale: Locale, key: RendererMessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return rendererMessages[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
