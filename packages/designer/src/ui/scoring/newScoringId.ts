/** The route id of a scheme not saved yet (`#/apps/:appId/scorings/new`); stored ids start with `sco_`. */
export const newScoringId = 'new';
