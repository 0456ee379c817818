import type { ReactNode } from 'react';

/**
 * A "skip to…" link, hidden until focused: the first Tab stop of the page. The designer routes by
 * hash, so following `#id` would change the page: the link moves focus to the target instead
 * (which needs `tabIndex={-1}`) and keeps the route.
 */
export function SkipLink({ target, children }: { readonly target: string; readonly children: ReactNode }) {
  return (
    <a
      className="fw-skip-link"
      href={`#${target}`}
      onClick={(event) => {
        event.preventDefault();
        const element = document.getElementById(target);
        element?.focus();
        element?.scrollIntoView?.({ block: 'start' });
      }}
    >
      {children}
    </a>
  );
}
