/** The official 省/市/区县 lists in `@vant/area-data`'s shape: 6-digit code → name. */
export interface AreaList {
  readonly province_list: Readonly<Record<string, string>>;
  readonly city_list: Readonly<Record<string, string>>;
  readonly county_list: Readonly<Record<string, string>>;
}

/**
 * China's regions looked up by name, the way addresses are stored. Unknown names (an old record,
 * a typo) give an empty list rather than an error: the stored text still shows as it is.
 */
export interface ChinaRegions {
  readonly provinces: readonly string[];
  /** The cities of a province; a municipality (北京市) has one, named like the province. */
  citiesOf(province: string): readonly string[];
  /** The districts and counties of a city of that province. */
  districtsOf(province: string, city: string): readonly string[];
}

/**
 * Indexes an area list by name. Codes nest by prefix: a city shares its province's first 2 digits
 * (`110000` → `110100`), a county its city's first 4 (`110100` → `110105`). Lists keep code order,
 * which is the official order.
 *
 * @example
 * const regions = indexChinaRegions(areaList);
 * regions.citiesOf('北京市'); // ['北京市']
 * regions.districtsOf('广东省', '深圳市'); // ['罗湖区', '福田区', …]
 */
export function indexChinaRegions(areaList: AreaList): ChinaRegions {
  const provinceCodes = new Map<string, string>();
  for (const [code, name] of sortedEntries(areaList.province_list)) provinceCodes.set(name, code.slice(0, 2));
  const cities = groupByPrefix(areaList.city_list, 2);
  const counties = groupByPrefix(areaList.county_list, 4);
  const cityPrefix = (province: string, city: string): string | undefined => {
    const prefix = provinceCodes.get(province);
    return prefix === undefined ? undefined : cities.get(prefix)?.find((entry) => entry.name === city)?.prefix;
  };
  return {
    provinces: [...provinceCodes.keys()],
    citiesOf: (province) => {
      const prefix = provinceCodes.get(province);
      return prefix === undefined ? [] : (cities.get(prefix)?.map((entry) => entry.name) ?? []);
    },
    districtsOf: (province, city) => {
      const prefix = cityPrefix(province, city);
      return prefix === undefined ? [] : (counties.get(prefix)?.map((entry) => entry.name) ?? []);
    },
  };
}

interface Entry {
  /** The code's first 4 digits: the prefix this entry's children share. */
  readonly prefix: string;
  readonly name: string;
}

function groupByPrefix(list: Readonly<Record<string, string>>, length: number): Map<string, Entry[]> {
  const groups = new Map<string, Entry[]>();
  for (const [code, name] of sortedEntries(list)) {
    const key = code.slice(0, length);
    const group = groups.get(key) ?? [];
    if (!group.some((entry) => entry.name === name)) group.push({ prefix: code.slice(0, 4), name });
    groups.set(key, group);
  }
  return groups;
}

function sortedEntries(list: Readonly<Record<string, string>>): [string, string][] {
  // Object.entries reads own keys only, so a `__proto__` code in the data is just a string here.
  return Object.entries(list).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
