import { commonSchemaDefs } from '../commonSchemaDefs.js';
import { WORKFLOW_SCHEMA_VERSION } from './WorkflowSchema.js';

const nodeBaseProperties = {
  id: { $ref: '#/$defs/id' },
  name: { $ref: '#/$defs/name' },
  position: {
    type: 'object',
    required: ['x', 'y'],
    properties: { x: { type: 'number' }, y: { type: 'number' } },
    additionalProperties: false,
  },
} as const;

const nodeBaseRequired = ['id', 'type', 'name'] as const;

/**
 * The meta-schema of WorkflowSchema (JSON Schema draft 2020-12), published as
 * `packages/runtime/schemas/workflow.schema.json`. Node and assignee settings are chosen by
 * `if`/`then` on `type` and `kind`, so a fault names the setting of the node's own type.
 */
export const workflowMetaSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://formwork.dev/schemas/workflow.schema.json',
  title: 'Formwork workflow',
  description: 'The approval flow of one form: nodes joined by edges with JSON Logic conditions.',
  type: 'object',
  required: ['kind', 'schemaVersion', 'title', 'formId', 'nodes', 'edges'],
  properties: {
    kind: { const: 'workflow' },
    schemaVersion: { const: WORKFLOW_SCHEMA_VERSION },
    title: { $ref: '#/$defs/name' },
    description: { type: 'string' },
    formId: { $ref: '#/$defs/documentRef' },
    nodes: { type: 'array', minItems: 2, items: { $ref: '#/$defs/node' } },
    edges: { type: 'array', items: { $ref: '#/$defs/edge' } },
    settings: {
      type: 'object',
      properties: {
        withdraw: { enum: ['never', 'untilActed', 'anyTime'] },
        skipRepeatedApprover: { type: 'boolean' },
        changeApproval: {
          type: 'object',
          properties: { fieldIds: { type: 'array', minItems: 1, uniqueItems: true, items: { $ref: '#/$defs/id' } } },
          additionalProperties: false,
        },
      },
      additionalProperties: false,
    },
  },
  additionalProperties: false,
  $defs: {
    ...commonSchemaDefs,
    node: {
      type: 'object',
      required: nodeBaseRequired,
      properties: { id: { $ref: '#/$defs/id' }, type: { enum: ['start', 'approval', 'cc', 'condition', 'parallel', 'end'] } },
      allOf: [
        {
          if: { type: 'object', properties: { type: { const: 'start' } }, required: ['type'] },
          then: {
            properties: { ...nodeBaseProperties, type: true, fieldPermissions: { $ref: '#/$defs/fieldPermissions' } },
            additionalProperties: false,
          },
        },
        {
          if: { type: 'object', properties: { type: { const: 'approval' } }, required: ['type'] },
          then: {
            required: ['assignees', 'mode'],
            properties: {
              ...nodeBaseProperties,
              type: true,
              assignees: { type: 'array', minItems: 1, items: { $ref: '#/$defs/assignee' } },
              mode: { enum: ['any', 'all', 'sequence'] },
              fieldPermissions: { $ref: '#/$defs/fieldPermissions' },
              validations: { type: 'array', items: { $ref: '#/$defs/nodeValidation' } },
              due: { $ref: '#/$defs/dueTime' },
              actions: { type: 'array', uniqueItems: true, items: { enum: ['return', 'transfer', 'addApprover'] } },
              whenNoAssignee: { enum: ['autoApprove', 'toAdmin'] },
              onReject: { enum: ['end', 'returnToStart'] },
              returnTo: { enum: ['previous', 'chosen'] },
              afterReturn: { enum: ['flowForward', 'backToReturner'] },
              signatureRequired: { type: 'boolean' },
            },
            additionalProperties: false,
          },
        },
        {
          if: { type: 'object', properties: { type: { const: 'cc' } }, required: ['type'] },
          then: {
            required: ['recipients'],
            properties: {
              ...nodeBaseProperties,
              type: true,
              recipients: { type: 'array', minItems: 1, items: { $ref: '#/$defs/assignee' } },
              fieldPermissions: { $ref: '#/$defs/fieldPermissions' },
            },
            additionalProperties: false,
          },
        },
        {
          if: { type: 'object', properties: { type: { enum: ['condition', 'end'] } }, required: ['type'] },
          then: { properties: { ...nodeBaseProperties, type: true }, additionalProperties: false },
        },
        {
          if: { type: 'object', properties: { type: { const: 'parallel' } }, required: ['type'] },
          then: {
            required: ['gateway'],
            properties: { ...nodeBaseProperties, type: true, gateway: { enum: ['fork', 'join'] } },
            additionalProperties: false,
          },
        },
      ],
    },
    edge: {
      type: 'object',
      required: ['id', 'from', 'to'],
      properties: {
        id: { $ref: '#/$defs/id' },
        from: { $ref: '#/$defs/id' },
        to: { $ref: '#/$defs/id' },
        name: { type: 'string' },
        condition: { $ref: '#/$defs/ruleLogic' },
        default: { type: 'boolean' },
      },
      additionalProperties: false,
    },
    fieldPermissions: {
      description: 'Field id → hidden, read, edit or required.',
      type: 'object',
      propertyNames: { $ref: '#/$defs/id' },
      additionalProperties: { enum: ['hidden', 'read', 'edit', 'required'] },
    },
    nodeValidation: {
      type: 'object',
      required: ['id', 'assert', 'message'],
      properties: {
        id: { $ref: '#/$defs/id' },
        assert: { $ref: '#/$defs/ruleLogic' },
        message: {
          type: 'object',
          required: ['zh-CN', 'en'],
          properties: { 'zh-CN': { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } },
          additionalProperties: false,
        },
      },
      additionalProperties: false,
    },
    dueTime: {
      description: 'Hours after the node is reached, or after the date in `fieldId`.',
      type: 'object',
      required: ['action'],
      properties: {
        hours: { type: 'number', exclusiveMinimum: 0 },
        fieldId: { $ref: '#/$defs/id' },
        action: { enum: ['remind', 'autoApprove', 'autoReturn'] },
        repeatHours: { type: 'number', exclusiveMinimum: 0 },
      },
      additionalProperties: false,
      if: { type: 'object', required: ['fieldId'] },
      else: { required: ['hours'] },
    },
    assignee: {
      type: 'object',
      required: ['kind'],
      properties: { kind: { enum: ['member', 'role', 'department', 'initiator', 'managerChain', 'memberField', 'departmentFieldManager'] } },
      allOf: [
        {
          if: { type: 'object', properties: { kind: { const: 'member' } }, required: ['kind'] },
          then: { required: ['userId'], properties: { kind: true, userId: { type: 'string', minLength: 1 } }, additionalProperties: false },
        },
        {
          if: { type: 'object', properties: { kind: { const: 'role' } }, required: ['kind'] },
          then: { required: ['role'], properties: { kind: true, role: { type: 'string', minLength: 1 } }, additionalProperties: false },
        },
        {
          if: { type: 'object', properties: { kind: { const: 'department' } }, required: ['kind'] },
          then: {
            required: ['departmentId'],
            properties: {
              kind: true,
              departmentId: { type: 'string', minLength: 1 },
              managerOnly: { type: 'boolean' },
              includeSubDepartments: { type: 'boolean' },
            },
            additionalProperties: false,
          },
        },
        {
          if: { type: 'object', properties: { kind: { const: 'initiator' } }, required: ['kind'] },
          then: { properties: { kind: true }, additionalProperties: false },
        },
        {
          if: { type: 'object', properties: { kind: { const: 'managerChain' } }, required: ['kind'] },
          then: {
            required: ['levels'],
            properties: { kind: true, levels: { type: 'integer', minimum: 1, maximum: 20 } },
            additionalProperties: false,
          },
        },
        {
          if: { type: 'object', properties: { kind: { const: 'memberField' } }, required: ['kind'] },
          then: { required: ['fieldId'], properties: { kind: true, fieldId: { $ref: '#/$defs/id' } }, additionalProperties: false },
        },
        {
          if: { type: 'object', properties: { kind: { const: 'departmentFieldManager' } }, required: ['kind'] },
          then: { required: ['fieldId'], properties: { kind: true, fieldId: { $ref: '#/$defs/id' } }, additionalProperties: false },
        },
      ],
    },
  },
} as const;
