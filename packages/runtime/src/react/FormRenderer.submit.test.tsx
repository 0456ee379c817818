import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { FieldDefinition, RecordData } from '../engine/index.js';
import type { SubmitOutcome } from './submit/SubmitOutcome.js';
import { fieldError, renderFields } from './testing/renderFields.js';

const fields: FieldDefinition[] = [
  { id: 'name', type: 'text', label: 'Name', required: true },
  { id: 'phone', type: 'phone', label: 'Phone', required: true },
];
const requireAll = (values: RecordData) =>
  ['name', 'phone'].filter((id) => values[id] === undefined).map((id) => fieldError(`/${id}`, `${id} is required`, 'required'));

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('submitting', () => {
  it('shows every error as an alert and focuses the first field in error', async () => {
    const onSubmit = vi.fn();
    const { user } = renderFields(fields, { validate: requireAll, props: { onSubmit } });
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual(['name is required', 'phone is required']);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Name' }));
    expect(screen.getByText('2 field(s) need attention')).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Li');
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual(['phone is required']);
  });

  it('sends one request for a double click, with an idempotency key', async () => {
    const pending = deferred<SubmitOutcome>();
    const onSubmit = vi.fn(() => pending.promise);
    const { user } = renderFields(fields, { initial: { name: 'Li', phone: '138' }, props: { onSubmit } });
    await user.dblClick(screen.getByRole('button', { name: 'Submit' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0]).toEqual([{ name: 'Li', phone: '138' }, { idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/) }]);
    await act(async () => pending.resolve({ kind: 'accepted', recordId: 'r1' }));
    expect(screen.getByText('Submitted')).toBeTruthy();
  });

  it('keeps everything after a failed request and retries with the same key', async () => {
    const keys: string[] = [];
    const outcomes: SubmitOutcome[] = [{ kind: 'failed', message: 'Network down.' }, { kind: 'accepted' }];
    const onSubmit = vi.fn(async (_values: RecordData, { idempotencyKey }: { idempotencyKey: string }) => {
      keys.push(idempotencyKey);
      return outcomes.shift() ?? { kind: 'accepted' as const };
    });
    const onSubmitted = vi.fn();
    const { user, session } = renderFields(fields, { initial: { name: 'Li', phone: '138' }, props: { onSubmit, onSubmitted } });
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Network down.');
    expect(session.getValues()).toEqual({ name: 'Li', phone: '138' });
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveProperty('value', 'Li');
    await user.click(screen.getByRole('button', { name: 'Retry submit' }));
    await waitFor(() => expect(onSubmitted).toHaveBeenCalledTimes(1));
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });

  it("maps the server's field errors onto the fields and uses a new key for the corrected data", async () => {
    const keys: string[] = [];
    const outcomes: SubmitOutcome[] = [
      { kind: 'rejected', message: 'The record is invalid.', fieldErrors: [{ pointer: '/phone', message: 'Phone already registered' }] },
      { kind: 'accepted' },
    ];
    const onSubmit = vi.fn(async (_values: RecordData, { idempotencyKey }: { idempotencyKey: string }) => {
      keys.push(idempotencyKey);
      return outcomes.shift() ?? { kind: 'accepted' as const };
    });
    const { user } = renderFields(fields, { initial: { name: 'Li', phone: '138' }, props: { onSubmit } });
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    const phone = screen.getByRole('textbox', { name: 'Phone' });
    await waitFor(() => expect(phone.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Phone already registered')).toBeTruthy();
    expect(document.activeElement).toBe(phone);
    await user.type(phone, '9');
    expect(screen.queryByText('Phone already registered')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(keys).toHaveLength(2));
    expect(keys[1]).not.toBe(keys[0]);
  });
});

describe('after an accepted submit', () => {
  it('does not store the same values again, but does once they change', async () => {
    const onSubmit = vi.fn(async () => ({ kind: 'accepted' as const }));
    const { user } = renderFields(fields, { initial: { name: 'Li', phone: '138' }, props: { onSubmit } });
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await screen.findByText('Submitted');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    await user.type(screen.getByRole('textbox', { name: 'Name' }), ' Lei');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(onSubmit).toHaveBeenCalledTimes(2);
  });

  it("shows the host's own content after the fields and before the submit button, only while it can be submitted", () => {
    const extra = <label>Reason for the change<textarea /></label>;
    renderFields(fields, { props: { onSubmit: vi.fn(), beforeSubmit: extra } });
    const reason = screen.getByRole('textbox', { name: 'Reason for the change' });
    const phone = screen.getByRole('textbox', { name: 'Phone' });
    const submit = screen.getByRole('button', { name: 'Submit' });
    expect(phone.compareDocumentPosition(reason) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(reason.compareDocumentPosition(submit) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(reason.closest('form')).toBe(submit.closest('form'));
  });

  it('leaves the host content out of a read-only form', () => {
    renderFields(fields, { props: { readOnly: true, onSubmit: vi.fn(), beforeSubmit: <p>Reason for the change</p> } });
    expect(screen.queryByText('Reason for the change')).toBeNull();
  });
});
