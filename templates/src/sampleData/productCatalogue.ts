/** The sample company's price list (the CRM's 产品 form). */
export type ProductLine = 'platform' | 'hardware' | 'service' | 'cloud';

export interface Product {
  readonly name: string;
  readonly code: string;
  readonly line: ProductLine;
  /** Yuan. */
  readonly listPrice: number;
  readonly unit: string;
  /** How many a typical order holds. */
  readonly quantity: readonly [number, number];
}

const product = (name: string, code: string, line: ProductLine, listPrice: number, unit: string, quantity: readonly [number, number]): Product => ({ name, code, line, listPrice, unit, quantity });

export const productCatalogue: readonly Product[] = [
  product('协同办公平台 标准版', 'PLT-001', 'platform', 68_000, '套', [1, 1]),
  product('企业 ERP 套件', 'PLT-002', 'platform', 180_000, '套', [1, 1]),
  product('CRM 客户管理系统', 'PLT-003', 'platform', 96_000, '套', [1, 1]),
  product('数据分析平台', 'PLT-004', 'platform', 120_000, '套', [1, 1]),
  product('智能考勤终端', 'HW-001', 'hardware', 2_800, '台', [10, 80]),
  product('门店收银一体机', 'HW-002', 'hardware', 6_500, '台', [5, 40]),
  product('工业数据采集网关', 'HW-003', 'hardware', 12_000, '台', [4, 30]),
  product('智能会议平板', 'HW-004', 'hardware', 18_000, '台', [2, 12]),
  product('实施服务', 'SVC-001', 'service', 2_500, '人天', [10, 80]),
  product('定制开发', 'SVC-002', 'service', 3_000, '人天', [10, 60]),
  product('年度运维', 'SVC-003', 'service', 36_000, '年', [1, 3]),
  product('培训服务', 'SVC-004', 'service', 8_000, '次', [1, 4]),
  product('云办公订阅（50 用户）', 'CLD-001', 'cloud', 30_000, '年', [1, 6]),
  product('云存储扩容 1TB', 'CLD-002', 'cloud', 4_800, '年', [1, 10]),
  product('数据备份服务', 'CLD-003', 'cloud', 12_000, '年', [1, 3]),
];

/** What a deal of each product line is called, after the customer's short name. */
export const projectNames: Readonly<Record<ProductLine, readonly string[]>> = {
  platform: ['ERP 升级项目', '数字化办公平台', 'CRM 系统建设', '经营分析平台', '协同办公一期'],
  hardware: ['门店设备更新', '智能考勤改造', '产线数据采集', '会议室智能化'],
  service: ['系统实施服务', '年度运维外包', '数据迁移项目', '定制开发二期'],
  cloud: ['云办公订阅', '云存储扩容', '数据备份上云'],
};
