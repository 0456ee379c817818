import type { FieldDefinition, FieldType } from '../documents/form/FormSchema.js';
import type { Locale } from '../i18n/Locale.js';
import { fieldCatalogue } from './fieldCatalogue.js';

const optionWord: Readonly<Record<Locale, string>> = { 'zh-CN': '选项', en: 'Option ' };

/**
 * A new field of `type` as the designer drops it on the canvas: labelled with the type's name,
 * choice fields with three options, containers empty, a serial numbered by day, a formula with
 * no expression yet. A `link` or `lookup` still needs its target chosen: until then the form's
 * parse reports it, by design, as a field to finish.
 *
 * @example
 * createField('radio', 'f_stage', 'en')
 * // { id: 'f_stage', type: 'radio', label: 'Radio buttons', options: [{ value: 'option1', label: 'Option 1' }, …] }
 */
export function createField(type: FieldType, id: string, locale: Locale): FieldDefinition {
  const label = fieldCatalogue[type].name[locale];
  const options = [1, 2, 3].map((n) => ({ value: `option${n}`, label: `${optionWord[locale]}${n}` }));
  switch (type) {
    case 'text':
    case 'textarea':
    case 'number':
    case 'phone':
    case 'email':
    case 'url':
    case 'address':
    case 'location':
    case 'image':
    case 'attachment':
    case 'richtext':
    case 'member':
    case 'members':
    case 'department':
    case 'departments':
      return { id, type, label };
    case 'money':
      return { id, type, label, precision: 2 };
    case 'date':
      return { id, type, label, format: 'YYYY-MM-DD' };
    case 'datetime':
      return { id, type, label, format: 'YYYY-MM-DD HH:mm' };
    case 'radio':
    case 'select':
      return { id, type, label, options };
    case 'checkbox':
    case 'multiselect':
      return { id, type, label, options };
    case 'rating':
      return { id, type, label, max: 5 };
    case 'signature':
      return { id, type, label, maxFiles: 1 };
    case 'subform':
      return { id, type, label, fields: [] };
    case 'section':
      return { id, type, label, fields: [] };
    case 'link':
      return { id, type, label, formId: '', displayField: '' };
    case 'lookup':
      return { id, type, label, linkField: '', sourceField: '' };
    case 'serial':
      return {
        id,
        type,
        label,
        parts: [
          { kind: 'date', format: 'YYYYMMDD' },
          { kind: 'counter', digits: 4, start: 1, reset: 'day' },
        ],
      };
    case 'formula':
      return { id, type, label, expression: null, resultType: 'number' };
    case 'description':
      return { id, type, label, content: '' };
  }
}
