import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MetaSchemaValidator } from '../MetaSchemaValidator.js';
import { arbitraryFormSchema } from '../testing/arbitraryFormSchema.js';
import { exampleAppBundle } from '../testing/exampleAppBundle.js';
import { exampleDashboard } from '../testing/exampleDashboard.js';
import { exampleForm } from '../testing/exampleForm.js';
import { exampleScoring } from '../testing/exampleScoring.js';
import { exampleWorkflow } from '../testing/exampleWorkflow.js';
import { metaSchemaAjvOptions, metaSchemaEntries, metaSchemaModes, type MetaSchemaMode } from '../testing/metaSchemaValidatorSources.js';
import { validateAppBundleAllFaults } from './validateAppBundleAllFaults.js';
import { validateAppBundleFirstFault } from './validateAppBundleFirstFault.js';
import { validateDashboardAllFaults } from './validateDashboardAllFaults.js';
import { validateDashboardFirstFault } from './validateDashboardFirstFault.js';
import { validateFormAllFaults } from './validateFormAllFaults.js';
import { validateFormFirstFault } from './validateFormFirstFault.js';
import { validateScoringAllFaults } from './validateScoringAllFaults.js';
import { validateScoringFirstFault } from './validateScoringFirstFault.js';
import { validateWorkflowAllFaults } from './validateWorkflowAllFaults.js';
import { validateWorkflowFirstFault } from './validateWorkflowFirstFault.js';

// The precompiled validators must answer exactly as ajv compiling the meta-schema at run time
// does (the engine's old path, and what the generator's typing rewrites must not change): the
// same verdict and the same errors, in the same order, with the same verbose schema and data.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const precompiled: Readonly<Record<string, Readonly<Record<MetaSchemaMode['suffix'], MetaSchemaValidator>>>> = {
  Form: { FirstFault: validateFormFirstFault, AllFaults: validateFormAllFaults },
  Workflow: { FirstFault: validateWorkflowFirstFault, AllFaults: validateWorkflowAllFaults },
  Scoring: { FirstFault: validateScoringFirstFault, AllFaults: validateScoringAllFaults },
  Dashboard: { FirstFault: validateDashboardFirstFault, AllFaults: validateDashboardAllFaults },
  AppBundle: { FirstFault: validateAppBundleFirstFault, AllFaults: validateAppBundleAllFaults },
};

const examples: Readonly<Record<string, Json>> = {
  Form: exampleForm as unknown as Json,
  Workflow: exampleWorkflow as unknown as Json,
  Scoring: exampleScoring as unknown as Json,
  Dashboard: exampleDashboard as unknown as Json,
  AppBundle: exampleAppBundle as unknown as Json,
};

/** Every place in a document a mutation can hit: the containers, each with one of its keys. */
function places(value: Json, path: readonly (string | number)[] = []): (readonly (string | number)[])[] {
  if (value === null || typeof value !== 'object') return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_item, index) => index) : Object.keys(value);
  const own = keys.map((key) => [...path, key]);
  const nested = keys.flatMap((key) => places((value as Record<string | number, Json>)[key] as Json, [...path, key]));
  return [path, ...own, ...nested];
}

/** A copy of the document with one value replaced, one key dropped, or one unknown key added. */
function mutated(document: Json): fc.Arbitrary<Json> {
  const targets = places(document);
  return fc.tuple(fc.integer({ min: 0, max: targets.length - 1 }), fc.constantFrom('replace', 'drop', 'add'), fc.jsonValue({ maxDepth: 2 })).map(([index, how, value]) => {
    const copy = structuredClone(document);
    const path = targets[index] ?? [];
    if (path.length === 0) return how === 'replace' ? (value as Json) : copy;
    let holder = copy as Record<string | number, Json>;
    for (const key of path.slice(0, -1)) holder = holder[key] as Record<string | number, Json>;
    const last = path[path.length - 1] as string | number;
    if (how === 'replace') holder[last] = value as Json;
    else if (how === 'drop') {
      if (Array.isArray(holder)) holder.splice(Number(last), 1);
      else delete holder[last];
    } else if (holder[last] !== null && typeof holder[last] === 'object' && !Array.isArray(holder[last])) {
      (holder[last] as Record<string, Json>)['labell'] = value as Json;
    }
    return copy;
  });
}

/** What a validator says of a document: its verdict and its errors, as plain data. */
function verdict(validate: MetaSchemaValidator, document: unknown): unknown {
  const valid = validate(document);
  return { valid, errors: valid ? null : validate.errors };
}

describe.each(metaSchemaEntries)('the precompiled $name meta-schema validators', (entry) => {
  const example = examples[entry.name] as Json;

  describe.each(metaSchemaModes)('in $suffix mode', (mode) => {
    const ajv = new Ajv2020(metaSchemaAjvOptions(mode));
    for (const companion of entry.companions) ajv.addSchema(companion);
    const reference = ajv.compile(entry.schema);
    const validate = precompiled[entry.name]?.[mode.suffix] as MetaSchemaValidator;

    it('accept the example document, as ajv does', () => {
      expect(verdict(validate, example)).toEqual({ valid: true, errors: null });
      expect(verdict(reference, example)).toEqual({ valid: true, errors: null });
    });

    it('answer every mutation of the example exactly as ajv compiling at run time does', () => {
      let refused = 0;
      fc.assert(
        fc.property(mutated(example), (document) => {
          const expected = verdict(reference, document);
          if (!(expected as { valid: boolean }).valid) refused += 1;
          expect(verdict(validate, document)).toEqual(expected);
        }),
        { numRuns: 300 },
      );
      // The comparison means something only if many mutations are faults (in a bundle, most of the
      // document is embedded documents that the envelope check leaves to their own parsers).
      expect(refused).toBeGreaterThan(20);
    });

    it('answer arbitrary JSON exactly as ajv does', () => {
      fc.assert(
        fc.property(fc.jsonValue({ maxDepth: 4 }), (document) => {
          expect(verdict(validate, document)).toEqual(verdict(reference, document));
        }),
        { numRuns: 100 },
      );
    });
  });
});

describe('the precompiled form meta-schema validators on generated forms', () => {
  it.each(metaSchemaModes)('answer as ajv does in $suffix mode', (mode) => {
    const ajv = new Ajv2020(metaSchemaAjvOptions(mode));
    const form = metaSchemaEntries.find((entry) => entry.name === 'Form');
    const reference = ajv.compile(form?.schema ?? {});
    fc.assert(
      fc.property(arbitraryFormSchema, (document) => {
        expect(verdict(precompiled['Form']?.[mode.suffix] as MetaSchemaValidator, document)).toEqual(verdict(reference, document));
      }),
      { numRuns: 100 },
    );
  });
});
