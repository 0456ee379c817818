import type { Random } from './createRandom.js';
import type { City } from './salesRegions.js';

export type IndustryKey = 'manufacturing' | 'it' | 'finance' | 'retail' | 'healthcare' | 'education' | 'logistics' | 'energy' | 'construction' | 'public';

/** A generated company: its registered name and the pieces other records reuse. */
export interface CompanyName {
  /** The registered name, e.g. 杭州恒远科技有限公司. */
  readonly name: string;
  /** What people call it, e.g. 恒远科技. */
  readonly shortName: string;
  /** Pinyin of the trade name (字号), for web and e-mail domains, e.g. `hengyuan`. */
  readonly domain: string;
}

// A trade name (字号) is two auspicious characters; pairing the two lists gives 900 of them.
const firstCharacters: readonly (readonly [string, string])[] = [
  ['恒', 'heng'], ['华', 'hua'], ['天', 'tian'], ['鼎', 'ding'], ['博', 'bo'], ['嘉', 'jia'], ['宏', 'hong'], ['睿', 'rui'],
  ['中', 'zhong'], ['新', 'xin'], ['东', 'dong'], ['瑞', 'rui'], ['金', 'jin'], ['联', 'lian'], ['汇', 'hui'], ['安', 'an'],
  ['鸿', 'hong'], ['志', 'zhi'], ['卓', 'zhuo'], ['开', 'kai'], ['万', 'wan'], ['盛', 'sheng'], ['永', 'yong'], ['明', 'ming'],
  ['星', 'xing'], ['海', 'hai'], ['凯', 'kai'], ['同', 'tong'], ['智', 'zhi'], ['泰', 'tai'],
];
const secondCharacters: readonly (readonly [string, string])[] = [
  ['远', 'yuan'], ['瑞', 'rui'], ['成', 'cheng'], ['盛', 'sheng'], ['通', 'tong'], ['禾', 'he'], ['达', 'da'], ['信', 'xin'],
  ['正', 'zheng'], ['元', 'yuan'], ['方', 'fang'], ['丰', 'feng'], ['桥', 'qiao'], ['创', 'chuang'], ['源', 'yuan'], ['泰', 'tai'],
  ['运', 'yun'], ['诚', 'cheng'], ['越', 'yue'], ['辉', 'hui'], ['隆', 'long'], ['鑫', 'xin'], ['宇', 'yu'], ['航', 'hang'],
  ['川', 'chuan'], ['佳', 'jia'], ['润', 'run'], ['晟', 'sheng'], ['德', 'de'], ['邦', 'bang'],
];

/** What a company of each industry puts after its trade name. */
const industryTerms: Readonly<Record<IndustryKey, readonly string[]>> = {
  manufacturing: ['精密机械', '智能制造', '电子', '汽车零部件', '新材料', '机电设备'],
  it: ['科技', '信息技术', '网络科技', '软件', '数据科技'],
  finance: ['融资租赁', '投资管理', '保险代理'],
  retail: ['商贸', '食品', '连锁', '日化'],
  healthcare: ['医疗器械', '生物科技', '医药'],
  education: ['教育科技', '职业培训'],
  logistics: ['物流', '供应链管理', '国际货运'],
  energy: ['新能源', '化工', '环保科技'],
  construction: ['建设工程', '置业', '建材'],
  public: ['城市建设投资', '水务', '公用事业'],
};

/**
 * A believable registered company name: city + trade name + industry term + legal form, unique
 * among the names already `taken` (which it adds to).
 *
 * @example
 * makeCompanyName(random, hangzhou, 'it', taken).name // '杭州恒远科技有限公司'
 */
export function makeCompanyName(random: Random, city: City, industry: IndustryKey, taken: Set<string>): CompanyName {
  for (let attempt = 0; ; attempt += 1) {
    const [first, firstPinyin] = random.pick(firstCharacters);
    const [second, secondPinyin] = random.pick(secondCharacters);
    if (first === second) continue;
    const term = random.pick(industryTerms[industry]);
    const form = industry === 'public' ? '集团有限公司' : random.weighted<string>([['有限公司', 80], ['股份有限公司', 15], ['集团有限公司', 5]]);
    // After many clashes (a very large sample) a branch office keeps names unique and believable.
    const branch = attempt < 20 ? '' : `（第${attempt - 19}分公司）`;
    const name = `${city.name}${first}${second}${term}${form}${branch}`;
    if (taken.has(name)) continue;
    taken.add(name);
    return { name, shortName: `${first}${second}${term}`, domain: `${firstPinyin}${secondPinyin}` };
  }
}
