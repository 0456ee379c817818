import type { FieldDefinition, LocalizedText } from '@formwork/runtime';
import { fillText } from '../../i18n/fillText.js';
import { storeMessages } from '../../i18n/storeMessages.js';
import { locateField } from './locateField.js';

/**
 * Why `field` may not go into the list of `parentId`, or `undefined` when it may. A subform's rows
 * hold plain fields only (no section, no subform), sections do not nest, and nothing goes inside
 * itself.
 */
export function placementFault(
  fields: readonly FieldDefinition[],
  field: FieldDefinition,
  parentId: string | undefined,
): LocalizedText | undefined {
  if (parentId === undefined) return undefined;
  const parent = locateField(fields, parentId);
  if (!parent) return fillText(storeMessages.parentNotFound, { id: parentId });
  const label = parent.field.label;
  if (parent.field.type !== 'section' && parent.field.type !== 'subform') return fillText(storeMessages.parentNotContainer, { label });
  if (parentId === field.id || (isContainer(field) && locateField(field.fields, parentId))) {
    return fillText(storeMessages.intoItself, { label: field.label });
  }
  if (parent.field.type === 'subform' && isContainer(field)) return fillText(storeMessages.noContainerInSubform, { label });
  if (parent.field.type === 'section' && field.type === 'section') return fillText(storeMessages.noSectionInSection, { label });
  return undefined;
}

function isContainer(field: FieldDefinition): field is Extract<FieldDefinition, { type: 'section' | 'subform' }> {
  return field.type === 'section' || field.type === 'subform';
}
