// Fields: what every field type is (catalogue), how a new one starts, and how to walk a form's fields.

export * from './fieldTypes.js';
export * from './fieldCatalogue.js';
export * from './fieldValueShapes.js';
export * from './createField.js';
export * from './walkFields.js';
export * from './findField.js';
