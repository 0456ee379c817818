import type { DocumentKindRules } from '../documents/DocumentKindRules.js';
import { dashboardNoun, requireValidDashboardSchema } from './checkDashboardSchema.js';

/** Dashboards as the shared versioned-document routes handle them: checked by the engine's parser and against the app's forms. */
export const dashboardRules: DocumentKindRules = { kind: 'dashboard', noun: dashboardNoun, check: requireValidDashboardSchema };
