/**
 * @formwork/runtime — the React-free engine shared by the designer, the renderer and the server.
 * Each area appends its own exports below; keep one block per area.
 */

// i18n
export * from './i18n/Locale.js';

// documents
export type * from './documents/DocumentIssue.js';
export * from './documents/form/FormSchema.js';

// rules
export type * from './rules/RuleLogic.js';

// form state and validation
export type * from './form/CompiledForm.js';
