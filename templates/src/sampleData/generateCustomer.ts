import { makePersonName } from './chinesePersonName.js';
import { makeCompanyName, type CompanyName, type IndustryKey } from './companyName.js';
import type { Random } from './createRandom.js';
import { jobTitles } from './salesPhrases.js';
import type { City, SalesRegion } from './salesRegions.js';

export type Grade = 'A' | 'B' | 'C';

/** A customer before it is recorded: what its deals and visits need to know about it. */
export interface CustomerDraft {
  readonly company: CompanyName;
  readonly city: City;
  readonly grade: Grade;
  readonly industry: IndustryKey;
  /** The 客户 record's data, without its status (which follows from its deals). */
  readonly data: Record<string, unknown>;
  readonly contacts: readonly Record<string, unknown>[];
  readonly street: string;
}

const industries: readonly (readonly [IndustryKey, number])[] = [
  ['manufacturing', 24], ['it', 16], ['retail', 12], ['healthcare', 8], ['education', 6],
  ['logistics', 9], ['energy', 7], ['construction', 8], ['finance', 6], ['public', 4],
];
const streets = ['人民路', '解放路', '中山路', '建设路', '科技路', '滨江大道', '长江路', '世纪大道', '工业园路', '高新大道'];
const creditCodeCharacters = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/**
 * A customer of a rep in a region: a unique company name (the duplicate check holds), a grade
 * (few A, many C), an industry and source, an address in one of the region's cities, and one to
 * three contacts, one of them primary.
 */
export function generateCustomer(random: Random, region: SalesRegion, owner: { readonly id: string; readonly departmentId: string }, takenNames: Set<string>, takenCodes: Set<string>): CustomerDraft {
  const city = random.pick(region.cities);
  const industry = random.weighted(industries);
  const company = makeCompanyName(random, city, industry, takenNames);
  const grade = random.weighted<Grade>([['A', 15], ['B', 35], ['C', 50]]);
  const street = `${random.pick(streets)}${random.int(1, 999)}号`;
  const data: Record<string, unknown> = {
    f_customer_name: company.name,
    f_grade: grade,
    f_industry: industry,
    f_source: random.weighted([['website', 18], ['exhibition', 14], ['referral', 20], ['cold_call', 22], ['advertising', 8], ['partner', 12], ['existing', 6]]),
    f_region: region.key,
    f_scale: grade === 'A' ? random.pick(['l', 'xl']) : random.pick(['s', 'm', 'm', 'l']),
    f_phone: `${city.areaCode}-${random.int(2, 8)}${String(random.int(0, 9_999_999)).padStart(city.areaCode.length === 3 ? 7 : 6, '0')}`,
    f_address: { province: city.province, city: `${city.name}市`, detail: street },
    f_owner: owner.id,
    f_owner_dept: owner.departmentId,
  };
  if (random.chance(0.6)) data.f_website = `https://www.${company.domain}.com.cn`;
  if (random.chance(0.7)) data.f_credit_code = creditCode(random, takenCodes);

  const contacts = Array.from({ length: random.weighted([[1, 40], [2, 40], [3, 20]]) }, (_, index) => {
    const person = makePersonName(random);
    const [jobTitle, decisionRole] = random.pick(jobTitles);
    const contact: Record<string, unknown> = {
      f_contact_name: person.name,
      f_job_title: jobTitle,
      f_decision_role: decisionRole,
      f_mobile: `1${random.pick(['3', '5', '7', '8', '9'])}${String(random.int(0, 999_999_999)).padStart(9, '0')}`,
      f_primary: index === 0 ? 'yes' : 'no',
      f_owner: owner.id,
    };
    if (random.chance(0.6)) contact.f_email = `${person.pinyin}@${company.domain}.com.cn`;
    if (random.chance(0.5)) contact.f_wechat = `${person.pinyin.replace('.', '_')}${random.int(10, 99)}`;
    return contact;
  });
  return { company, city, grade, industry, data, contacts, street };
}

/** A unified social credit code of the right shape (91 + region + 10), unique among `taken`. */
function creditCode(random: Random, taken: Set<string>): string {
  for (;;) {
    let code = `91${random.int(110_000, 659_999)}`;
    for (let index = 0; index < 10; index += 1) code += creditCodeCharacters[random.int(0, creditCodeCharacters.length - 1)];
    if (!taken.has(code)) {
      taken.add(code);
      return code;
    }
  }
}
