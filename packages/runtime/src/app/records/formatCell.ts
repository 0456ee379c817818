import type { FieldDefinition, Locale } from '../../engine/index.js';
import type { RecordNames } from '../api/ApiViews.js';

/**
 * A stored value as one line of text in a list or a history entry. Never HTML. Member and
 * department ids become the names the list answer carries (`names`); an id it does not name
 * stays as it is.
 */
export function formatCell(field: FieldDefinition | undefined, value: unknown, locale: Locale, names?: RecordNames): string {
  if (value === undefined || value === null || value === '') return '';
  const directory = field?.type === 'member' || field?.type === 'members' ? names?.users : field?.type === 'department' || field?.type === 'departments' ? names?.departments : undefined;
  if (directory) {
    const name = (id: unknown): string => (typeof id === 'string' ? (directory[id] ?? id) : formatCell(undefined, id, locale));
    return Array.isArray(value) ? value.map(name).join(', ') : name(value);
  }
  if (field && 'options' in field) {
    const label = (v: unknown): string => field.options.find((o) => o.value === v)?.label ?? String(v);
    return Array.isArray(value) ? value.map(label).join(', ') : label(value);
  }
  if (typeof value === 'number') {
    const precision = field && 'precision' in field ? field.precision : undefined;
    return new Intl.NumberFormat(locale, precision === undefined ? { maximumFractionDigits: 10 } : { minimumFractionDigits: precision, maximumFractionDigits: precision }).format(value);
  }
  if (field?.type === 'datetime' && typeof value === 'string') {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? value : date.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  }
  if (field?.type === 'subform' && Array.isArray(value)) return locale === 'en' ? `${value.length} row(s)` : `${value.length} 行`;
  if (Array.isArray(value)) return value.map((v) => formatCell(undefined, v, locale)).join(', ');
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (typeof object['name'] === 'string') return object['name'];
    if ('province' in object || 'city' in object || 'detail' in object) return ['province', 'city', 'district', 'detail'].map((k) => object[k]).filter(Boolean).join(' ');
    if (typeof object['lat'] === 'number') return typeof object['address'] === 'string' ? object['address'] : `${String(object['lat'])}, ${String(object['lng'])}`;
    return JSON.stringify(value);
  }
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  return String(value);
}
