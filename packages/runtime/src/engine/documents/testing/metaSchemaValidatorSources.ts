import { Ajv2020 } from 'ajv/dist/2020.js';
import type { AnySchemaObject, Options } from 'ajv/dist/2020.js';
// A CommonJS module: Node hands over `module.exports`, whose `default` is the generator.
import standalone from 'ajv/dist/standalone/index.js';
import { appBundleMetaSchema } from '../appBundle/appBundleMetaSchema.js';
import { dashboardMetaSchema } from '../dashboard/dashboardMetaSchema.js';
import { formMetaSchema } from '../form/formMetaSchema.js';
import { scoringMetaSchema } from '../scoring/scoringMetaSchema.js';
import { workflowMetaSchema } from '../workflow/workflowMetaSchema.js';

// Build tooling, not engine code: it needs ajv's compiler, which the engine must never load (its
// parsers run in pages whose Content-Security-Policy forbids `new Function`). It sits in testing/
// so that the engine build leaves it out while the sync test and the generator script share it.

/** The command that rewrites the generated validators, from the repository root. */
export const regenerateCommand = 'npx tsx packages/runtime/scripts/generateMetaSchemaValidators.ts';

/** One meta-schema to precompile. */
export interface MetaSchemaEntry {
  /** `Form` in `validateFormFirstFault`. */
  readonly name: string;
  /** Where the meta-schema is declared, from documents/, for the generated header. */
  readonly origin: string;
  readonly schema: AnySchemaObject;
  /** Schemas the meta-schema references by `$id`. */
  readonly companions: readonly AnySchemaObject[];
}

/**
 * The app bundle's envelope check stands the embedded meta-schemas in with "any object": each
 * embedded document is parsed by its own kind afterwards, which migrates it first (a bundle may
 * carry an older form that the current form meta-schema would refuse as it stands).
 */
const embeddedStandIns: readonly AnySchemaObject[] = ['form', 'workflow', 'scoring', 'dashboard'].map((kind) => ({
  $id: `https://formwork.dev/schemas/${kind}.schema.json`,
  type: 'object',
}));

/** Every meta-schema the parsers check documents against. */
export const metaSchemaEntries: readonly MetaSchemaEntry[] = [
  { name: 'Form', origin: 'form/formMetaSchema.ts', schema: formMetaSchema as unknown as AnySchemaObject, companions: [] },
  { name: 'Workflow', origin: 'workflow/workflowMetaSchema.ts', schema: workflowMetaSchema as unknown as AnySchemaObject, companions: [] },
  { name: 'Scoring', origin: 'scoring/scoringMetaSchema.ts', schema: scoringMetaSchema as unknown as AnySchemaObject, companions: [] },
  { name: 'Dashboard', origin: 'dashboard/dashboardMetaSchema.ts', schema: dashboardMetaSchema as unknown as AnySchemaObject, companions: [] },
  { name: 'AppBundle', origin: 'appBundle/appBundleMetaSchema.ts', schema: appBundleMetaSchema as unknown as AnySchemaObject, companions: embeddedStandIns },
];

/** One way to run a meta-schema; see `MetaSchemaCheck` for why there are two. */
export interface MetaSchemaMode {
  /** `FirstFault` in `validateFormFirstFault`. */
  readonly suffix: 'FirstFault' | 'AllFaults';
  readonly allErrors: boolean;
  readonly says: string;
}

export const metaSchemaModes: readonly MetaSchemaMode[] = [
  { suffix: 'FirstFault', allErrors: false, says: 'stops at the first fault' },
  { suffix: 'AllFaults', allErrors: true, says: 'collects every fault' },
];

/**
 * The ajv options the meta-schemas are compiled with. `verbose`, so that each error carries its
 * failing schema (the translator reads it to suggest the property a typo meant).
 */
export function metaSchemaAjvOptions(mode: MetaSchemaMode): Options {
  return { allErrors: mode.allErrors, verbose: true, strict: true, strictTypes: false, strictRequired: false };
}

/**
 * ajv's output is plain JavaScript; these rewrites make it a TypeScript module that compiles under
 * the engine's strict settings without changing what runs (they add types only). A pattern that
 * matches nothing is fine (not every meta-schema needs each); a shape they miss fails `tsc`.
 */
const typingRewrites: readonly (readonly [RegExp, string])[] = [
  // The document is untyped JSON by nature: the generated code reads it freely.
  [/^function (validate\d+)\(data, \{(.*)\}=\{\}\)\{$/gm, 'function $1(data: any, {$2}: any = {}): boolean {'],
  [/^let vErrors = null;$/gm, 'let vErrors: any = null;'],
  // The meta-schema literals, read back for `schema` and `parentSchema` (verbose errors).
  [/^const (schema\d+) = /gm, 'const $1: any = '],
  // Error counts saved before a sub-schema, to tell whether it failed.
  [/^const (_errs\d+) = errors;$/gm, 'const $1: number = errors;'],
  // Which properties and items a sub-schema evaluated (for `unevaluated*`): `true`, or a set of names.
  [/^const (evaluated\d+) = (validate\d+)\.evaluated;$/gm, 'const $1: any = $2.evaluated;'],
  [/^var ((?:props|items)\d+) = /gm, 'var $1: any = '],
  [/^const (wrapper\d+) = /gm, 'const $1: any = '],
  // Function-scoped flags that ajv declares in one branch and reads after it.
  [/^var (valid\d+) = /gm, 'var $1: boolean | undefined = '],
];

/** ajv's runtime helpers the generated code may call, and the name `metaSchemaRuntime` exports each under. */
const runtimeHelpers: Readonly<Record<string, string>> = {
  'require("ajv/dist/runtime/equal").default': 'equal',
  'require("ajv/dist/runtime/ucs2length").default': 'ucs2length',
};

/**
 * The source of every generated meta-schema validator, by file name in documents/generated/:
 * ajv's standalone code (ESM) for each meta-schema in each mode, made a typed module.
 * Deterministic: a fresh ajv per module numbers its names the same way every time.
 *
 * @example
 * metaSchemaValidatorSources().get('validateFormFirstFault.ts') // '// Generated by …'
 */
export function metaSchemaValidatorSources(): ReadonlyMap<string, string> {
  const sources = new Map<string, string>();
  for (const entry of metaSchemaEntries) {
    for (const mode of metaSchemaModes) {
      const exportName = `validate${entry.name}${mode.suffix}`;
      const ajv = new Ajv2020({ ...metaSchemaAjvOptions(mode), code: { source: true, esm: true, lines: true } });
      for (const companion of entry.companions) ajv.addSchema(companion);
      const header = [
        '// Generated by packages/runtime/scripts/generateMetaSchemaValidators.ts: do not edit.',
        `// ajv's standalone validator of the meta-schema in documents/${entry.origin}; it ${mode.says}.`,
        '// Precompiled so that parsing needs no `new Function`, which a strict Content-Security-Policy forbids.',
        `// After changing a meta-schema, run: ${regenerateCommand}`,
      ];
      sources.set(`${exportName}.ts`, typedModule(standalone.default(ajv, ajv.compile(entry.schema)), exportName, header));
    }
  }
  return sources;
}

function typedModule(code: string, exportName: string, header: readonly string[]): string {
  const exported = /^"use strict";\nexport const validate = (validate\d+);\nexport default \1;\n/.exec(code);
  if (exported === null) throw new Error(`${exportName}: ajv's standalone output no longer starts as expected`);
  let body = code.slice(exported[0].length);
  for (const [pattern, replacement] of typingRewrites) body = body.replace(pattern, replacement);
  const helpers = Object.entries(runtimeHelpers).filter(([call]) => body.includes(call));
  for (const [call, name] of helpers) body = body.split(call).join(name);
  const unknownRequire = /\brequire\("[^"]*"\)/.exec(body);
  if (unknownRequire !== null) throw new Error(`${exportName}: ajv's code calls ${unknownRequire[0]}, which the generator does not map to a helper`);
  // ajv sets `errors` on each function, as its contract says; TypeScript learns of a property set
  // inside a function only from a namespace merged with it.
  const functionNames = [...body.matchAll(/^function (validate\d+)\(/gm)].map((match) => match[1] ?? '');
  return [
    ...header,
    "import type { MetaSchemaValidator } from '../MetaSchemaValidator.js';",
    ...(helpers.length > 0 ? [`import { ${helpers.map(([, name]) => name).join(', ')} } from '../metaSchemaRuntime.js';`] : []),
    '',
    `export const ${exportName}: MetaSchemaValidator = ${exported[1] ?? ''};`,
    '',
    body.trimEnd(),
    '',
    ...functionNames.map((name) => `declare namespace ${name} { let errors: any; }`),
    '',
  ].join('\n');
}
