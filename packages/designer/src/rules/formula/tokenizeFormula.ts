import type { LocalizedText } from '@formwork/runtime';
import { fillText } from '../../i18n/fillText.js';
import { formulaMessages } from './formulaMessages.js';

export type FormulaToken =
  | { readonly kind: 'number'; readonly value: number; readonly at: number }
  | { readonly kind: 'string'; readonly value: string; readonly at: number }
  | { readonly kind: 'field'; readonly value: string; readonly at: number }
  | { readonly kind: 'name'; readonly value: string; readonly at: number }
  | { readonly kind: 'punct'; readonly value: string; readonly at: number };

const PUNCTUATION = ['==', '!=', '>=', '<=', '&&', '||', '+', '-', '*', '/', '%', '>', '<', '!', '(', ')', '[', ']', ','];

/**
 * Splits formula text into tokens: numbers, quoted text, `{field}` references, names and
 * operators. `at` is the 0-based offset, for error messages.
 */
export function tokenizeFormula(text: string): { ok: true; tokens: FormulaToken[] } | { ok: false; error: LocalizedText } {
  const tokens: FormulaToken[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    const number = /^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i));
    if (number) {
      tokens.push({ kind: 'number', value: Number(number[0]), at: i });
      i += number[0].length;
      continue;
    }
    if (char === '"' || char === "'") {
      let value = '';
      let j = i + 1;
      while (j < text.length && text[j] !== char) {
        if (text[j] === '\\' && j + 1 < text.length) j++;
        value += text[j];
        j++;
      }
      if (j >= text.length) return { ok: false, error: fillText(formulaMessages.unclosedString, { at: i + 1 }) };
      tokens.push({ kind: 'string', value, at: i });
      i = j + 1;
      continue;
    }
    if (char === '{') {
      const end = text.indexOf('}', i + 1);
      if (end === -1) return { ok: false, error: fillText(formulaMessages.unclosedField, { at: i + 1 }) };
      tokens.push({ kind: 'field', value: text.slice(i + 1, end).trim(), at: i });
      i = end + 1;
      continue;
    }
    const name = /^[A-Za-z_$][A-Za-z0-9_.$]*/.exec(text.slice(i));
    if (name) {
      tokens.push({ kind: 'name', value: name[0], at: i });
      i += name[0].length;
      continue;
    }
    const punct = PUNCTUATION.find((p) => text.startsWith(p, i));
    if (!punct) return { ok: false, error: fillText(formulaMessages.unexpected, { at: i + 1, text: char }) };
    tokens.push({ kind: 'punct', value: punct, at: i });
    i += punct.length;
  }
  return { ok: true, tokens };
}
