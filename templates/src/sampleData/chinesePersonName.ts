import type { Random } from './createRandom.js';

/** A person's name and its pinyin (for usernames and e-mail addresses). */
export interface PersonName {
  readonly name: string;
  /** E.g. `zhang.wei`. */
  readonly pinyin: string;
}

// The commonest surnames, roughly in order of frequency, so common ones come up more often.
const surnames: readonly (readonly [string, string])[] = [
  ['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['黄', 'huang'], ['赵', 'zhao'],
  ['吴', 'wu'], ['周', 'zhou'], ['徐', 'xu'], ['孙', 'sun'], ['马', 'ma'], ['朱', 'zhu'], ['胡', 'hu'], ['郭', 'guo'],
  ['何', 'he'], ['林', 'lin'], ['罗', 'luo'], ['高', 'gao'], ['郑', 'zheng'], ['梁', 'liang'], ['谢', 'xie'], ['宋', 'song'],
  ['唐', 'tang'], ['韩', 'han'], ['冯', 'feng'], ['邓', 'deng'], ['曹', 'cao'], ['彭', 'peng'], ['曾', 'zeng'], ['萧', 'xiao'],
];

const givenNames: readonly (readonly [string, string])[] = [
  ['伟', 'wei'], ['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['磊', 'lei'], ['强', 'qiang'], ['洋', 'yang'],
  ['艳', 'yan'], ['勇', 'yong'], ['军', 'jun'], ['杰', 'jie'], ['涛', 'tao'], ['超', 'chao'], ['明', 'ming'], ['霞', 'xia'],
  ['秀英', 'xiuying'], ['海燕', 'haiyan'], ['建华', 'jianhua'], ['志强', 'zhiqiang'], ['晓东', 'xiaodong'], ['丽华', 'lihua'],
  ['文博', 'wenbo'], ['子涵', 'zihan'], ['思远', 'siyuan'], ['雨桐', 'yutong'], ['浩然', 'haoran'], ['佳怡', 'jiayi'],
  ['俊杰', 'junjie'], ['欣怡', 'xinyi'], ['国庆', 'guoqing'], ['春梅', 'chunmei'], ['立新', 'lixin'], ['晓燕', 'xiaoyan'],
  ['宇航', 'yuhang'], ['梦琪', 'mengqi'], ['振华', 'zhenhua'], ['雪', 'xue'], ['鹏', 'peng'], ['婷', 'ting'],
];

/**
 * A believable Chinese name: a common surname and a one- or two-character given name.
 *
 * @example
 * makePersonName(random) // { name: '张伟', pinyin: 'zhang.wei' }
 */
export function makePersonName(random: Random): PersonName {
  const index = Math.min(Math.floor(random.next() ** 1.6 * surnames.length), surnames.length - 1);
  const [surname, surnamePinyin] = surnames[index] ?? ['王', 'wang'];
  const [given, givenPinyin] = random.pick(givenNames);
  return { name: `${surname}${given}`, pinyin: `${surnamePinyin}.${givenPinyin}` };
}
