import { explainPerson } from './explainPerson.js';
import type { ScoreSheet, ScoreSheetData } from './ScoreSheet.js';

/** A sheet with every person's and item's words (see `explainPerson`); a viewer's part of it can be explained alone. */
export function explainScoreSheet(sheet: ScoreSheetData): ScoreSheet {
  return { ...sheet, people: sheet.people.map((person) => explainPerson(person, sheet)) };
}
