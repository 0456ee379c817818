import { useEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { FormSession, RecordData } from '../../engine/index.js';
import type { DraftAutosave } from '../drafts/useDraftAutosave.js';
import type { FeedbackStore } from '../session/FeedbackStore.js';
import { createIdempotencyKey } from './createIdempotencyKey.js';
import { focusFirstError } from './focusFirstError.js';
import type { SubmitHandler, SubmitOutcome } from './SubmitOutcome.js';

export type SubmitStatus = 'idle' | 'invalid' | 'submitting' | 'rejected' | 'failed' | 'done';

export interface FormSubmit {
  readonly status: SubmitStatus;
  /** What to tell the user about the last attempt (the server's message, an error count). */
  readonly message: string | null;
  readonly errorCount: number;
  readonly submit: () => void;
}

interface FormSubmitOptions {
  readonly session: FormSession;
  readonly feedback: FeedbackStore;
  readonly formRef: RefObject<HTMLElement | null>;
  readonly autosave: DraftAutosave;
  readonly onSubmit: SubmitHandler | undefined;
  readonly onSubmitted: ((outcome: Extract<SubmitOutcome, { kind: 'accepted' }>, values: RecordData) => void) | undefined;
}

/**
 * Submits at most once at a time, with one idempotency key per attempt-set: a double click is
 * ignored while a request is out, and a retry after a failed request reuses the key, so that the
 * server stores the record once even if the first request did reach it. A rejection (the server
 * answered "no") ends the set: the fixed data goes with a new key.
 */
export function useFormSubmit({ session, feedback, formRef, autosave, onSubmit, onSubmitted }: FormSubmitOptions): FormSubmit {
  const [state, setState] = useState<{ status: SubmitStatus; message: string | null; errorCount: number }>({ status: 'idle', message: null, errorCount: 0 });
  const inFlight = useRef(false);
  const key = useRef<string | null>(null);
  // Set once the server has stored these values: a second click (or Enter) on the same values must
  // not store them again. Any change makes them a new record to submit.
  const accepted = useRef(false);
  useEffect(
    () =>
      session.subscribe(() => {
        if (!accepted.current) return;
        accepted.current = false;
        setState({ status: 'idle', message: null, errorCount: 0 });
      }),
    [session],
  );

  const submit = (): void => {
    if (inFlight.current || accepted.current || !onSubmit) return;
    const errors = session.validateAll();
    if (errors.length > 0) {
      flushSync(() => {
        feedback.revealAll();
        setState({ status: 'invalid', message: null, errorCount: errors.length });
      });
      focusFirstError(formRef.current);
      return;
    }
    inFlight.current = true;
    key.current ??= createIdempotencyKey();
    setState({ status: 'submitting', message: null, errorCount: 0 });
    const values = session.getValues();
    onSubmit(values, { idempotencyKey: key.current })
      .catch((): SubmitOutcome => ({ kind: 'failed' }))
      .then((outcome) => {
        inFlight.current = false;
        if (outcome.kind === 'accepted') {
          key.current = null;
          accepted.current = true;
          autosave.discard();
          setState({ status: 'done', message: null, errorCount: 0 });
          onSubmitted?.(outcome, values);
        } else if (outcome.kind === 'rejected') {
          key.current = null;
          const byPointer = new Map<string, string>();
          for (const error of outcome.fieldErrors ?? []) {
            if (error.pointer !== '' && !byPointer.has(error.pointer)) byPointer.set(error.pointer, error.message);
          }
          flushSync(() => {
            feedback.setServerErrors(byPointer);
            feedback.revealAll();
            setState({ status: 'rejected', message: outcome.message, errorCount: byPointer.size });
          });
          focusFirstError(formRef.current);
        } else {
          setState({ status: 'failed', message: outcome.message ?? null, errorCount: 0 });
        }
      });
  };

  return { ...state, submit };
}
