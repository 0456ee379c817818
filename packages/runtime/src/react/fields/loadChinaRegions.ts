import { indexChinaRegions, type ChinaRegions } from './ChinaRegions.js';

let pending: Promise<ChinaRegions> | undefined;

/**
 * China's regions, loaded on first use: the data set is ~160 KB, so it is a separate chunk that
 * only forms with an editable address field fetch. Loaded once per page; a failed load (offline)
 * is forgotten so that the next address field tries again.
 */
export function loadChinaRegions(): Promise<ChinaRegions> {
  pending ??= import('@vant/area-data').then(
    ({ areaList }) => indexChinaRegions(areaList),
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}
