import type { FieldGroup, LocalizedText } from '@formwork/runtime';

/** Palette group headings, named as Jiandaoyun names them. */
export const paletteGroupNames: Readonly<Record<FieldGroup, LocalizedText>> = {
  basic: { 'zh-CN': '基础字段', en: 'Basic fields' },
  advanced: { 'zh-CN': '增强字段', en: 'Advanced fields' },
  org: { 'zh-CN': '部门成员字段', en: 'Members and departments' },
  layout: { 'zh-CN': '布局', en: 'Layout' },
};
