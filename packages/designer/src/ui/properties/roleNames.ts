import type { LocalizedText, Role } from '@formwork/runtime';
import { propertyMessages as m } from '../../i18n/propertyMessages.js';

/** The roles in the order settings list them (least to most rights), with their names. */
export const roleNames: readonly { readonly role: Role; readonly name: LocalizedText }[] = [
  { role: 'member', name: m.roleMember },
  { role: 'manager', name: m.roleManager },
  { role: 'admin', name: m.roleAdmin },
];
