import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateRule } from './evaluateRule.js';
import type { RuleLogic } from './RuleLogic.js';

/**
 * The official JSON Logic test suite (the one json-logic-js 2.0.5 passes): a list of "# section"
 * strings and [rule, data, expected] triples. Every case must give the expected result.
 */
type SuiteEntry = string | [RuleLogic, unknown, unknown];

const suite = JSON.parse(readFileSync(new URL('../../../test-data/jsonlogic-tests.json', import.meta.url), 'utf8')) as SuiteEntry[];

interface Section {
  readonly title: string;
  readonly cases: [RuleLogic, unknown, unknown][];
}

let current: Section = { title: 'Untitled', cases: [] };
const sections: Section[] = [current];
for (const entry of suite) {
  if (typeof entry === 'string') {
    current = { title: entry.replace(/^#\s*/, ''), cases: [] };
    sections.push(current);
  } else {
    current.cases.push(entry);
  }
}

const shorten = (value: unknown): string => {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 90 ? `${text.slice(0, 87)}...` : text;
};

describe('evaluateRule conforms to the official JSON Logic suite', () => {
  it('reads all 280 cases of the suite', () => {
    expect(sections.reduce((count, section) => count + section.cases.length, 0)).toBe(280);
  });

  for (const [sectionIndex, section] of sections.entries()) {
    if (section.cases.length === 0) continue;
    describe(`${sectionIndex + 1}. ${section.title}`, () => {
      for (const [caseIndex, [rule, data, expected]] of section.cases.entries()) {
        it(`#${caseIndex + 1} ${shorten(rule)} with ${shorten(data)} gives ${shorten(expected)}`, () => {
          expect(evaluateRule(rule, data)).toEqual(expected);
        });
      }
    });
  }
});
