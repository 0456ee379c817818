import { useEffect, useRef, useState } from 'react';
import type { ComboOption } from './ComboBox.js';

/**
 * Labels for stored ids (member, department and record pickers keep ids, people read names):
 * remembers every option a search returned and asks `describe` for ids it has never seen.
 */
export function useOptionLabels(
  ids: readonly string[],
  describe: ((ids: readonly string[]) => Promise<readonly ComboOption[]>) | undefined,
): { readonly selected: readonly ComboOption[]; readonly remember: (options: readonly ComboOption[]) => void } {
  const known = useRef(new Map<string, ComboOption>());
  const [, setVersion] = useState(0);
  const remember = (options: readonly ComboOption[]): void => {
    for (const option of options) known.current.set(option.value, option);
  };
  const missing = ids.filter((id) => !known.current.has(id));
  const missingKey = missing.join('\u0000');
  useEffect(() => {
    if (missingKey === '' || describe === undefined) return;
    let cancelled = false;
    describe(missingKey.split('\u0000')).then(
      (found) => {
        if (cancelled) return;
        for (const option of found) known.current.set(option.value, option);
        setVersion((v) => v + 1);
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [missingKey, describe]);
  return { selected: ids.map((id) => known.current.get(id) ?? { value: id, label: id }), remember };
}
