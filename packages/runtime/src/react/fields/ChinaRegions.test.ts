import { describe, expect, it } from 'vitest';
import { indexChinaRegions } from './ChinaRegions.js';

// A small list in the data set's shape, keys deliberately out of order.
const regions = indexChinaRegions({
  province_list: { '440000': '广东省', '110000': '北京市' },
  city_list: { '440300': '深圳市', '440100': '广州市', '110100': '北京市' },
  county_list: { '440305': '南山区', '440106': '天河区', '110105': '朝阳区', '440304': '福田区' },
});

describe('indexChinaRegions', () => {
  it('lists provinces in code order', () => {
    expect(regions.provinces).toEqual(['北京市', '广东省']);
  });

  it('finds cities by the province code prefix', () => {
    expect(regions.citiesOf('广东省')).toEqual(['广州市', '深圳市']);
    expect(regions.citiesOf('北京市')).toEqual(['北京市']);
  });

  it('finds districts by the city code prefix, within the named province', () => {
    expect(regions.districtsOf('广东省', '深圳市')).toEqual(['福田区', '南山区']);
    expect(regions.districtsOf('北京市', '北京市')).toEqual(['朝阳区']);
    expect(regions.districtsOf('北京市', '深圳市')).toEqual([]);
  });

  it('answers unknown names with empty lists', () => {
    expect(regions.citiesOf('广东')).toEqual([]);
    expect(regions.citiesOf('__proto__')).toEqual([]);
    expect(regions.districtsOf('广东省', '老城区')).toEqual([]);
  });
});
