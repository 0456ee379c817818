import { useEffect, useState } from 'react';
import type { ChinaRegions } from './ChinaRegions.js';
import { loadChinaRegions } from './loadChinaRegions.js';

export type ChinaRegionsState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly regions: ChinaRegions }
  | { readonly status: 'failed' }
  | { readonly status: 'idle' };

/** Loads China's regions when `wanted` (an editable address), or stays idle (read-only). */
export function useChinaRegions(wanted: boolean): ChinaRegionsState {
  const [state, setState] = useState<ChinaRegionsState>(wanted ? { status: 'loading' } : { status: 'idle' });
  useEffect(() => {
    if (!wanted) return;
    let cancelled = false;
    setState((current) => (current.status === 'ready' ? current : { status: 'loading' }));
    loadChinaRegions().then(
      (regions) => !cancelled && setState({ status: 'ready', regions }),
      () => !cancelled && setState({ status: 'failed' }),
    );
    return () => {
      cancelled = true;
    };
  }, [wanted]);
  return wanted ? state : { status: 'idle' };
}
