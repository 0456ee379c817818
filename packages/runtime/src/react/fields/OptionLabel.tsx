import type { ChoiceOption } from '../../engine/index.js';

/** An option's text, with its colour dot when the designer gave it one. */
export function OptionLabel({ option }: { readonly option: ChoiceOption }) {
  return (
    <span className="fw-option">
      {option.color !== undefined && <span className="fw-option__dot" style={{ background: option.color }} aria-hidden="true" />}
      {option.label}
    </span>
  );
}
