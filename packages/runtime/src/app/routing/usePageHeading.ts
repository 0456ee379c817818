import { useEffect } from 'react';

/**
 * Keeps the browser tab named after the page (`Visit report · Formwork`) and, whenever a new page
 * heading (the `h1` in `main`) appears after the first one — a navigation, a sign-in, a submit —
 * moves focus to it when focus has fallen to `<body>` (the link or button that had it is gone);
 * and whenever a focused control is removed from the page (Submit, once the record is in).
 * A screen reader then says where the person is, and Tab goes on from the page's top.
 *
 * The pages load their data themselves and draw their heading when it arrives, so the heading is
 * watched for (a MutationObserver) rather than announced by each page.
 *
 * @example
 * usePageHeading(t('appName'));
 */
export function usePageHeading(appName: string): void {
  useEffect(() => {
    let shown: HTMLElement | null = null;
    let first = true;
    const update = (): void => {
      const heading = document.querySelector<HTMLElement>('main h1');
      const text = heading?.textContent?.trim() ?? '';
      const title = text === '' ? appName : `${text} · ${appName}`;
      if (document.title !== title) document.title = title;
      if (!heading || heading === shown) return;
      shown = heading;
      // The page the visit starts on keeps the browser's own start.
      if (first) {
        first = false;
        return;
      }
      const active = document.activeElement;
      if (active === null || active === document.body) {
        heading.tabIndex = -1;
        heading.focus();
      }
    };
    // A control that goes away while focused (Submit once the record is in, a closed picker's
    // option) drops focus to <body>, even when the heading stays the same element: catch that too.
    // Removing a focused element fires no blur in every browser: remember what had focus instead.
    let focused: Element | null = null;
    const onFocusIn = (event: FocusEvent): void => {
      focused = event.target instanceof Element ? event.target : null;
    };
    const rescue = (): void => {
      if (focused === null || focused.isConnected) return;
      focused = null;
      const heading = document.querySelector<HTMLElement>('main h1');
      const active = document.activeElement;
      if (heading && (active === null || active === document.body)) {
        heading.tabIndex = -1;
        heading.focus();
      }
    };
    update();
    const observer = new MutationObserver(() => {
      update();
      rescue();
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    document.addEventListener('focusin', onFocusIn);
    return () => {
      observer.disconnect();
      document.removeEventListener('focusin', onFocusIn);
    };
  }, [appName]);
}
