import type { LocalizedText } from '../../i18n/Locale.js';
import { describeLocation } from '../describeLocation.js';
import type { JsonValue } from '../JsonValue.js';
import { formGlossary } from './formGlossary.js';
import type { FormSchema } from './FormSchema.js';

/** A place in a form in words (see `describeLocation`), for the form's own checks. */
export function describeFormLocation(form: FormSchema, pointer: string): LocalizedText {
  // A FormSchema is JSON data: the parse made it so.
  return describeLocation(pointer, form as unknown as JsonValue, formGlossary).phrase;
}
