import type { Migration } from '../Migration.js';

/**
 * Workflow runtime (issue #12): instances, the inbox's tasks, the log, timers and notifications.
 * A transition writes all of them in one transaction (`FlowInstanceStore` and its siblings).
 *
 * - `flow_instances.state` is the engine's `WorkflowInstance` as JSON, never queried; what is
 *   queried or constrained is in columns. `flow_instances_live` allows one in-progress instance
 *   per record; `revision` is the compare-and-set of concurrent transitions.
 * - `flow_tasks.box` / `box_at` place a task in an inbox box and order it there; the CHECKs tie
 *   them to kind, state and times, so they can never disagree with the row. `flow_tasks_inbox`
 *   serves each box's pages and counts, `flow_tasks_inbox_form` the same with a form filter.
 * - `flow_log` is append-only (triggers, as for form versions); records are only ever deleted
 *   softly, so a record's log stays. `signature_file_id` has no foreign key: the file's life is the
 *   files table's business (the signing route marks it attached).
 * - `flow_timers.claimed_until`: a claim that lapses (its scheduler died) hands the timer out again.
 * - `flow_notifications.drained_at`: set when an outbox sender takes the notification.
 */
export const flows: Migration = {
  version: 11,
  name: 'flows',
  up: `
CREATE TABLE flow_instances (
  id TEXT PRIMARY KEY,
  record_id TEXT NOT NULL REFERENCES records(id) ON DELETE RESTRICT,
  form_id TEXT NOT NULL REFERENCES forms(id) ON DELETE RESTRICT,
  workflow_version INTEGER NOT NULL CHECK (workflow_version >= 1),
  initiator_id TEXT NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
  status TEXT NOT NULL CHECK (status IN ('in_progress', 'completed', 'rejected', 'ended', 'withdrawn')),
  revision INTEGER NOT NULL CHECK (revision >= 0),
  state TEXT NOT NULL CHECK (json_valid(state)),
  flow_state TEXT NOT NULL CHECK (json_valid(flow_state)),
  started_at INTEGER NOT NULL,
  finished_at INTEGER,
  updated_at INTEGER NOT NULL
) STRICT;
CREATE UNIQUE INDEX flow_instances_live ON flow_instances(record_id) WHERE status = 'in_progress';
CREATE INDEX flow_instances_record ON flow_instances(record_id, started_at);
CREATE INDEX flow_instances_initiator ON flow_instances(initiator_id, started_at, id);
CREATE INDEX flow_instances_initiator_form ON flow_instances(initiator_id, form_id, started_at, id);

CREATE TABLE flow_tasks (
  id TEXT PRIMARY KEY,
  instance_id TEXT NOT NULL REFERENCES flow_instances(id) ON DELETE RESTRICT,
  record_id TEXT NOT NULL REFERENCES records(id) ON DELETE RESTRICT,
  form_id TEXT NOT NULL REFERENCES forms(id) ON DELETE RESTRICT,
  node_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('approve', 'submit', 'cc')),
  assignee_id TEXT NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
  state TEXT NOT NULL CHECK (state IN ('open', 'waiting', 'done', 'cancelled')),
  outcome TEXT,
  opened_at INTEGER NOT NULL,
  closed_at INTEGER,
  closed_by TEXT REFERENCES users(id) ON DELETE RESTRICT,
  box TEXT CHECK (box IS CASE WHEN kind = 'cc' THEN 'cc' WHEN state = 'open' THEN 'todo' WHEN state = 'done' THEN 'done' END),
  box_at INTEGER CHECK (box_at IS CASE WHEN kind = 'cc' OR state = 'open' THEN opened_at WHEN state = 'done' THEN closed_at END)
) STRICT;
CREATE INDEX flow_tasks_inbox ON flow_tasks(assignee_id, box, box_at, id);
CREATE INDEX flow_tasks_inbox_form ON flow_tasks(assignee_id, box, form_id, box_at, id);
CREATE INDEX flow_tasks_instance ON flow_tasks(instance_id, opened_at);
CREATE INDEX flow_tasks_record ON flow_tasks(record_id, assignee_id);

CREATE TABLE flow_log (
  seq INTEGER PRIMARY KEY,
  instance_id TEXT NOT NULL REFERENCES flow_instances(id) ON DELETE RESTRICT,
  record_id TEXT NOT NULL REFERENCES records(id) ON DELETE RESTRICT,
  entry_seq INTEGER NOT NULL,
  at INTEGER NOT NULL,
  action TEXT NOT NULL,
  actor_id TEXT REFERENCES users(id) ON DELETE RESTRICT,
  node_id TEXT,
  task_id TEXT,
  comment TEXT,
  signature_file_id TEXT,
  users TEXT NOT NULL CHECK (json_valid(users)),
  target_node_id TEXT,
  reason TEXT CHECK (reason IS NULL OR json_valid(reason)),
  UNIQUE (instance_id, entry_seq)
) STRICT;
CREATE INDEX flow_log_record ON flow_log(record_id, seq);
CREATE TRIGGER flow_log_immutable BEFORE UPDATE ON flow_log
BEGIN SELECT RAISE(ABORT, 'the workflow log is append-only'); END;
CREATE TRIGGER flow_log_undeletable BEFORE DELETE ON flow_log
BEGIN SELECT RAISE(ABORT, 'the workflow log is never deleted'); END;

CREATE TABLE flow_timers (
  id TEXT PRIMARY KEY,
  instance_id TEXT NOT NULL REFERENCES flow_instances(id) ON DELETE RESTRICT,
  record_id TEXT NOT NULL REFERENCES records(id) ON DELETE RESTRICT,
  visit_id TEXT NOT NULL,
  node_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('remind', 'autoApprove', 'autoReturn')),
  due_at INTEGER NOT NULL,
  claimed_until INTEGER
) STRICT;
CREATE INDEX flow_timers_due ON flow_timers(due_at);
CREATE INDEX flow_timers_instance ON flow_timers(instance_id, due_at);

CREATE TABLE flow_notifications (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
  kind TEXT NOT NULL CHECK (kind IN ('task', 'returned', 'cc', 'urge', 'remind', 'finished')),
  record_id TEXT NOT NULL REFERENCES records(id) ON DELETE RESTRICT,
  form_id TEXT NOT NULL REFERENCES forms(id) ON DELETE RESTRICT,
  instance_id TEXT NOT NULL REFERENCES flow_instances(id) ON DELETE RESTRICT,
  task_id TEXT,
  node_id TEXT,
  status TEXT,
  message TEXT CHECK (message IS NULL OR json_valid(message)),
  created_at INTEGER NOT NULL,
  read_at INTEGER,
  drained_at INTEGER
) STRICT;
CREATE INDEX flow_notifications_user ON flow_notifications(user_id, created_at, id);
CREATE INDEX flow_notifications_unread ON flow_notifications(user_id, created_at, id) WHERE read_at IS NULL;
CREATE INDEX flow_notifications_outbox ON flow_notifications(created_at, id) WHERE drained_at IS NULL;
`,
};
