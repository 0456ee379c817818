import type { LocalizedText } from '../i18n/Locale.js';
import type { Period } from '../periods/Period.js';
import { pickScheme, type SchemeEntry } from './pickScheme.js';
import type { DepartmentNode, ScoredPerson } from './ScoringInputs.js';

/** Who each scheme scores in a period, and who cannot be scored and why. */
export interface SchemeAssignment {
  /** Person ids by scheme id. */
  readonly bySchemeId: Readonly<Record<string, readonly string[]>>;
  /** People in the scope of no scheme. */
  readonly unassigned: readonly string[];
  readonly conflicts: readonly SchemeConflict[];
}

export interface SchemeConflict {
  readonly personId: string;
  readonly schemeIds: readonly string[];
  readonly message: LocalizedText;
}

/**
 * `pickScheme` for everyone: the server runs each scheme for the people it is given here, and
 * shows the conflicts to an admin instead of scoring anyone twice.
 */
export function assignSchemes(schemes: readonly SchemeEntry[], people: readonly ScoredPerson[], departments: readonly DepartmentNode[], period: Period): SchemeAssignment {
  const bySchemeId: Record<string, string[]> = Object.fromEntries(schemes.map(({ id }) => [id, []]));
  const unassigned: string[] = [];
  const conflicts: SchemeConflict[] = [];
  const titles = new Map(schemes.map(({ id, scheme }) => [id, scheme.title]));
  for (const person of people) {
    const pick = pickScheme(schemes, person, departments, period);
    if (pick.kind === 'picked') bySchemeId[pick.schemeId]?.push(person.id);
    else if (pick.kind === 'none') unassigned.push(person.id);
    else {
      const names = pick.schemeIds.map((id) => `“${titles.get(id) ?? id}”`);
      const who = person.name ?? person.id;
      conflicts.push({
        personId: person.id,
        schemeIds: pick.schemeIds,
        message: {
          'zh-CN': `${who} 同时适用考核方案 ${names.join('、')}，每人每期只能有一个方案，请调整适用范围`,
          en: `${who} falls under the schemes ${names.join(', ').replace(/[“”]/g, '"')}; a person has one scheme per period, so narrow their scopes`,
        },
      });
    }
  }
  return { bySchemeId, unassigned, conflicts };
}
