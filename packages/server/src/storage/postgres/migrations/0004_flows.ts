import type { PostgresMigration } from '../PostgresMigration.js';

/**
 * Workflow runtime (issue #12), as SQLite's 0011_flows (whose comment explains the tables): times
 * in BIGINT, text `COLLATE "C"`, the log's `seq` an identity, JSON as checked TEXT, the box CHECKs
 * with IS NOT DISTINCT FROM, and the log's append-only triggers calling `formwork_refuse`.
 */
export const flows: PostgresMigration = {
  version: 4,
  name: 'flows',
  up: `
CREATE TABLE flow_instances (
  id TEXT COLLATE "C" PRIMARY KEY,
  record_id TEXT COLLATE "C" NOT NULL REFERENCES records(id) ON DELETE RESTRICT,
  form_id TEXT COLLATE "C" NOT NULL REFERENCES forms(id) ON DELETE RESTRICT,
  workflow_version INTEGER NOT NULL CHECK (workflow_version >= 1),
  initiator_id TEXT COLLATE "C" NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
  status TEXT COLLATE "C" NOT NULL CHECK (status IN ('in_progress', 'completed', 'rejected', 'ended', 'withdrawn')),
  revision INTEGER NOT NULL CHECK (revision >= 0),
  state TEXT COLLATE "C" NOT NULL CHECK (state::json IS NOT NULL),
  flow_state TEXT COLLATE "C" NOT NULL CHECK (flow_state::json IS NOT NULL),
  started_at BIGINT NOT NULL,
  finished_at BIGINT,
  updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX flow_instances_live ON flow_instances(record_id) WHERE status = 'in_progress';
CREATE INDEX flow_instances_record ON flow_instances(record_id, started_at);
CREATE INDEX flow_instances_initiator ON flow_instances(initiator_id, started_at, id);
CREATE INDEX flow_instances_initiator_form ON flow_instances(initiator_id, form_id, started_at, id);

CREATE TABLE flow_tasks (
  id TEXT COLLATE "C" PRIMARY KEY,
  instance_id TEXT COLLATE "C" NOT NULL REFERENCES flow_instances(id) ON DELETE RESTRICT,
  record_id TEXT COLLATE "C" NOT NULL REFERENCES records(id) ON DELETE RESTRICT,
  form_id TEXT COLLATE "C" NOT NULL REFERENCES forms(id) ON DELETE RESTRICT,
  node_id TEXT COLLATE "C" NOT NULL,
  kind TEXT COLLATE "C" NOT NULL CHECK (kind IN ('approve', 'submit', 'cc')),
  assignee_id TEXT COLLATE "C" NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
  state TEXT COLLATE "C" NOT NULL CHECK (state IN ('open', 'waiting', 'done', 'cancelled')),
  outcome TEXT COLLATE "C",
  opened_at BIGINT NOT NULL,
  closed_at BIGINT,
  closed_by TEXT COLLATE "C" REFERENCES users(id) ON DELETE RESTRICT,
  box TEXT COLLATE "C" CHECK (box IS NOT DISTINCT FROM CASE WHEN kind = 'cc' THEN 'cc' WHEN state = 'open' THEN 'todo' WHEN state = 'done' THEN 'done' END),
  box_at BIGINT CHECK (box_at IS NOT DISTINCT FROM CASE WHEN kind = 'cc' OR state = 'open' THEN opened_at WHEN state = 'done' THEN closed_at END)
);
CREATE INDEX flow_tasks_inbox ON flow_tasks(assignee_id, box, box_at, id);
CREATE INDEX flow_tasks_inbox_form ON flow_tasks(assignee_id, box, form_id, box_at, id);
CREATE INDEX flow_tasks_instance ON flow_tasks(instance_id, opened_at);
CREATE INDEX flow_tasks_record ON flow_tasks(record_id, assignee_id);

CREATE TABLE flow_log (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  instance_id TEXT COLLATE "C" NOT NULL REFERENCES flow_instances(id) ON DELETE RESTRICT,
  record_id TEXT COLLATE "C" NOT NULL REFERENCES records(id) ON DELETE RESTRICT,
  entry_seq INTEGER NOT NULL,
  at BIGINT NOT NULL,
  action TEXT COLLATE "C" NOT NULL,
  actor_id TEXT COLLATE "C" REFERENCES users(id) ON DELETE RESTRICT,
  node_id TEXT COLLATE "C",
  task_id TEXT COLLATE "C",
  comment TEXT COLLATE "C",
  signature_file_id TEXT COLLATE "C",
  users TEXT COLLATE "C" NOT NULL CHECK (users::json IS NOT NULL),
  target_node_id TEXT COLLATE "C",
  reason TEXT COLLATE "C" CHECK (reason IS NULL OR reason::json IS NOT NULL),
  UNIQUE (instance_id, entry_seq)
);
CREATE INDEX flow_log_record ON flow_log(record_id, seq);
CREATE TRIGGER flow_log_immutable BEFORE UPDATE ON flow_log
  FOR EACH ROW EXECUTE FUNCTION formwork_refuse('the workflow log is append-only');
CREATE TRIGGER flow_log_undeletable BEFORE DELETE ON flow_log
  FOR EACH ROW EXECUTE FUNCTION formwork_refuse('the workflow log is never deleted');

CREATE TABLE flow_timers (
  id TEXT COLLATE "C" PRIMARY KEY,
  instance_id TEXT COLLATE "C" NOT NULL REFERENCES flow_instances(id) ON DELETE RESTRICT,
  record_id TEXT COLLATE "C" NOT NULL REFERENCES records(id) ON DELETE RESTRICT,
  visit_id TEXT COLLATE "C" NOT NULL,
  node_id TEXT COLLATE "C" NOT NULL,
  kind TEXT COLLATE "C" NOT NULL CHECK (kind IN ('remind', 'autoApprove', 'autoReturn')),
  due_at BIGINT NOT NULL,
  claimed_until BIGINT
);
CREATE INDEX flow_timers_due ON flow_timers(due_at);
CREATE INDEX flow_timers_instance ON flow_timers(instance_id, due_at);

CREATE TABLE flow_notifications (
  id TEXT COLLATE "C" PRIMARY KEY,
  user_id TEXT COLLATE "C" NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
  kind TEXT COLLATE "C" NOT NULL CHECK (kind IN ('task', 'returned', 'cc', 'urge', 'remind', 'finished')),
  record_id TEXT COLLATE "C" NOT NULL REFERENCES records(id) ON DELETE RESTRICT,
  form_id TEXT COLLATE "C" NOT NULL REFERENCES forms(id) ON DELETE RESTRICT,
  instance_id TEXT COLLATE "C" NOT NULL REFERENCES flow_instances(id) ON DELETE RESTRICT,
  task_id TEXT COLLATE "C",
  node_id TEXT COLLATE "C",
  status TEXT COLLATE "C",
  message TEXT COLLATE "C" CHECK (message IS NULL OR message::json IS NOT NULL),
  created_at BIGINT NOT NULL,
  read_at BIGINT,
  drained_at BIGINT
);
CREATE INDEX flow_notifications_user ON flow_notifications(user_id, created_at, id);
CREATE INDEX flow_notifications_unread ON flow_notifications(user_id, created_at, id) WHERE read_at IS NULL;
CREATE INDEX flow_notifications_outbox ON flow_notifications(created_at, id) WHERE drained_at IS NULL;
`,
};
