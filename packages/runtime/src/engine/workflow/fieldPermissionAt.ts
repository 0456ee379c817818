import type { FieldPermission, WorkflowNode } from '../documents/workflow/WorkflowSchema.js';

/**
 * What a person at this node may do with a field: as the node says, else `edit` on the start
 * node (the initiator fills the form there) and `read` everywhere else.
 */
export function fieldPermissionAt(node: WorkflowNode, fieldId: string): FieldPermission {
  const permissions = 'fieldPermissions' in node ? node.fieldPermissions : undefined;
  const own = permissions !== undefined && Object.hasOwn(permissions, fieldId) ? permissions[fieldId] : undefined;
  return own ?? (node.type === 'start' ? 'edit' : 'read');
}
