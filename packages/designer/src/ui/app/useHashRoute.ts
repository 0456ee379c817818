import { useEffect, useState } from 'react';
import { parseRoute, routeHash, type Route } from './Route.js';

/** The current route and a way to go elsewhere; follows the back and forward buttons. */
export function useHashRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = (): void => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const go = (next: Route): void => {
    window.location.hash = routeHash(next);
    setRoute(next);
  };
  return [route, go];
}
