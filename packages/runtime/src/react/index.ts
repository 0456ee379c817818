/**
 * @formwork/runtime/react — the form renderer and its field controls. React-only; the rules,
 * validation and visibility all come from the engine's FormSession.
 */
export { FormRenderer, type FormRendererProps, type FormRendererOptions, type FormSource } from './FormRenderer.js';
export type { FormServices, MemberOption, DepartmentOption, RecordOption, RecordSearch, UploadOptions } from './FormServices.js';
export type { SubmitOutcome, SubmitHandler, ServerFieldError } from './submit/SubmitOutcome.js';
export { createIdempotencyKey } from './submit/createIdempotencyKey.js';
export { draftKey, createWebDraftStorage, type DraftStorage, type StoredDraft } from './drafts/DraftStorage.js';
export { fieldControls, type FieldControlRegistry, type FieldControlEntry, type ControlFieldType } from './fields/fieldControls.js';
export type { FieldControlProps } from './fields/FieldControlProps.js';
export { sanitizeRichText } from './fields/sanitizeRichText.js';
export { localizeUserText } from './i18n/localizeUserText.js';
export { formatMessage, rendererMessages } from './i18n/rendererMessages.js';
