import { describe, expect, it } from 'vitest';
import { equal, ucs2length } from './metaSchemaRuntime.js';
import { parseFormSchema } from './form/parseFormSchema.js';
import { exampleWorkflow } from './testing/exampleWorkflow.js';
import { formWith } from './testing/formWith.js';
import { parseIssues } from './testing/parseOutcome.js';
import { parseWorkflowSchema } from './workflow/parseWorkflowSchema.js';

describe("ajv's runtime helpers, as the precompiled validators get them", () => {
  it('count a string in code points, an emoji as one', () => {
    expect(ucs2length('😀a')).toBe(2);
    expect(ucs2length('')).toBe(0);
  });

  it('compare JSON values deeply', () => {
    expect(equal({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(equal({ a: [1] }, { a: [2] })).toBe(false);
  });

  it('reach the parsers: lengths in code points, duplicates in lists', () => {
    expect(parseFormSchema(formWith([{ id: 'f_a', type: 'text', label: '😀'.repeat(200) }])).ok).toBe(true);
    const tooLong = parseIssues(parseFormSchema(formWith([{ id: 'f_a', type: 'text', label: '😀'.repeat(201) }])));
    expect(tooLong.map((issue) => [issue.pointer, issue.code])).toEqual([['/fields/0/label', 'tooLong']]);
    const nodes = exampleWorkflow.nodes.map((node) => (node.id === 'n_manager' ? { ...node, actions: ['return', 'return'] } : node));
    const index = nodes.findIndex((node) => node.id === 'n_manager');
    const duplicated = parseIssues(parseWorkflowSchema({ ...exampleWorkflow, nodes }));
    expect(duplicated.map((issue) => [issue.pointer, issue.code])).toEqual([[`/nodes/${index}/actions`, 'duplicateItems']]);
  });
});
