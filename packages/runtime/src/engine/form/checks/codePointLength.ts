/**
 * Length in Unicode code points, as JSON Schema's `minLength`/`maxLength` count (ajv's
 * `ucs2length`): an emoji is one character, not two UTF-16 units.
 */
export function codePointLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    length++;
  }
  return length;
}
