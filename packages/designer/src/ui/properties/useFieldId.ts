import { useId } from 'react';

/** A DOM id for a control, so its `<label htmlFor>` names it for assistive technology. */
export function useFieldId(): string {
  return `fw${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
}
