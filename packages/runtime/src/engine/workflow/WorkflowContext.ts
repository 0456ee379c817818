import type { WorkflowSchema } from '../documents/workflow/WorkflowSchema.js';

/** A record's values keyed by field id, as the server stores them. */
export type RecordValues = Readonly<Record<string, unknown>>;

export interface DirectoryUser {
  readonly id: string;
  /** The user's departments; the first is their main one (the manager chain starts there). */
  readonly departmentIds: readonly string[];
  readonly roles: readonly string[];
  /** May end, reactivate and reassign any flow, and receives tasks nobody else resolves to. */
  readonly admin?: boolean;
  /** A disabled user gets no tasks; absent means active. */
  readonly active?: boolean;
}

export interface DirectoryDepartment {
  readonly id: string;
  /** Absent or null for the root. */
  readonly parentId?: string | null;
  readonly managerId?: string | null;
}

/** The organisation as the host knows it right now: users, the department tree with managers, roles. */
export interface OrgDirectory {
  readonly users: readonly DirectoryUser[];
  readonly departments: readonly DirectoryDepartment[];
}

/** The kinds of things the engine asks the host to name. */
export type WorkflowIdKind = 'instance' | 'visit' | 'task' | 'timer';

/**
 * Everything `advanceWorkflow` and `startInstance` may know about the world; nothing else reaches
 * the engine. The host builds one per transition.
 */
export interface WorkflowContext {
  /** The workflow version the instance runs on (in-flight instances finish on their version). */
  readonly schema: WorkflowSchema;
  /** The record's current values, before the action's own edits. */
  readonly record: RecordValues;
  readonly directory: OrgDirectory;
  /** Milliseconds since the epoch: the moment of this transition. */
  readonly now: () => number;
  /** A fresh id, unique within the host's storage. */
  readonly newId: (kind: WorkflowIdKind) => string;
  /** Where date fields (due dates) are read. Default Asia/Shanghai. */
  readonly timeZone?: string;
}
