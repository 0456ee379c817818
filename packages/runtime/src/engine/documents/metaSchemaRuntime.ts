import * as equalModule from 'ajv/dist/runtime/equal.js';
import * as ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';

/**
 * ajv's runtime helpers are CommonJS modules that set `exports.default`: Node hands an ES module
 * the whole `module.exports` as its default, while bundlers honour `__esModule` and hand over
 * `exports.default` itself. Accept either, so that the server and the browser run the same code.
 */
function commonJsDefault<T>(loaded: unknown): T {
  return (typeof loaded === 'function' ? loaded : (loaded as { default: unknown }).default) as T;
}

/**
 * The length of a string in Unicode code points, as JSON Schema's `minLength`/`maxLength` count
 * it: ajv's helper, which its generated validators call (see `generated/`).
 */
export const ucs2length = commonJsDefault<(text: string) => number>(ucs2lengthModule.default);

/** Deep equality of JSON values (for `const`, `enum` and `uniqueItems`): ajv's helper, as above. */
export const equal = commonJsDefault<(a: unknown, b: unknown) => boolean>(equalModule.default);
