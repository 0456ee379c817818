import type { LocalizedText } from '../i18n/Locale.js';
import type { DocumentGlossary, LocationDescription } from './DocumentGlossary.js';
import { splitPointer } from './JsonPointer.js';
import { isJsonObject, type JsonValue } from './JsonValue.js';

interface Item {
  readonly noun: LocalizedText;
  readonly ordinal: number;
  readonly name: string | undefined;
}

/** Names longer than this are cut: the message must stay one line. */
const maxShownName = 24;

/**
 * Describes a place in a document in the words of its glossary: the named items on the way
 * (field 3, its option 2, …) and then the property. Items are counted from 1, as people count,
 * and shown with their label when they have one.
 *
 * @example
 * describeLocation('/fields/2/min', form, formGlossary).phrase
 * // { 'zh-CN': '第 3 个字段“金额”的“最小值”(min)', en: 'the minimum (min) of field 3 ("Amount")' }
 */
export function describeLocation(pointer: string, document: JsonValue, glossary: DocumentGlossary): LocationDescription {
  const tokens = splitPointer(pointer);
  const items: Item[] = [];
  let properties: string[] = [];
  let current: JsonValue | undefined = document;
  let itemKind: LocalizedText | undefined;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] ?? '';
    const next = tokens[index + 1];
    const child: JsonValue | undefined = childOf(current, token);
    const noun = (index === 0 ? undefined : glossary.nestedCollections?.[token]) ?? glossary.collections[token];
    const item: JsonValue | undefined = next === undefined ? undefined : childOf(child, next);
    // Strings are never items: `fields: ["f_a"]` in a validation rule is a list of ids, not fields.
    if (noun !== undefined && Array.isArray(child) && next !== undefined && item !== undefined && typeof item !== 'string') {
      items.push({ noun, ordinal: Number(next) + 1, name: nameOf(item) });
      properties = [];
      itemKind = glossary.itemKind?.(token, item);
      current = item;
      index += 1;
    } else {
      properties.push(token);
      itemKind = undefined;
      current = child;
    }
  }

  const holder = describeItems(items, glossary);
  if (properties.length === 0) return itemKind === undefined ? { phrase: holder, named: true } : { phrase: holder, itemKind, named: true };
  const path = properties.map((token, index) => (/^[0-9]+$/.test(token) ? `[${token}]` : index === 0 ? token : `.${token}`)).join('');
  const named = [...properties].reverse().find((token) => !/^[0-9]+$/.test(token)) ?? path;
  const name = propertyName(named, glossary);
  return {
    phrase: {
      'zh-CN': `${holder['zh-CN']}的“${name['zh-CN']}”(${path})`,
      en: `the ${name.en}${name.en === path ? '' : ` (${path})`} of ${holder.en}`,
    },
    named: false,
  };
}

/** A property's name in words, or the key itself when the glossary has none. */
export function propertyName(key: string, glossary: DocumentGlossary): LocalizedText {
  return Object.hasOwn(glossary.properties, key) ? (glossary.properties[key] ?? { 'zh-CN': key, en: key }) : { 'zh-CN': key, en: key };
}

function describeItems(items: readonly Item[], glossary: DocumentGlossary): LocalizedText {
  if (items.length === 0) return glossary.document;
  const named = (item: Item, open: string, close: string): string => (item.name === undefined ? '' : `${open}${item.name}${close}`);
  return {
    'zh-CN': items.map((item) => `第 ${item.ordinal} ${item.noun['zh-CN']}${named(item, '“', '”')}`).join('的'),
    en: [...items]
      .reverse()
      .map((item) => `${item.noun.en} ${item.ordinal}${named(item, ' ("', '")')}`)
      .join(' of '),
  };
}

function childOf(value: JsonValue | undefined, token: string): JsonValue | undefined {
  if (Array.isArray(value)) return /^(0|[1-9][0-9]*)$/.test(token) ? (value as readonly JsonValue[])[Number(token)] : undefined;
  if (isJsonObject(value) && Object.hasOwn(value, token)) return value[token];
  return undefined;
}

function nameOf(item: JsonValue | undefined): string | undefined {
  if (!isJsonObject(item)) return undefined;
  for (const key of ['label', 'name', 'title', 'key']) {
    const name = Object.hasOwn(item, key) ? item[key] : undefined;
    if (typeof name === 'string' && name.trim() !== '') {
      const trimmed = name.trim();
      return trimmed.length > maxShownName ? `${trimmed.slice(0, maxShownName)}…` : trimmed;
    }
  }
  return undefined;
}
