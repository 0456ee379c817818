import { codePointLength } from './codePointLength.js';

/** A character text may not hold, and where it is. */
export interface UnsafeCharacter {
  /** `U+0000` style. */
  readonly character: string;
  /** 1-based, in code points (an emoji counts as one), as a person counts characters. */
  readonly position: number;
  /** `lineBreak` for a tab or line break in one-line text; `control` for everything else. */
  readonly kind: 'lineBreak' | 'control';
}

// What no stored text may hold: C0 controls but tab, LF and CR (those are checked by the caller),
// DEL and the C1 controls, the bidi embeddings, overrides and isolates (which make a file name or
// an amount read backwards in the list, the export and Excel), and UTF-16 halves of a character
// that lost their other half (they cannot be written as UTF-8 and break exports and JSON tools).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// eslint-disable-next-line no-control-regex -- as above, with tab, LF and CR too
const UNSAFE_ON_ONE_LINE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The first character of `text` that cannot be stored, shown or exported safely, or `undefined`.
 * Tab, LF and CR are allowed only where `lineBreaks` is true (multi-line text). The one rule for
 * record text, used by the engine's checks (and so by the API, the import and the renderer) and by
 * the server's filters.
 *
 * @example
 * findUnsafeCharacter('a\u202Eb', true) // { character: 'U+202E', position: 2, kind: 'control' }
 * findUnsafeCharacter('a\nb', false)    // { character: 'U+000A', position: 2, kind: 'lineBreak' }
 */
export function findUnsafeCharacter(text: string, lineBreaks: boolean): UnsafeCharacter | undefined {
  const match = (lineBreaks ? UNSAFE : UNSAFE_ON_ONE_LINE).exec(text);
  if (match === null) return undefined;
  const unit = text.charCodeAt(match.index);
  return {
    character: `U+${unit.toString(16).toUpperCase().padStart(4, '0')}`,
    position: codePointLength(text.slice(0, match.index)) + 1,
    kind: unit === 0x09 || unit === 0x0a || unit === 0x0d ? 'lineBreak' : 'control',
  };
}
