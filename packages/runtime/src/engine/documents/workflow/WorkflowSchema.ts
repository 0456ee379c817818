import type { LocalizedText } from '../../i18n/Locale.js';
import type { RuleLogic } from '../../rules/RuleLogic.js';

/**
 * WorkflowSchema: the approval flow of one form, as a graph of nodes joined by edges.
 *
 * A record enters at the `start` node (the initiator fills the form there), moves along edges,
 * waits at `approval` nodes for its assignees, notifies at `cc` nodes, picks one branch at a
 * `condition` node, runs every branch between a `parallel` fork and its join, and finishes at an
 * `end` node. In-flight instances finish on the version they started on.
 */

/** The current `schemaVersion` of workflow documents. Older versions are migrated forward on parse. */
export const WORKFLOW_SCHEMA_VERSION = 2;

export interface WorkflowSchema {
  readonly kind: 'workflow';
  readonly schemaVersion: typeof WORKFLOW_SCHEMA_VERSION;
  readonly title: string;
  readonly description?: string;
  /** The form whose records this workflow carries: a stored form id, or a form key in an app bundle. */
  readonly formId: string;
  readonly nodes: readonly WorkflowNode[];
  readonly edges: readonly WorkflowEdge[];
  readonly settings?: WorkflowSettings;
}

export interface WorkflowSettings {
  /**
   * When the initiator may withdraw a running record: `never`, `untilActed` (until an approver
   * acts after the last submit; the default) or `anyTime`. Version 1 said this as `allowWithdraw`.
   */
  readonly withdraw?: WithdrawPolicy;
  /**
   * An approver who already approved earlier in this instance is passed automatically. Only
   * approvals made after the last return count: a returned record is looked at again. Default false.
   */
  readonly skipRepeatedApprover?: boolean;
  /** Editing a completed record (or some of its fields) goes through this workflow as a change flow. */
  readonly changeApproval?: ChangeApproval;
}

export type WithdrawPolicy = 'never' | 'untilActed' | 'anyTime';

/** Which edits of a completed record need approval before they are applied. */
export interface ChangeApproval {
  /** Only edits touching these fields need approval; absent: every edit does. */
  readonly fieldIds?: readonly string[];
}

export type WorkflowNodeType = 'start' | 'approval' | 'cc' | 'condition' | 'parallel' | 'end';

interface NodeBase<T extends WorkflowNodeType> {
  /** Stable generated id, referenced by edges and by running instances. */
  readonly id: string;
  readonly type: T;
  readonly name: string;
  /** Where the designer draws it; no meaning to the engine. */
  readonly position?: { readonly x: number; readonly y: number };
}

/**
 * What a person at a node may do with each field: absent fields are `read`, on `start` `edit`.
 * `required` is `edit` plus "must not be empty when the node's task is approved or submitted".
 */
export type FieldPermission = 'hidden' | 'read' | 'edit' | 'required';

/** Field id → permission at a node. */
export type FieldPermissions = Readonly<Record<string, FieldPermission>>;

/** Who acts at a node (approvers) or is told (cc recipients). */
export type Assignee =
  | { readonly kind: 'member'; readonly userId: string }
  | { readonly kind: 'role'; readonly role: string }
  /** Everyone in the department (and its sub-departments, if asked), or only the manager(s). */
  | { readonly kind: 'department'; readonly departmentId: string; readonly managerOnly?: boolean; readonly includeSubDepartments?: boolean }
  | { readonly kind: 'initiator' }
  /** The initiator's managers, from the direct one (level 1) up `levels` levels of the department tree. */
  | { readonly kind: 'managerChain'; readonly levels: number }
  /** Whoever a `member`/`members` field of the record names. */
  | { readonly kind: 'memberField'; readonly fieldId: string }
  /** The manager of each department a `department`/`departments` field of the record names. */
  | { readonly kind: 'departmentFieldManager'; readonly fieldId: string };

/** What happens when a node waits past its due time. */
export interface DueTime {
  /**
   * Without `fieldId`: hours after the node is reached. With it: hours after that date (0 if
   * absent). A record whose date field is empty gets no due time at that node.
   */
  readonly hours?: number;
  /** A `date`/`datetime` field of the record that sets the due time. */
  readonly fieldId?: string;
  /** `remind` the assignees; `autoApprove` or `autoReturn` (to the initiator) the record. */
  readonly action: 'remind' | 'autoApprove' | 'autoReturn';
  /** For `remind`: repeat every so many hours until someone acts. */
  readonly repeatHours?: number;
}

/** The initiator fills the form here: the one entry of the graph. */
export interface StartNode extends NodeBase<'start'> {
  readonly fieldPermissions?: FieldPermissions;
}

/**
 * `any`: one approval decides (或签); `all`: every assignee must approve (会签); `sequence`: the
 * assignees approve one after another, in the order they resolve (依次).
 */
export type ApprovalMode = 'any' | 'all' | 'sequence';

/** Optional actions an approval node may offer besides approve and reject. */
export type OptionalNodeAction = 'return' | 'transfer' | 'addApprover';

/** A check on the record when a node's task is approved: `assert` must hold, else `message` is shown. */
export interface NodeValidation {
  readonly id: string;
  readonly assert: RuleLogic;
  readonly message: LocalizedText;
}

export interface ApprovalNode extends NodeBase<'approval'> {
  readonly assignees: readonly Assignee[];
  readonly mode: ApprovalMode;
  readonly fieldPermissions?: FieldPermissions;
  /** Checked on approve, against the record with the approver's edits. */
  readonly validations?: readonly NodeValidation[];
  readonly due?: DueTime;
  /** Optional actions offered at this node besides approve and reject. Default: all of them. */
  readonly actions?: readonly OptionalNodeAction[];
  /** When the assignees resolve to nobody: pass the node, or hand it to an administrator. Default `toAdmin`. */
  readonly whenNoAssignee?: 'autoApprove' | 'toAdmin';
  /** One rejection decides the node (also in 会签): `end` the flow as rejected, or `returnToStart` to the initiator. Default `end`. */
  readonly onReject?: 'end' | 'returnToStart';
  /** Where a return may go: only the `previous` node, or a `chosen` earlier node. Default `chosen`. */
  readonly returnTo?: 'previous' | 'chosen';
  /**
   * When the node this one returned a record to is done again: `flowForward` through the graph, or
   * jump straight back here (`backToReturner`). Default `flowForward`.
   */
  readonly afterReturn?: 'flowForward' | 'backToReturner';
  /** An approval or rejection here needs a handwritten signature. Default false. */
  readonly signatureRequired?: boolean;
}

export interface CcNode extends NodeBase<'cc'> {
  readonly recipients: readonly Assignee[];
  readonly fieldPermissions?: FieldPermissions;
}

/** Takes the first outgoing edge (in `edges` order) whose condition holds, else the `default` edge. */
export type ConditionNode = NodeBase<'condition'>;

/** A `fork` starts every outgoing edge at once; the matching `join` waits until all of them arrive. */
export interface ParallelNode extends NodeBase<'parallel'> {
  readonly gateway: 'fork' | 'join';
}

export type EndNode = NodeBase<'end'>;

export type WorkflowNode = StartNode | ApprovalNode | CcNode | ConditionNode | ParallelNode | EndNode;

export interface WorkflowEdge {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  /** Shown on the edge in the designer, e.g. "金额 > 10 万". */
  readonly name?: string;
  /** Out of a `condition` node: JSON Logic over the record's values; the edge is taken when it holds. */
  readonly condition?: RuleLogic;
  /** Out of a `condition` node: taken when no other edge's condition holds. */
  readonly default?: boolean;
}
