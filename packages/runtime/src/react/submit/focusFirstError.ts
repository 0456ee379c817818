const focusable = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"]), button:not([disabled])';

/** Moves focus to the first field in the form that shows an error, in reading order. */
export function focusFirstError(form: HTMLElement | null): void {
  const field = form?.querySelector<HTMLElement>('[data-invalid="true"]');
  if (!field) return;
  const target = field.querySelector<HTMLElement>(focusable) ?? field;
  target.focus();
  target.scrollIntoView?.({ block: 'center' });
}
