import { useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { ApiError } from '../api/ApiError.js';
import { useLocale } from '../i18n/LocaleContext.js';

/** The reason typed for the next change to a record, and its error. See {@link useChangeReason}. */
export interface ChangeReason {
  readonly value: string;
  readonly required: boolean;
  readonly error: string | null;
  readonly textareaRef: RefObject<HTMLTextAreaElement | null>;
  readonly change: (value: string) => void;
  /** Before a write: `false` (the error shown, focus on the field) when a required reason is blank. */
  readonly check: () => boolean;
  /** After a refused write: shows the server's word on the reason there; `false` if it was about something else. */
  readonly claim: (error: unknown) => boolean;
  readonly reset: () => void;
}

/**
 * One reason field's state for the record page: an edit and a delete/restore confirmation never
 * show at once, so they share it. `required` is the form's `settings.changeReason === 'required'`.
 */
export function useChangeReason(required: boolean): ChangeReason {
  const { t } = useLocale();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const fail = (message: string): void => {
    // Rendered first, so that the field is announced as invalid with its error once focused.
    flushSync(() => setError(message));
    textareaRef.current?.focus();
  };
  return {
    value,
    required,
    error,
    textareaRef,
    change: (next) => {
      setValue(next);
      setError(null);
    },
    check: () => {
      if (!required || value.trim() !== '') return true;
      fail(t('changeReasonMissing'));
      return false;
    },
    claim: (failure) => {
      if (!(failure instanceof ApiError) || failure.status !== 400) return false;
      const detail = failure.details.find((d) => d.pointer === '/reason');
      if (failure.code !== 'reason_required' && !detail) return false;
      fail(detail?.message || failure.message || t('changeReasonMissing'));
      return true;
    },
    reset: () => {
      setValue('');
      setError(null);
    },
  };
}
