import { fieldTypes } from '../../fields/fieldTypes.js';
import { commonSchemaDefs } from '../commonSchemaDefs.js';
import { colorPattern, currencyPattern, datePattern, dateTimePattern } from '../documentPatterns.js';
import { FORM_SCHEMA_VERSION } from './FormSchema.js';

/** Settings every field accepts (see `FieldBase` in FormSchema.ts); each type's branch adds its own. */
const fieldBaseProperties = {
  id: { $ref: '#/$defs/id' },
  label: { $ref: '#/$defs/name' },
  alias: { $ref: '#/$defs/id' },
  description: { type: 'string' },
  placeholder: { type: 'string' },
  required: { type: 'boolean' },
  unique: { type: 'boolean' },
  readOnly: { type: 'boolean' },
  span: { type: 'integer', minimum: 1, maximum: 4 },
  visibleWhen: { $ref: '#/$defs/ruleLogic' },
  defaultValue: { $ref: '#/$defs/defaultValue' },
} as const;

const count = { type: 'integer', minimum: 0 } as const;
const fieldBaseRequired = ['id', 'type', 'label'] as const;

/**
 * The meta-schema of FormSchema (JSON Schema draft 2020-12), published as
 * `packages/runtime/schemas/form.schema.json`. Each field type has its own branch, chosen by
 * `if`/`then` on `type` (not `oneOf`), so a fault is reported against the field's own type and
 * `additionalProperties: false` names the one setting that type does not have.
 */
export const formMetaSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://formwork.dev/schemas/form.schema.json',
  title: 'Formwork form',
  description: 'A form: its fields, layout, rules and settings. Records are keyed by field id.',
  type: 'object',
  required: ['kind', 'schemaVersion', 'title', 'fields'],
  properties: {
    kind: { const: 'form' },
    schemaVersion: { const: FORM_SCHEMA_VERSION },
    title: { $ref: '#/$defs/name' },
    description: { type: 'string' },
    fields: { type: 'array', items: { $ref: '#/$defs/field' } },
    layout: {
      type: 'object',
      properties: { columns: { enum: [1, 2, 3, 4] }, labelPlacement: { enum: ['top', 'left'] } },
      additionalProperties: false,
    },
    rules: {
      type: 'object',
      properties: { validations: { type: 'array', items: { $ref: '#/$defs/validationRule' } } },
      additionalProperties: false,
    },
    settings: {
      type: 'object',
      properties: { submitText: { $ref: '#/$defs/userText' }, access: { $ref: '#/$defs/access' }, changeReason: { enum: ['optional', 'required'] },
        publicLink: {
          type: 'object',
          required: ['enabled'],
          properties: { enabled: { type: 'boolean' }, ownerId: { type: 'string', minLength: 1, maxLength: 64 } },
          additionalProperties: false,
        },
      },
      additionalProperties: false,
    },
  },
  additionalProperties: false,
  $defs: {
    ...commonSchemaDefs,
    field: {
      type: 'object',
      required: fieldBaseRequired,
      properties: { id: { $ref: '#/$defs/id' }, type: { enum: fieldTypes }, label: { $ref: '#/$defs/name' } },
      allOf: [
        { if: { type: 'object', properties: { type: { enum: ['text', 'textarea'] } }, required: ['type'] }, then: { $ref: '#/$defs/textField' } },
        { if: { type: 'object', properties: { type: { enum: ['number', 'money'] } }, required: ['type'] }, then: { $ref: '#/$defs/numberField' } },
        { if: { type: 'object', properties: { type: { const: 'date' } }, required: ['type'] }, then: { $ref: '#/$defs/dateField' } },
        { if: { type: 'object', properties: { type: { const: 'datetime' } }, required: ['type'] }, then: { $ref: '#/$defs/dateTimeField' } },
        { if: { type: 'object', properties: { type: { enum: ['radio', 'select'] } }, required: ['type'] }, then: { $ref: '#/$defs/singleChoiceField' } },
        { if: { type: 'object', properties: { type: { enum: ['checkbox', 'multiselect'] } }, required: ['type'] }, then: { $ref: '#/$defs/multiChoiceField' } },
        {
          if: { type: 'object', properties: { type: { enum: ['member', 'members', 'department', 'departments'] } }, required: ['type'] },
          then: { $ref: '#/$defs/memberField' },
        },
        { if: { type: 'object', properties: { type: { enum: ['phone', 'email', 'url'] } }, required: ['type'] }, then: { $ref: '#/$defs/contactField' } },
        { if: { type: 'object', properties: { type: { const: 'address' } }, required: ['type'] }, then: { $ref: '#/$defs/addressField' } },
        { if: { type: 'object', properties: { type: { const: 'location' } }, required: ['type'] }, then: { $ref: '#/$defs/locationField' } },
        { if: { type: 'object', properties: { type: { enum: ['image', 'attachment'] } }, required: ['type'] }, then: { $ref: '#/$defs/fileField' } },
        { if: { type: 'object', properties: { type: { const: 'signature' } }, required: ['type'] }, then: { $ref: '#/$defs/signatureField' } },
        { if: { type: 'object', properties: { type: { const: 'richtext' } }, required: ['type'] }, then: { $ref: '#/$defs/richTextField' } },
        { if: { type: 'object', properties: { type: { const: 'subform' } }, required: ['type'] }, then: { $ref: '#/$defs/subformField' } },
        { if: { type: 'object', properties: { type: { const: 'link' } }, required: ['type'] }, then: { $ref: '#/$defs/linkField' } },
        { if: { type: 'object', properties: { type: { const: 'lookup' } }, required: ['type'] }, then: { $ref: '#/$defs/lookupField' } },
        { if: { type: 'object', properties: { type: { const: 'serial' } }, required: ['type'] }, then: { $ref: '#/$defs/serialField' } },
        { if: { type: 'object', properties: { type: { const: 'formula' } }, required: ['type'] }, then: { $ref: '#/$defs/formulaField' } },
        { if: { type: 'object', properties: { type: { const: 'rating' } }, required: ['type'] }, then: { $ref: '#/$defs/ratingField' } },
        { if: { type: 'object', properties: { type: { const: 'section' } }, required: ['type'] }, then: { $ref: '#/$defs/sectionField' } },
        { if: { type: 'object', properties: { type: { const: 'description' } }, required: ['type'] }, then: { $ref: '#/$defs/descriptionField' } },
      ],
    },
    subformColumn: {
      description: 'A column of a subform: any field but a subform or a section.',
      $ref: '#/$defs/field',
      properties: { type: { not: { enum: ['subform', 'section'] } } },
    },
    textField: {
      type: 'object',
      required: fieldBaseRequired,
      properties: {
        ...fieldBaseProperties,
        type: { enum: ['text', 'textarea'] },
        minLength: count,
        maxLength: { type: 'integer', minimum: 1 },
        pattern: { type: 'string', minLength: 1 },
        patternMessage: { $ref: '#/$defs/userText' },
      },
      additionalProperties: false,
    },
    numberField: {
      type: 'object',
      required: fieldBaseRequired,
      properties: {
        ...fieldBaseProperties,
        type: { enum: ['number', 'money'] },
        min: { type: 'number' },
        max: { type: 'number' },
        precision: { type: 'integer', minimum: 0, maximum: 10 },
        unit: { type: 'string' },
        currency: { type: 'string', pattern: currencyPattern },
      },
      additionalProperties: false,
    },
    dateField: {
      type: 'object',
      required: fieldBaseRequired,
      properties: {
        ...fieldBaseProperties,
        type: { const: 'date' },
        format: { type: 'string', minLength: 1 },
        min: { type: 'string', pattern: datePattern },
        max: { type: 'string', pattern: datePattern },
      },
      additionalProperties: false,
    },
    dateTimeField: {
      type: 'object',
      required: fieldBaseRequired,
      properties: {
        ...fieldBaseProperties,
        type: { const: 'datetime' },
        format: { type: 'string', minLength: 1 },
        min: { type: 'string', pattern: dateTimePattern },
        max: { type: 'string', pattern: dateTimePattern },
      },
      additionalProperties: false,
    },
    singleChoiceField: {
      type: 'object',
      required: [...fieldBaseRequired, 'options'],
      properties: { ...fieldBaseProperties, type: { enum: ['radio', 'select'] }, options: { $ref: '#/$defs/options' } },
      additionalProperties: false,
    },
    multiChoiceField: {
      type: 'object',
      required: [...fieldBaseRequired, 'options'],
      properties: {
        ...fieldBaseProperties,
        type: { enum: ['checkbox', 'multiselect'] },
        options: { $ref: '#/$defs/options' },
        minSelected: count,
        maxSelected: count,
      },
      additionalProperties: false,
    },
    memberField: {
      type: 'object',
      required: fieldBaseRequired,
      properties: {
        ...fieldBaseProperties,
        type: { enum: ['member', 'members', 'department', 'departments'] },
        scope: {
          type: 'object',
          properties: {
            departments: { type: 'array', items: { type: 'string', minLength: 1 } },
            roles: { type: 'array', items: { $ref: '#/$defs/role' } },
          },
          additionalProperties: false,
        },
      },
      additionalProperties: false,
    },
    contactField: {
      type: 'object',
      required: fieldBaseRequired,
      properties: { ...fieldBaseProperties, type: { enum: ['phone', 'email', 'url'] } },
      additionalProperties: false,
    },
    addressField: {
      type: 'object',
      required: fieldBaseRequired,
      properties: { ...fieldBaseProperties, type: { const: 'address' }, level: { enum: ['province', 'city', 'district', 'detail'] } },
      additionalProperties: false,
    },
    locationField: {
      type: 'object',
      required: fieldBaseRequired,
      properties: { ...fieldBaseProperties, type: { const: 'location' } },
      additionalProperties: false,
    },
    fileField: {
      type: 'object',
      required: fieldBaseRequired,
      properties: {
        ...fieldBaseProperties,
        type: { enum: ['image', 'attachment'] },
        maxFiles: { type: 'integer', minimum: 1 },
        maxSizeMB: { type: 'number', exclusiveMinimum: 0 },
        accept: { type: 'array', items: { type: 'string', minLength: 1 } },
      },
      additionalProperties: false,
    },
    signatureField: {
      description: 'A signature is one drawn image: at most one file.',
      type: 'object',
      required: fieldBaseRequired,
      properties: {
        ...fieldBaseProperties,
        type: { const: 'signature' },
        maxFiles: { type: 'integer', minimum: 1, maximum: 1 },
        maxSizeMB: { type: 'number', exclusiveMinimum: 0 },
        accept: { type: 'array', items: { type: 'string', minLength: 1 } },
      },
      additionalProperties: false,
    },
    richTextField: {
      type: 'object',
      required: fieldBaseRequired,
      properties: { ...fieldBaseProperties, type: { const: 'richtext' }, maxLength: { type: 'integer', minimum: 1 } },
      additionalProperties: false,
    },
    subformField: {
      type: 'object',
      required: [...fieldBaseRequired, 'fields'],
      properties: {
        ...fieldBaseProperties,
        type: { const: 'subform' },
        fields: { type: 'array', items: { $ref: '#/$defs/subformColumn' } },
        minRows: count,
        maxRows: { type: 'integer', minimum: 1 },
      },
      additionalProperties: false,
    },
    linkField: {
      type: 'object',
      required: [...fieldBaseRequired, 'formId', 'displayField'],
      properties: {
        ...fieldBaseProperties,
        type: { const: 'link' },
        formId: { $ref: '#/$defs/documentRef' },
        displayField: { $ref: '#/$defs/fieldRef' },
        filter: { $ref: '#/$defs/recordFilter' },
      },
      additionalProperties: false,
    },
    lookupField: {
      type: 'object',
      required: [...fieldBaseRequired, 'linkField', 'sourceField'],
      properties: {
        ...fieldBaseProperties,
        type: { const: 'lookup' },
        linkField: { $ref: '#/$defs/id' },
        sourceField: { $ref: '#/$defs/fieldRef' },
      },
      additionalProperties: false,
    },
    serialField: {
      type: 'object',
      required: [...fieldBaseRequired, 'parts'],
      properties: {
        ...fieldBaseProperties,
        type: { const: 'serial' },
        parts: { type: 'array', minItems: 1, items: { $ref: '#/$defs/serialPart' } },
      },
      additionalProperties: false,
    },
    formulaField: {
      type: 'object',
      required: [...fieldBaseRequired, 'expression'],
      properties: {
        ...fieldBaseProperties,
        type: { const: 'formula' },
        expression: { $ref: '#/$defs/ruleLogic' },
        resultType: { enum: ['number', 'text', 'date', 'boolean'] },
        precision: { type: 'integer', minimum: 0, maximum: 10 },
        unit: { type: 'string' },
      },
      additionalProperties: false,
    },
    ratingField: {
      type: 'object',
      required: fieldBaseRequired,
      properties: { ...fieldBaseProperties, type: { const: 'rating' }, max: { type: 'integer', minimum: 1, maximum: 10 } },
      additionalProperties: false,
    },
    sectionField: {
      type: 'object',
      required: [...fieldBaseRequired, 'fields'],
      properties: {
        ...fieldBaseProperties,
        type: { const: 'section' },
        fields: { type: 'array', items: { $ref: '#/$defs/field' } },
        columns: { enum: [1, 2, 3, 4] },
        collapsible: { type: 'boolean' },
      },
      additionalProperties: false,
    },
    descriptionField: {
      type: 'object',
      required: [...fieldBaseRequired, 'content'],
      properties: { ...fieldBaseProperties, type: { const: 'description' }, content: { type: 'string' } },
      additionalProperties: false,
    },
    options: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['value', 'label'],
        properties: {
          value: { type: 'string', minLength: 1, maxLength: 200 },
          label: { type: 'string', minLength: 1 },
          color: { type: 'string', pattern: colorPattern },
        },
        additionalProperties: false,
      },
    },
    serialPart: {
      type: 'object',
      required: ['kind'],
      properties: { kind: { enum: ['counter', 'date', 'text', 'field'] } },
      allOf: [
        {
          if: { type: 'object', properties: { kind: { const: 'counter' } }, required: ['kind'] },
          then: {
            required: ['digits'],
            properties: {
              kind: true,
              digits: { type: 'integer', minimum: 1, maximum: 12 },
              start: count,
              reset: { enum: ['never', 'day', 'month', 'year'] },
            },
            additionalProperties: false,
          },
        },
        {
          if: { type: 'object', properties: { kind: { const: 'date' } }, required: ['kind'] },
          then: {
            required: ['format'],
            properties: { kind: true, format: { enum: ['YYYY', 'YYYYMM', 'YYYYMMDD', 'YYMMDD'] } },
            additionalProperties: false,
          },
        },
        {
          if: { type: 'object', properties: { kind: { const: 'text' } }, required: ['kind'] },
          then: {
            required: ['value'],
            properties: { kind: true, value: { type: 'string', minLength: 1, maxLength: 50 } },
            additionalProperties: false,
          },
        },
        {
          if: { type: 'object', properties: { kind: { const: 'field' } }, required: ['kind'] },
          then: { required: ['field'], properties: { kind: true, field: { $ref: '#/$defs/id' } }, additionalProperties: false },
        },
      ],
    },
    defaultValue: {
      type: 'object',
      required: ['kind'],
      properties: { kind: { enum: ['fixed', 'formula', 'currentUser', 'currentDepartment', 'today', 'now'] } },
      allOf: [
        {
          if: { type: 'object', properties: { kind: { const: 'fixed' } }, required: ['kind'] },
          then: { required: ['value'], properties: { kind: true, value: true }, additionalProperties: false },
        },
        {
          if: { type: 'object', properties: { kind: { const: 'formula' } }, required: ['kind'] },
          then: { required: ['expression'], properties: { kind: true, expression: { $ref: '#/$defs/ruleLogic' } }, additionalProperties: false },
        },
        {
          if: { type: 'object', properties: { kind: { enum: ['currentUser', 'currentDepartment', 'today', 'now'] } }, required: ['kind'] },
          then: { properties: { kind: true }, additionalProperties: false },
        },
      ],
    },
    validationRule: {
      type: 'object',
      required: ['id', 'assert', 'message'],
      properties: {
        id: { $ref: '#/$defs/id' },
        assert: { $ref: '#/$defs/ruleLogic' },
        message: { $ref: '#/$defs/userText' },
        fields: { type: 'array', items: { $ref: '#/$defs/id' } },
        when: { $ref: '#/$defs/ruleLogic' },
      },
      additionalProperties: false,
    },
    role: { enum: ['admin', 'manager', 'member'] },
    rowScope: { enum: ['own', 'department', 'all'] },
    editScope: { enum: ['own', 'visible', 'none'] },
    roleFieldPermission: { enum: ['hidden', 'read', 'edit'] },
    roleFieldPermissions: { type: 'object', propertyNames: { $ref: '#/$defs/id' }, additionalProperties: { $ref: '#/$defs/roleFieldPermission' } },
    access: {
      type: 'object',
      properties: {
        submit: {
          type: 'object',
          properties: {
            roles: { type: 'array', items: { $ref: '#/$defs/role' } },
            users: { type: 'array', items: { type: 'string', minLength: 1 } },
            departments: { type: 'array', items: { type: 'string', minLength: 1 } },
          },
          additionalProperties: false,
        },
        rows: {
          type: 'object',
          properties: { admin: { $ref: '#/$defs/rowScope' }, manager: { $ref: '#/$defs/rowScope' }, member: { $ref: '#/$defs/rowScope' } },
          additionalProperties: false,
        },
        edit: {
          type: 'object',
          properties: { manager: { $ref: '#/$defs/editScope' }, member: { $ref: '#/$defs/editScope' } },
          additionalProperties: false,
        },
        import: {
          type: 'object',
          properties: { roles: { type: 'array', items: { $ref: '#/$defs/role' } } },
          additionalProperties: false,
        },
        fields: {
          type: 'object',
          properties: { manager: { $ref: '#/$defs/roleFieldPermissions' }, member: { $ref: '#/$defs/roleFieldPermissions' } },
          additionalProperties: false,
        },
      },
      additionalProperties: false,
    },
  },
} as const;
