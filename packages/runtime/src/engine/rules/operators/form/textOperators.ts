import type { OperatorDefinition } from '../../compiler/OperatorDefinition.js';
import { toFiniteNumber } from '../../values/toFiniteNumber.js';
import { toText } from '../../values/toText.js';

/*
 * Text operators read every input as text (null is '', lists are joined with ', '), so an empty
 * cell never turns into 'null'.
 */

/** The longest text `pad_start` builds: a rule must not be able to ask for gigabytes. */
const maxPaddedLength = 10_000;

function unary(transform: (text: string) => unknown): OperatorDefinition {
  return {
    pure: true,
    compile(call) {
      call.expectArity(1);
      const value = call.arg(0);
      return (data, runtime) => transform(toText(value(data, runtime)));
    },
  };
}

function textTest(test: (text: string, part: string) => boolean): OperatorDefinition {
  return {
    pure: true,
    compile(call) {
      call.expectArity(2);
      const text = call.arg(0);
      const part = call.arg(1);
      return (data, runtime) => test(toText(text(data, runtime)), toText(part(data, runtime)));
    },
  };
}

export const formTextOperators: Readonly<Record<string, OperatorDefinition>> = {
  upper: unary((text) => text.toUpperCase()),
  lower: unary((text) => text.toLowerCase()),
  trim: unary((text) => text.trim()),
  text: unary((text) => text),
  /** `length` [x]: items of a list, characters (code points, as 中 or 😀 count one) of anything else. */
  length: {
    pure: true,
    compile(call) {
      call.expectArity(1);
      const value = call.arg(0);
      return (data, runtime) => {
        const input = value(data, runtime);
        if (Array.isArray(input)) return input.length;
        let count = 0;
        for (const _ of toText(input)) count += 1;
        return count;
      };
    },
  },
  contains: textTest((text, part) => text.includes(part)),
  starts_with: textTest((text, part) => text.startsWith(part)),
  ends_with: textTest((text, part) => text.endsWith(part)),
  /** `replace_all` [text, search, replacement]: plain text, no patterns (`$&` is just `$&`). */
  replace_all: {
    pure: true,
    compile(call) {
      call.expectArity(3);
      const text = call.arg(0);
      const search = call.arg(1);
      const replacement = call.arg(2);
      return (data, runtime) => {
        const source = toText(text(data, runtime));
        const target = toText(search(data, runtime));
        return target === '' ? source : source.split(target).join(toText(replacement(data, runtime)));
      };
    },
  },
  /** `pad_start` [text, length, fill]: `pad_start(7, 3, '0')` is '007'; fill defaults to a space. */
  pad_start: {
    pure: true,
    compile(call) {
      call.expectArity(2, 3);
      const text = call.arg(0);
      const length = call.arg(1);
      const fill = call.count > 2 ? call.arg(2) : () => ' ';
      return (data, runtime) => {
        const target = toFiniteNumber(length(data, runtime));
        if (target === null || target > maxPaddedLength) return null;
        return toText(text(data, runtime)).padStart(Math.trunc(target), toText(fill(data, runtime)));
      };
    },
  },
};
