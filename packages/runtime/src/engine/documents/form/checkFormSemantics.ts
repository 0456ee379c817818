import type { DocumentIssue } from '../DocumentIssue.js';
import { checkFieldIdentity } from './checkFieldIdentity.js';
import { checkFieldPermissions } from './checkFieldPermissions.js';
import { checkFieldReferences } from './checkFieldReferences.js';
import { checkFieldSettings } from './checkFieldSettings.js';
import type { FormSchema } from './FormSchema.js';

/**
 * Every check of a form the meta-schema cannot express, on a form that conforms to it: unique ids
 * and aliases, consistent settings, references that land on the right fields (field permissions included).
 */
export function checkFormSemantics(form: FormSchema): DocumentIssue[] {
  return [...checkFieldIdentity(form), ...checkFieldSettings(form), ...checkFieldReferences(form), ...checkFieldPermissions(form)];
}
