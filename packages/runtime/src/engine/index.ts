/**
 * @formwork/runtime — the React-free engine shared by the designer, the renderer and the server.
 * Each area appends its own exports below; keep one block per area.
 */

// i18n
export * from './i18n/Locale.js';

// documents
export * from './documents/index.js';
export * from './fields/index.js';

// rules
export type * from './rules/RuleLogic.js';
export * from './rules/index.js';

// form state and validation
export * from './form/index.js';

// dashboard widget data
export * from './dashboard/index.js';

// workflow state machine
export * from './workflow/index.js';

// periods
export * from './periods/index.js';

// KPI scoring
export * from './scoring/index.js';

// targets
export * from './targets/index.js';
