import type { LocalizedText } from '@formwork/runtime';
import type { Infer, OptionalSchema, ValidationIssue, ValueSchema } from './ValueSchema.js';
import { escapePointerToken } from '../jsonPointer.js';

/**
 * Small, explicit validators for request bodies and queries, with field-level errors in both
 * languages and a JSON Schema for the OpenAPI document.
 *
 * @example
 * const body = v.object({ name: v.string({ maxLength: 100 }), icon: v.optional(v.nullable(v.string({ maxLength: 40 }))) });
 * const issues: ValidationIssue[] = [];
 * const value = body.check(req.body, '', issues); // { name: string; icon?: string | null }
 */
export const v = { string, integer, boolean, oneOf, nullable, optional, omittable, array, object, json };

export interface StringOptions {
  readonly minLength?: number;
  /** Always bounded: every string a client sends ends up stored or compared somewhere. */
  readonly maxLength: number;
  /** Trim surrounding white space before checking (and in the result). */
  readonly trim?: boolean;
  /** Refuse line breaks and other control characters (names, usernames). Default true. */
  readonly singleLine?: boolean;
  readonly pattern?: { readonly regex: RegExp; readonly message: LocalizedText };
  readonly description?: string;
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacters = /[\u0000-\u001f\u007f]/;

function string(options: StringOptions): ValueSchema<string> {
  const { minLength = 0, maxLength, trim = false, singleLine = true } = options;
  return {
    jsonSchema: {
      type: 'string',
      ...(minLength > 0 ? { minLength } : {}),
      maxLength,
      ...(options.pattern ? { pattern: options.pattern.regex.source } : {}),
      ...(options.description ? { description: options.description } : {}),
    },
    check(value, pointer, issues) {
      if (typeof value !== 'string') {
        issues.push(typeIssue(pointer, 'string', { 'zh-CN': '必须是字符串', en: 'must be a string' }));
        return '';
      }
      const text = trim ? value.trim() : value;
      const length = [...text].length;
      if (length < minLength) {
        issues.push(
          minLength === 1
            ? { pointer, code: 'required', message: { 'zh-CN': '不能为空', en: 'must not be empty' } }
            : { pointer, code: 'minLength', message: { 'zh-CN': `至少 ${minLength} 个字符`, en: `must be at least ${minLength} characters` } },
        );
      } else if (length > maxLength) {
        issues.push({ pointer, code: 'maxLength', message: { 'zh-CN': `最多 ${maxLength} 个字符`, en: `must be at most ${maxLength} characters` } });
      } else if (singleLine && controlCharacters.test(text)) {
        issues.push({ pointer, code: 'controlCharacter', message: { 'zh-CN': '不能包含换行或控制字符', en: 'must not contain line breaks or control characters' } });
      } else if (options.pattern && !options.pattern.regex.test(text)) {
        issues.push({ pointer, code: 'pattern', message: options.pattern.message });
      }
      return text;
    },
  };
}

function integer(options: { readonly min?: number; readonly max?: number } = {}): ValueSchema<number> {
  const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = options;
  return {
    jsonSchema: { type: 'integer', minimum: min, maximum: max },
    check(value, pointer, issues) {
      if (typeof value !== 'number' || !Number.isInteger(value)) {
        issues.push(typeIssue(pointer, 'integer', { 'zh-CN': '必须是整数', en: 'must be an integer' }));
        return 0;
      }
      if (value < min || value > max) {
        issues.push({ pointer, code: 'range', message: { 'zh-CN': `必须在 ${min} 到 ${max} 之间`, en: `must be between ${min} and ${max}` } });
      }
      return value;
    },
  };
}

function boolean(): ValueSchema<boolean> {
  return {
    jsonSchema: { type: 'boolean' },
    check(value, pointer, issues) {
      if (typeof value !== 'boolean') issues.push(typeIssue(pointer, 'boolean', { 'zh-CN': '必须是 true 或 false', en: 'must be true or false' }));
      return value === true;
    },
  };
}

function oneOf<const T extends string>(values: readonly T[]): ValueSchema<T> {
  return {
    jsonSchema: { type: 'string', enum: values },
    check(value, pointer, issues) {
      if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) {
        const list = values.join(', ');
        issues.push({ pointer, code: 'enum', message: { 'zh-CN': `必须是以下之一：${list}`, en: `must be one of: ${list}` } });
        return values[0] as T;
      }
      return value as T;
    },
  };
}

function nullable<T>(schema: ValueSchema<T>): ValueSchema<T | null> {
  return {
    jsonSchema: { anyOf: [schema.jsonSchema, { type: 'null' }] },
    check: (value, pointer, issues) => (value === null ? null : schema.check(value, pointer, issues)),
  };
}

function optional<T>(schema: ValueSchema<T>): OptionalSchema<T> {
  return { ...schema, optional: true };
}

/** A body that may be left out altogether (a DELETE's, say): none is read as `{}`. */
function omittable<T extends object>(schema: ValueSchema<T>): ValueSchema<T> {
  return { jsonSchema: schema.jsonSchema, check: (value, pointer, issues) => schema.check(value ?? {}, pointer, issues) };
}

function array<T>(items: ValueSchema<T>, options: { readonly maxItems: number; readonly minItems?: number }): ValueSchema<T[]> {
  const { maxItems, minItems = 0 } = options;
  return {
    jsonSchema: { type: 'array', items: items.jsonSchema, maxItems, ...(minItems > 0 ? { minItems } : {}) },
    check(value, pointer, issues) {
      if (!Array.isArray(value)) {
        issues.push(typeIssue(pointer, 'array', { 'zh-CN': '必须是数组', en: 'must be an array' }));
        return [];
      }
      if (value.length > maxItems || value.length < minItems) {
        issues.push({
          pointer,
          code: 'items',
          message: { 'zh-CN': `必须有 ${minItems} 到 ${maxItems} 项`, en: `must have ${minItems} to ${maxItems} items` },
        });
        return [];
      }
      return value.map((item, index) => items.check(item, `${pointer}/${index}`, issues));
    },
  };
}

type Shape = Readonly<Record<string, ValueSchema<unknown>>>;
type RequiredKeys<S extends Shape> = { [K in keyof S]: S[K] extends OptionalSchema<unknown> ? never : K }[keyof S];
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends OptionalSchema<unknown> ? K : never }[keyof S];
type Simplify<T> = { [K in keyof T]: T[K] } & {};
export type ObjectOf<S extends Shape> = Simplify<
  { [K in RequiredKeys<S>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Infer<S[K]> }
>;

/** A JSON object with exactly these properties: unknown ones are refused, not ignored. */
function object<S extends Shape>(shape: S, options: { readonly description?: string } = {}): ValueSchema<ObjectOf<S>> {
  const entries = Object.entries(shape);
  return {
    jsonSchema: {
      type: 'object',
      properties: Object.fromEntries(entries.map(([key, schema]) => [key, schema.jsonSchema])),
      required: entries.filter(([, schema]) => !isOptional(schema)).map(([key]) => key),
      additionalProperties: false,
      ...(options.description ? { description: options.description } : {}),
    },
    check(value, pointer, issues) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        issues.push(typeIssue(pointer, 'object', { 'zh-CN': '必须是对象', en: 'must be an object' }));
        return {} as ObjectOf<S>;
      }
      const input = value as Record<string, unknown>;
      // Only the shape's own keys are copied, so nothing a client names can reach a prototype.
      const result: Record<string, unknown> = {};
      for (const key of Object.keys(input)) {
        if (!Object.hasOwn(shape, key)) {
          issues.push({ pointer: `${pointer}/${escapePointerToken(key)}`, code: 'unknownProperty', message: { 'zh-CN': '未知的属性', en: 'is not a known property' } });
        }
      }
      for (const [key, schema] of entries) {
        const childPointer = `${pointer}/${key}`;
        if (!Object.hasOwn(input, key) || input[key] === undefined) {
          if (!isOptional(schema)) issues.push({ pointer: childPointer, code: 'required', message: { 'zh-CN': '必填', en: 'is required' } });
          continue;
        }
        result[key] = schema.check(input[key], childPointer, issues);
      }
      return result as ObjectOf<S>;
    },
  };
}

/** Any JSON value, checked elsewhere (e.g. a form schema checked by the engine). */
function json(description: string): ValueSchema<unknown> {
  return { jsonSchema: { description }, check: (value) => value };
}

function isOptional(schema: ValueSchema<unknown>): boolean {
  return (schema as Partial<OptionalSchema<unknown>>).optional === true;
}

function typeIssue(pointer: string, code: string, message: LocalizedText): ValidationIssue {
  return { pointer, code: `type.${code}`, message };
}

