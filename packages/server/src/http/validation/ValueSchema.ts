import type { LocalizedText } from '@formwork/runtime';

/** A fault in a request value, at a JSON pointer. */
export interface ValidationIssue {
  readonly pointer: string;
  readonly code: string;
  readonly message: LocalizedText;
}

/** A JSON Schema fragment, as the OpenAPI document shows it. */
export type JsonSchema = Readonly<Record<string, unknown>>;

/**
 * A validator for one value of a request, which also describes itself for the OpenAPI document
 * (so docs and checks cannot disagree). Build them with `v` from `./v.js`.
 */
export interface ValueSchema<T> {
  readonly jsonSchema: JsonSchema;
  /** Checks `value`, pushing every fault found; the result is meaningful only if none were pushed. */
  check(value: unknown, pointer: string, issues: ValidationIssue[]): T;
}

/** A property that may be left out of an object. */
export interface OptionalSchema<T> extends ValueSchema<T> {
  readonly optional: true;
}

/** The type a schema produces. */
export type Infer<S> = S extends ValueSchema<infer T> ? T : never;
