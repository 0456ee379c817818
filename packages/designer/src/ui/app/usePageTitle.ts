import { useEffect, useRef } from 'react';

/**
 * Names the browser tab after the page (`Forms · Formwork Designer`) and, when the page was reached
 * by navigation rather than by loading the document, moves focus to the page's heading, so that a
 * screen-reader user hears where they are instead of focus falling to `<body>`. Returns the ref to
 * put on the heading, which needs `tabIndex={-1}`.
 *
 * @example
 * const heading = usePageTitle(t(m.apps), t(m.productName));
 * return <h2 ref={heading} tabIndex={-1}>{t(m.apps)}</h2>;
 */
export function usePageTitle<T extends HTMLElement = HTMLHeadingElement>(title: string, product: string) {
  const heading = useRef<T | null>(null);
  useEffect(() => {
    document.title = title === '' ? product : `${title} · ${product}`;
  }, [title, product]);
  useEffect(() => {
    // The first page of a visit keeps the browser's own start; a later one takes focus, unless the
    // person is already typing somewhere on it.
    if (!pageShown.value) {
      pageShown.value = true;
      return;
    }
    const active = document.activeElement;
    if (active === null || active === document.body) heading.current?.focus({ preventScroll: false });
  }, []);
  return heading;
}

/** Whether a page of this document has been shown yet (module state: one document, one visit). */
const pageShown = { value: false };
