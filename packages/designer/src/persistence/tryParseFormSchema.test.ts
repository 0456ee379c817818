import type * as Engine from '@formwork/runtime';
import { FORM_SCHEMA_VERSION } from '@formwork/runtime';
import { describe, expect, it, vi } from 'vitest';

const behaviour = vi.hoisted(() => ({ throwing: null as Error | null }));

vi.mock('@formwork/runtime', async (importOriginal) => {
  const engine = await importOriginal<typeof Engine>();
  return {
    ...engine,
    parseFormSchema: (input: unknown) => {
      if (behaviour.throwing) throw behaviour.throwing;
      return engine.parseFormSchema(input);
    },
  };
});

const { tryParseFormSchema } = await import('./tryParseFormSchema.js');

describe('tryParseFormSchema', () => {
  it('answers what the engine answers', () => {
    behaviour.throwing = null;
    expect(tryParseFormSchema({ kind: 'form', schemaVersion: FORM_SCHEMA_VERSION, title: 'T', fields: [] })?.ok).toBe(true);
    expect(tryParseFormSchema({ kind: 'form' })?.ok).toBe(false);
  });

  it('answers undefined when a Content-Security-Policy forbids the validator’s code generation', () => {
    behaviour.throwing = new EvalError("Evaluating a string as JavaScript violates the following Content Security Policy directive because 'unsafe-eval' is not an allowed source of script");
    expect(tryParseFormSchema({ kind: 'form' })).toBeUndefined();
  });

  it('lets every other failure through', () => {
    behaviour.throwing = new TypeError('a bug');
    expect(() => tryParseFormSchema({ kind: 'form' })).toThrow('a bug');
  });
});
