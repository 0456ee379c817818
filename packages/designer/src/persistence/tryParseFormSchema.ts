import { parseFormSchema, type FormSchema, type ParseResult } from '@formwork/runtime';

/**
 * The engine's `parseFormSchema`, or `undefined` when it cannot run in this page: its meta-schema
 * validator is compiled by ajv with `new Function`, which a Content-Security-Policy without
 * `'unsafe-eval'` forbids. The server checks every save with the same engine, so the designer
 * then leaves the full check to it and reports the server's faults instead.
 */
export function tryParseFormSchema(input: unknown): ParseResult<FormSchema> | undefined {
  try {
    return parseFormSchema(input);
  } catch (error) {
    if (error instanceof EvalError || (error instanceof Error && /unsafe-eval|Content Security Policy/i.test(error.message))) return undefined;
    throw error;
  }
}
