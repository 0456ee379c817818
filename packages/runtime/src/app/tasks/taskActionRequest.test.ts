import { describe, expect, it } from 'vitest';
import { emptyDraft, taskActionRequest } from './taskActionRequest.js';

describe('taskActionRequest: what an action sends', () => {
  const edits = { amount: 1500 };
  const filled = { comment: '  ok  ', signature: 'file_1', target: 'n_start', person: 'u3' };

  it('approve and submit carry the edits; approve and reject the signature; the comment trimmed', () => {
    expect(taskActionRequest({ ...emptyDraft('approve'), ...filled }, edits)).toEqual({ body: { comment: 'ok', signature: 'file_1', data: edits } });
    expect(taskActionRequest({ ...emptyDraft('submit'), ...filled }, edits)).toEqual({ body: { comment: 'ok', data: edits } });
    expect(taskActionRequest({ ...emptyDraft('reject'), ...filled }, edits)).toEqual({ body: { comment: 'ok', signature: 'file_1' } });
  });

  it('return names its node only when one was chosen (else the server takes the previous one)', () => {
    expect(taskActionRequest({ ...emptyDraft('return'), ...filled }, edits)).toEqual({ body: { comment: 'ok', target: 'n_start' } });
    expect(taskActionRequest(emptyDraft('return'), edits)).toEqual({ body: {} });
  });

  it('transfer and add approver need a person, and send only them and the comment', () => {
    expect(taskActionRequest(emptyDraft('transfer'), {})).toEqual({ missing: 'personRequired' });
    expect(taskActionRequest(emptyDraft('add-approver'), {})).toEqual({ missing: 'personRequired' });
    expect(taskActionRequest({ ...emptyDraft('transfer'), ...filled }, edits)).toEqual({ body: { comment: 'ok', to: ['u3'] } });
    expect(taskActionRequest({ ...emptyDraft('add-approver'), person: 'u2' }, edits)).toEqual({ body: { to: ['u2'], position: 'before' } });
    expect(taskActionRequest({ ...emptyDraft('add-approver'), person: 'u2', position: 'parallel' }, {})).toEqual({ body: { to: ['u2'], position: 'parallel' } });
  });

  it('sends no empty data, comment or signature', () => {
    expect(taskActionRequest({ ...emptyDraft('approve'), comment: '   ' }, {})).toEqual({ body: {} });
  });
});
