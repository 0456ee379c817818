import type { FieldType } from '../documents/form/FormSchema.js';
import type { LocalizedText } from '../i18n/Locale.js';

/** The palette groups of the designer, as Jiandaoyun groups its controls. */
export type FieldGroup = 'basic' | 'advanced' | 'org' | 'layout';

/** What the designer, renderer and server need to know about a field type without its settings. */
export interface FieldCatalogueEntry {
  readonly group: FieldGroup;
  readonly name: LocalizedText;
  /** A short stable key each UI maps to its own icon (lucide-style names). */
  readonly icon: string;
  /** Whether records hold a value for the field (`section` and `description` do not). */
  readonly holdsValue: boolean;
  /** Whether the field holds child fields of its own (`subform`, `section`). */
  readonly container: boolean;
}

const entry = (group: FieldGroup, zh: string, en: string, icon: string, holdsValue = true, container = false): FieldCatalogueEntry => ({
  group,
  name: { 'zh-CN': zh, en },
  icon,
  holdsValue,
  container,
});

/**
 * Every field type, in palette order within its group.
 *
 * @example
 * fieldCatalogue.money.name.en // 'Amount'
 * fieldCatalogue.section.holdsValue // false
 */
export const fieldCatalogue: Readonly<Record<FieldType, FieldCatalogueEntry>> = {
  text: entry('basic', '单行文本', 'Single-line text', 'text-line'),
  textarea: entry('basic', '多行文本', 'Multi-line text', 'text-lines'),
  number: entry('basic', '数字', 'Number', 'hash'),
  money: entry('basic', '金额', 'Amount', 'currency'),
  date: entry('basic', '日期', 'Date', 'calendar'),
  datetime: entry('basic', '日期时间', 'Date and time', 'calendar-clock'),
  radio: entry('basic', '单选按钮组', 'Radio buttons', 'radio'),
  checkbox: entry('basic', '复选框组', 'Checkboxes', 'checkbox'),
  select: entry('basic', '下拉框', 'Drop-down', 'select'),
  multiselect: entry('basic', '下拉复选框', 'Multi-select drop-down', 'multi-select'),
  rating: entry('basic', '评分', 'Rating', 'star'),
  phone: entry('advanced', '手机', 'Phone', 'phone'),
  email: entry('advanced', '邮箱', 'Email', 'mail'),
  url: entry('advanced', '网址', 'Web address', 'globe'),
  address: entry('advanced', '地址', 'Address', 'map'),
  location: entry('advanced', '定位', 'Location', 'map-pin'),
  image: entry('advanced', '图片', 'Image', 'image'),
  attachment: entry('advanced', '附件', 'Attachment', 'paperclip'),
  signature: entry('advanced', '手写签名', 'Signature', 'signature'),
  richtext: entry('advanced', '富文本', 'Rich text', 'rich-text'),
  subform: entry('advanced', '子表单', 'Subform', 'table', true, true),
  link: entry('advanced', '关联数据', 'Linked record', 'link'),
  lookup: entry('advanced', '关联查询', 'Lookup', 'link-search'),
  serial: entry('advanced', '流水号', 'Serial number', 'barcode'),
  formula: entry('advanced', '计算字段', 'Calculated', 'function'),
  member: entry('org', '成员单选', 'Member', 'user'),
  members: entry('org', '成员多选', 'Members', 'users'),
  department: entry('org', '部门单选', 'Department', 'building'),
  departments: entry('org', '部门多选', 'Departments', 'buildings'),
  section: entry('layout', '分组', 'Section', 'section', false, true),
  description: entry('layout', '描述文字', 'Description', 'info', false, false),
};
