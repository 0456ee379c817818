import type { LocalizedText } from '@formwork/runtime';

/**
 * Fills `{name}` placeholders in every language of a message. Values are inserted as plain text;
 * the UI renders them as text nodes, never as HTML.
 *
 * @example
 * fillText({ 'zh-CN': '找不到字段 {id}', en: 'No field {id}' }, { id: 'f_a' }).en // 'No field f_a'
 */
export function fillText(text: LocalizedText, params: Readonly<Record<string, string | number>>): LocalizedText {
  const fill = (template: string): string =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
  return { 'zh-CN': fill(text['zh-CN']), en: fill(text.en) };
}
