import type { Migration } from '../Migration.js';
import { init } from './0001_init.js';
import { records } from './0002_records.js';
import { creationStamps } from './0003_creation_stamps.js';
import { housekeeping } from './0004_housekeeping.js';
import { changeReasons } from './0005_change_reasons.js';
import { archivedForms } from './0006_archived_forms.js';
import { loginAttempts } from './0007_login_attempts.js';
import { publicLinks } from './0008_public_links.js';
import { leases } from './0009_leases.js';
import { recordWriteStamps } from './0012_record_write_stamps.js';
import { scoreRuns } from './0013_score_runs.js';
import { documents } from './0010_documents.js';
import { flows } from './0011_flows.js';
import { orgRoles } from './0014_org_roles.js';
import { scoreConfirmationNotes } from './0015_score_confirmation_notes.js';
import { changeApprovers } from './0016_change_approvers.js';
import { flowPurposes } from './0017_flow_purposes.js';
import { appOrigins } from './0018_app_origins.js';
import { appColors } from './0019_app_colors.js';
import { scoreRunText } from './0020_score_run_text.js';
import { appQuickForms } from './0021_app_quick_forms.js';

/** Every migration, in order. Append new ones here. */
export const migrations: readonly Migration[] = [init, records, creationStamps, housekeeping, changeReasons, archivedForms, loginAttempts, publicLinks, leases, documents, flows, recordWriteStamps, scoreRuns, orgRoles, scoreConfirmationNotes, changeApprovers, flowPurposes, appOrigins, appColors, scoreRunText, appQuickForms];
