import type { PostgresMigration } from '../PostgresMigration.js';
import { init } from './0001_init.js';
import { leases } from './0002_leases.js';
import { recordWriteStamps } from './0005_record_write_stamps.js';
import { scoreRuns } from './0006_score_runs.js';
import { documents } from './0003_documents.js';
import { flows } from './0004_flows.js';
import { orgRoles } from './0007_org_roles.js';
import { scoreConfirmationNotes } from './0008_score_confirmation_notes.js';
import { changeApprovers } from './0009_change_approvers.js';
import { flowPurposes } from './0010_flow_purposes.js';
import { appOrigins } from './0011_app_origins.js';
import { appColors } from './0012_app_colors.js';
import { scoreRunText } from './0013_score_run_text.js';
import { appQuickForms } from './0014_app_quick_forms.js';

/**
 * Every PostgreSQL migration, in order. Append new ones here. The numbers are PostgreSQL's own:
 * 0001 is SQLite's 0001–0008, and from then on each schema change is one migration in each dialect.
 */
export const postgresMigrations: readonly PostgresMigration[] = [init, leases, documents, flows, recordWriteStamps, scoreRuns, orgRoles, scoreConfirmationNotes, changeApprovers, flowPurposes, appOrigins, appColors, scoreRunText, appQuickForms];
