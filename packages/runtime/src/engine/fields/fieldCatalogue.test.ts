import { describe, expect, it } from 'vitest';
import type { FieldType } from '../documents/form/FormSchema.js';
import { fieldCatalogue, type FieldGroup } from './fieldCatalogue.js';
import { fieldTypes, isFieldType } from './fieldTypes.js';

const typesOf = (group: FieldGroup): FieldType[] => fieldTypes.filter((type) => fieldCatalogue[type].group === group);

describe('fieldCatalogue', () => {
  it('describes exactly the field types, in palette order', () => {
    expect(Object.keys(fieldCatalogue)).toEqual([...fieldTypes]);
  });

  it('groups the palette as Jiandaoyun does', () => {
    expect(typesOf('basic')).toEqual(['text', 'textarea', 'number', 'money', 'date', 'datetime', 'radio', 'checkbox', 'select', 'multiselect', 'rating']);
    expect(typesOf('advanced')).toEqual(['phone', 'email', 'url', 'address', 'location', 'image', 'attachment', 'signature', 'richtext', 'subform', 'link', 'lookup', 'serial', 'formula']);
    expect(typesOf('org')).toEqual(['member', 'members', 'department', 'departments']);
    expect(typesOf('layout')).toEqual(['section', 'description']);
  });

  it('names every type in every locale, each name distinct', () => {
    const zh = fieldTypes.map((type) => fieldCatalogue[type].name['zh-CN']);
    const en = fieldTypes.map((type) => fieldCatalogue[type].name.en);
    expect(new Set(zh).size).toBe(fieldTypes.length);
    expect(new Set(en).size).toBe(fieldTypes.length);
    expect(fieldCatalogue.text.name).toEqual({ 'zh-CN': '单行文本', en: 'Single-line text' });
  });

  it('gives every type a distinct short icon key', () => {
    const icons = fieldTypes.map((type) => fieldCatalogue[type].icon);
    expect(new Set(icons).size).toBe(fieldTypes.length);
    for (const icon of icons) expect(icon).toMatch(/^[a-z][a-z-]{1,19}$/);
  });

  it('knows which types hold a value and which hold fields', () => {
    expect(fieldTypes.filter((type) => !fieldCatalogue[type].holdsValue)).toEqual(['section', 'description']);
    expect(fieldTypes.filter((type) => fieldCatalogue[type].container)).toEqual(['subform', 'section']);
  });

  it('tells field types from other strings', () => {
    expect(isFieldType('money')).toBe(true);
    expect(isFieldType('constructor')).toBe(false);
    expect(isFieldType(7)).toBe(false);
  });
});
