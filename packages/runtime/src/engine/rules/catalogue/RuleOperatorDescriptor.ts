import type { LocalizedText } from '../../i18n/Locale.js';
import type { RuleLogic } from '../RuleLogic.js';

/** The formula editor's tabs. */
export type RuleOperatorGroup = 'date' | 'number' | 'text' | 'aggregate' | 'logic' | 'list';

/** What kind of value an argument takes or an operator gives, for the formula editor's hints. */
export type RuleValueKind = 'any' | 'boolean' | 'number' | 'text' | 'date' | 'datetime' | 'list' | 'rows' | 'column' | 'rule';

export interface RuleOperatorParameter {
  readonly name: string;
  readonly description: LocalizedText;
  readonly kind: RuleValueKind;
  readonly optional?: boolean;
  /** The parameter may be given any number of times (as the last one). */
  readonly repeatable?: boolean;
  /** The words the argument may be (units, date parts). */
  readonly choices?: readonly string[];
}

/** One operator as the designer's formula editor presents it. */
export interface RuleOperatorDescriptor {
  readonly name: string;
  readonly group: RuleOperatorGroup;
  readonly args: readonly RuleOperatorParameter[];
  readonly returns: RuleValueKind;
  readonly description: LocalizedText;
  readonly example: RuleLogic;
  /** True for JSON Logic's own operators, false for Formwork's form operators. */
  readonly standard: boolean;
}

/** Shorthand for a parameter in the catalogue's tables. */
export function parameter(
  name: string,
  kind: RuleValueKind,
  zh: string,
  en: string,
  extra: Omit<RuleOperatorParameter, 'name' | 'kind' | 'description'> = {},
): RuleOperatorParameter {
  return { name, kind, description: { 'zh-CN': zh, en }, ...extra };
}
