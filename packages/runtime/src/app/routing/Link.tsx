import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from './useLocation.js';

/** An ordinary link that navigates inside the app; new-tab and modified clicks behave as usual. */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { readonly href: string }) {
  return (
    <a
      {...rest}
      href={href}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        onClick?.(event);
        if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || rest.target) return;
        event.preventDefault();
        navigate(href);
      }}
    />
  );
}
