import type { RichTextField, TextField } from '../../documents/form/FormSchema.js';
import { anchoredPattern } from '../buildRecordSchema.js';
import { maxTextLength } from '../fieldLimits.js';
import type { Fault } from '../messages/createFieldError.js';
import { codePointLength } from './codePointLength.js';
import { findUnsafeCharacter } from './findUnsafeCharacter.js';
import { typeFault } from './FieldCheck.js';
import type { FieldCheck } from './FieldCheck.js';

/**
 * The fault of text holding a character it may not (`findUnsafeCharacter`), naming the character
 * and where it is; `undefined` when the text is safe.
 */
export function unsafeTextFault(text: string, lineBreaks: boolean): Fault | undefined {
  const found = findUnsafeCharacter(text, lineBreaks);
  if (found === undefined) return undefined;
  return { code: 'character', params: { character: found.character, position: found.position, ...(found.kind === 'lineBreak' ? { variant: 'lineBreak' } : {}) } };
}

/**
 * Text, multi-line text and rich text: a string, within its lengths (in code points), matching
 * the whole `pattern` (checked with the `u` flag, as ajv does), and holding no character that
 * cannot be shown or exported safely (line breaks and tabs only in multi-line and rich text).
 */
export function compileTextCheck(field: TextField | RichTextField): FieldCheck {
  const notText = typeFault('text');
  const max = maxTextLength(field) ?? Number.POSITIVE_INFINITY;
  const min = field.type === 'richtext' ? 0 : (field.minLength ?? 0);
  const tooLong: Fault = { code: 'maxLength', params: { maxLength: max } };
  const tooShort: Fault = { code: 'minLength', params: { minLength: min } };
  const pattern = field.type !== 'richtext' && field.pattern !== undefined ? new RegExp(anchoredPattern(field.pattern), 'u') : undefined;
  const mismatch: Fault = { code: 'pattern', params: { pattern: field.type === 'richtext' ? '' : (field.pattern ?? '') } };
  const lineBreaks = field.type !== 'text';
  return (value) => {
    if (typeof value !== 'string') return notText;
    const unsafe = unsafeTextFault(value, lineBreaks);
    if (unsafe !== undefined) return unsafe;
    // UTF-16 length bounds the code point length from above and at most doubles it: count only when it matters.
    if (value.length < min) return tooShort;
    if (value.length < 2 * min && codePointLength(value) < min) return tooShort;
    if (value.length > max && codePointLength(value) > max) return tooLong;
    if (pattern !== undefined && !pattern.test(value)) return mismatch;
    return undefined;
  };
}
