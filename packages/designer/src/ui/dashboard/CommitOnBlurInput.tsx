import { useState } from 'react';

/**
 * A text or number input that commits when it loses focus or on Enter, so typing a title makes
 * one undo step rather than one per key, and a refused value (an empty title) goes back to the
 * stored one instead of trapping the admin. Give it a `key` of the stored value.
 */
export function CommitOnBlurInput({ id, value, type = 'text', onCommit }: { readonly id: string; readonly value: string; readonly type?: 'text' | 'number'; readonly onCommit: (value: string) => boolean }) {
  const [draft, setDraft] = useState(value);
  const commit = (): void => {
    if (draft === value) return;
    if (!onCommit(draft)) setDraft(value);
  };
  return (
    <input
      id={id}
      type={type}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
      }}
    />
  );
}
