import { describe, expect, it } from 'vitest';
import { parseDocument } from './parseDocument.js';
import { parseFormSchema } from './form/parseFormSchema.js';
import { exampleAppBundle } from './testing/exampleAppBundle.js';
import { exampleDashboard } from './testing/exampleDashboard.js';
import { exampleForm } from './testing/exampleForm.js';
import { exampleScoring } from './testing/exampleScoring.js';
import { exampleWorkflow } from './testing/exampleWorkflow.js';
import { issueAt, parsedValue } from './testing/parseOutcome.js';

describe('parseDocument', () => {
  it.each([exampleForm, exampleWorkflow, exampleScoring, exampleDashboard, exampleAppBundle])('reads a $kind by its kind', (document) => {
    expect(parsedValue(parseDocument(document))).toEqual(document);
  });

  it("reports a document's faults as its own parser does", () => {
    const broken = { ...exampleForm, fields: [{ id: 'f_a', type: 'text' }] };
    expect(parseDocument(broken)).toEqual(parseFormSchema(broken));
  });

  it.each([null, 42, 'form', [exampleForm]])('refuses %j, which is no document', (input) => {
    const issue = issueAt(parseDocument(input), '');
    expect(issue.code).toBe('notAnObject');
    expect(issue.message.en).toBe('A document must be a JSON object ({…})');
  });

  it('refuses a document without a kind, listing the kinds', () => {
    const issue = issueAt(parseDocument({ schemaVersion: 1 }), '/kind');
    expect(issue.code).toBe('required');
    expect(issue.message.en).toBe('The document is missing its kind; it must be one of "form", "workflow", "scoring", "dashboard", "appBundle"');
  });

  it('refuses an unknown kind', () => {
    const issue = issueAt(parseDocument({ kind: 'report', schemaVersion: 1 }), '/kind');
    expect(issue.code).toBe('unknownKind');
    expect(issue.message['zh-CN']).toContain('"report"');
  });
});

describe('the envelope of one kind', () => {
  it('says what a document of another kind is', () => {
    const issue = issueAt(parseFormSchema(exampleWorkflow), '/kind');
    expect(issue).toEqual({
      pointer: '/kind',
      code: 'wrongKind',
      message: { 'zh-CN': '这是一个流程（kind 为 "workflow"），不是表单', en: 'This is a workflow (kind "workflow"), not a form' },
    });
  });

  it('refuses a document from a newer Formwork before checking anything else', () => {
    const result = parseFormSchema({ kind: 'form', schemaVersion: 2, title: 'From the future', fields: [{ id: 'f_a', type: 'hologram' }] });
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ pointer: '/schemaVersion', code: 'futureSchemaVersion' })] });
  });

  it('refuses a document without a version', () => {
    const { schemaVersion: _version, ...rest } = exampleForm;
    expect(issueAt(parseFormSchema(rest), '/schemaVersion').code).toBe('required');
  });

  it('does not report migratedFrom for a current document', () => {
    const result = parseFormSchema(exampleForm);
    expect(result.ok && 'migratedFrom' in result).toBe(false);
  });
});
