import { describe, expect, it } from 'vitest';
import { parseDocument } from './parseDocument.js';
import { parseAppBundle } from './appBundle/parseAppBundle.js';
import { parseFormSchema } from './form/parseFormSchema.js';
import { fullReportLimit } from './parseWithSpec.js';
import { maxReportedIssues } from './translateAjvErrors.js';
import { formWith } from './testing/formWith.js';
import { parseIssues } from './testing/parseOutcome.js';

/** Generous: these guard against hangs and blow-ups, not against slowness (benchmarks do that). */
const guard = { timeout: 10_000 };

describe('hostile documents', () => {
  it('never pollute prototypes through __proto__ keys', () => {
    const input: unknown = JSON.parse(
      '{"kind":"form","schemaVersion":1,"title":"x","__proto__":{"polluted":1},"fields":[{"id":"f_a","type":"text","label":"A","__proto__":{"polluted":2}}]}',
    );
    const issues = parseIssues(parseFormSchema(input));
    expect(issues.map((issue) => [issue.pointer, issue.code])).toEqual([
      ['/__proto__', 'forbiddenKey'],
      ['/fields/0/__proto__', 'forbiddenKey'],
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuse constructor and prototype keys anywhere, rules included', () => {
    const form = formWith([{ id: 'f_a', type: 'text', label: 'A', visibleWhen: { constructor: { prototype: { polluted: 1 } } } }]);
    const issues = parseIssues(parseFormSchema(form));
    expect(issues).toEqual([expect.objectContaining({ pointer: '/fields/0/visibleWhen/constructor', code: 'forbiddenKey' })]);
  });

  it('stop at 10,000 levels of nesting without overflowing the stack', guard, () => {
    let rule: unknown = { var: 'f_a' };
    for (let level = 0; level < 10_000; level += 1) rule = { '!': [rule] };
    const issues = parseIssues(parseFormSchema(formWith([{ id: 'f_a', type: 'text', label: 'A', visibleWhen: rule }])));
    expect(issues).toEqual([expect.objectContaining({ code: 'tooDeep' })]);
    expect(issues[0]?.pointer.startsWith('/fields/0/visibleWhen/!/0/')).toBe(true);
  });

  it('stop at 10,000 levels of nesting parsed from text', guard, () => {
    const text = `{"kind":"form","schemaVersion":1,"title":"x","fields":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    expect(parseIssues(parseDocument(JSON.parse(text)))[0]?.code).toBe('tooDeep');
  });

  it('refuse 100,000 fields at once, quickly', guard, () => {
    const fields = Array.from({ length: 100_000 }, (_, index) => ({ id: `f_${index}`, type: 'text', label: `Field ${index}` }));
    const issues = parseIssues(parseFormSchema(formWith(fields)));
    expect(issues).toEqual([expect.objectContaining({ code: 'tooLarge' })]);
  });

  it('answer 100,000 wrong fields with the first fault and a note', guard, () => {
    const issues = parseIssues(parseFormSchema(formWith(Array.from({ length: 100_000 }, () => 7))));
    expect(issues.map((issue) => [issue.pointer, issue.code])).toEqual([
      ['/fields/0', 'type'],
      ['', 'firstFaultOnly'],
    ]);
  });

  it(`answer ${fullReportLimit / 4} empty fields, each missing three settings, with a short list`, guard, () => {
    // Just under the limit for a full report: the costliest document that gets one.
    const issues = parseIssues(parseFormSchema(formWith(Array.from({ length: fullReportLimit / 4 }, () => ({})))));
    expect(issues).toHaveLength(maxReportedIssues + 1);
    expect(issues.at(-1)?.code).toBe('moreIssues');
  });

  it('answer 30,000 fields sharing one id with a short list', guard, () => {
    const fields = Array.from({ length: 30_000 }, () => ({ id: 'f_same', type: 'text', label: 'Same' }));
    const issues = parseIssues(parseFormSchema(formWith(fields)));
    expect(issues).toHaveLength(maxReportedIssues + 1);
    expect(issues.slice(0, -1).every((issue) => issue.code === 'duplicateFieldId')).toBe(true);
    expect(issues.at(-1)?.message.en).toBe(`${29_999 - maxReportedIssues} more problems are not listed`);
  });

  it('answer a bundle of many broken forms', guard, () => {
    const forms = Array.from({ length: 2_000 }, (_, index) => ({ key: `form-${index}`, schema: formWith([{ id: 'f_a', type: 'text' }]) }));
    const bundle = { kind: 'appBundle', schemaVersion: 1, app: { name: 'x', description: '' }, forms, workflows: [], scorings: [], dashboards: [], roles: [] };
    expect(parseIssues(parseAppBundle(bundle)).length).toBeGreaterThan(0);
  });

  it('refuse a very long label without trouble', guard, () => {
    const issues = parseIssues(parseFormSchema(formWith([{ id: 'f_a', type: 'text', label: 'x'.repeat(5_000_000) }])));
    expect(issues.map((issue) => [issue.pointer, issue.code])).toEqual([['/fields/0/label', 'tooLong']]);
  });

  it('survive throwing getters and proxies', () => {
    const getter = Object.defineProperty({ kind: 'form' }, 'fields', { enumerable: true, get: () => { throw new Error('boom'); } });
    const proxy = new Proxy({ kind: 'form' }, { get: () => { throw new Error('boom'); } });
    for (const input of [getter, proxy]) expect(parseIssues(parseDocument(input))[0]?.code).toBe('unreadable');
  });
});
