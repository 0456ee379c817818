import { fieldCatalogue, type Locale, type LocalizedText } from '@formwork/runtime';
import { fillText } from '../i18n/fillText.js';
import { propertyMessages } from '../i18n/propertyMessages.js';
import { changeMessages as m, formPropertyNames } from '../i18n/versionMessages.js';
import type { FieldPlace, SchemaChange } from './SchemaChange.js';

const locales: readonly Locale[] = ['zh-CN', 'en'];
const separator: Readonly<Record<Locale, string>> = { 'zh-CN': '、', en: ', ' };

/** Fills `template` in each language with that language's words. */
function fillEach(template: LocalizedText, params: (locale: Locale) => Readonly<Record<string, string>>): LocalizedText {
  const [zh, en] = locales.map((locale) => fillText(template, params(locale))[locale]) as [string, string];
  return { 'zh-CN': zh, en };
}

/** A property by the name the properties panel gives it, else as it is spelt in the document. */
function propertyName(key: string, locale: Locale, names: Readonly<Record<string, LocalizedText | undefined>>): string {
  return names[key]?.[locale] ?? key;
}
const fieldPropertyNames: Readonly<Record<string, LocalizedText | undefined>> = propertyMessages;

function placeName(place: FieldPlace, locale: Locale): string {
  return place === null ? m.topLevel[locale] : fillText(m.inside, { label: place })[locale];
}

/**
 * A change as a line in both languages: field types by their palette names, settings by their
 * names in the properties panel.
 *
 * @example
 * describeSchemaChange({ kind: 'renamed', id: 'f_1', from: '客户', to: '客户名称' }).en // 'Renamed “客户” to “客户名称”'
 */
export function describeSchemaChange(change: SchemaChange): LocalizedText {
  switch (change.kind) {
    case 'added':
    case 'removed':
      return fillEach(m[change.kind], (locale) => ({ label: change.label, type: fieldCatalogue[change.type].name[locale] }));
    case 'renamed':
      return fillText(m.renamed, { from: change.from, to: change.to });
    case 'retyped':
      return fillEach(m.retyped, (locale) => ({ label: change.label, from: fieldCatalogue[change.from].name[locale], to: fieldCatalogue[change.to].name[locale] }));
    case 'moved':
      return fillEach(m.moved, (locale) => ({ label: change.label, from: placeName(change.from, locale), to: placeName(change.to, locale) }));
    case 'settings':
      return fillEach(m.settings, (locale) => ({ label: change.label, keys: change.keys.map((key) => propertyName(key, locale, fieldPropertyNames)).join(separator[locale]) }));
    case 'form':
      return fillEach(m.form, (locale) => ({ keys: change.keys.map((key) => propertyName(key, locale, formPropertyNames)).join(separator[locale]) }));
  }
}
