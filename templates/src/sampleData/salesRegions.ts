/** The three sales regions of the sample company, and the cities their customers sit in. */
export type RegionKey = 'east' | 'south' | 'north';

export interface City {
  readonly name: string;
  readonly province: string;
  /** Landline area code, with its leading 0. */
  readonly areaCode: string;
  readonly lat: number;
  readonly lng: number;
}

export interface SalesRegion {
  readonly key: RegionKey;
  /** The region's department, e.g. 华东大区. */
  readonly departmentName: string;
  /** The region's share of the company target. */
  readonly targetShare: number;
  readonly reps: number;
  readonly cities: readonly City[];
}

const city = (name: string, province: string, areaCode: string, lat: number, lng: number): City => ({ name, province, areaCode, lat, lng });

export const salesRegions: readonly SalesRegion[] = [
  {
    key: 'east',
    departmentName: '华东大区',
    targetShare: 0.4,
    reps: 8,
    cities: [
      city('上海', '上海市', '021', 31.23, 121.47),
      city('杭州', '浙江省', '0571', 30.27, 120.15),
      city('南京', '江苏省', '025', 32.06, 118.8),
      city('苏州', '江苏省', '0512', 31.3, 120.58),
      city('宁波', '浙江省', '0574', 29.87, 121.55),
      city('无锡', '江苏省', '0510', 31.49, 120.31),
      city('合肥', '安徽省', '0551', 31.82, 117.23),
      city('温州', '浙江省', '0577', 28.0, 120.7),
    ],
  },
  {
    key: 'south',
    departmentName: '华南大区',
    targetShare: 0.32,
    reps: 6,
    cities: [
      city('广州', '广东省', '020', 23.13, 113.26),
      city('深圳', '广东省', '0755', 22.54, 114.06),
      city('东莞', '广东省', '0769', 23.02, 113.75),
      city('佛山', '广东省', '0757', 23.02, 113.12),
      city('厦门', '福建省', '0592', 24.48, 118.09),
      city('福州', '福建省', '0591', 26.07, 119.3),
      city('珠海', '广东省', '0756', 22.27, 113.58),
      city('南宁', '广西壮族自治区', '0771', 22.82, 108.37),
    ],
  },
  {
    key: 'north',
    departmentName: '华北大区',
    targetShare: 0.28,
    reps: 6,
    cities: [
      city('北京', '北京市', '010', 39.9, 116.41),
      city('天津', '天津市', '022', 39.13, 117.2),
      city('石家庄', '河北省', '0311', 38.04, 114.51),
      city('济南', '山东省', '0531', 36.65, 117.12),
      city('青岛', '山东省', '0532', 36.07, 120.38),
      city('太原', '山西省', '0351', 37.87, 112.55),
      city('唐山', '河北省', '0315', 39.63, 118.18),
      city('大连', '辽宁省', '0411', 38.91, 121.6),
    ],
  },
];
