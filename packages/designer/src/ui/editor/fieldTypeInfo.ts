import { fieldCatalogue, type FieldGroup, type FieldType, type LocalizedText } from '@formwork/runtime';

/**
 * Plain glyphs for the catalogue's icon keys: no icon font to download, and no emoji (many
 * servers and headless browsers have no emoji font): symbols every common font has.
 */
const glyphs: Readonly<Record<string, string>> = {
  'text-line': 'T',
  'text-lines': '¶',
  hash: '#',
  currency: '¥',
  calendar: '▤',
  'calendar-clock': '◴',
  radio: '◉',
  checkbox: '☑',
  select: '▾',
  'multi-select': '☰',
  star: '★',
  phone: '☎',
  mail: '✉',
  globe: '◎',
  map: '⌂',
  'map-pin': '⊙',
  image: '▨',
  paperclip: '⊂',
  signature: '✍',
  'rich-text': '𝐀',
  table: '▦',
  link: '∞',
  'link-search': '⌕',
  barcode: '№',
  function: 'ƒ',
  user: '☺',
  users: '☻',
  building: '▥',
  buildings: '▦',
  section: '▭',
  info: 'ℹ',
};

export interface FieldTypeInfo {
  readonly name: LocalizedText;
  readonly icon: string;
  readonly group: FieldGroup;
  readonly container: boolean;
}

/** The engine's catalogue entry of a type, with the glyph the designer shows for its icon. */
export function fieldTypeInfo(type: FieldType): FieldTypeInfo {
  const entry = fieldCatalogue[type];
  return { name: entry.name, icon: glyphs[entry.icon] ?? '•', group: entry.group, container: entry.container };
}
