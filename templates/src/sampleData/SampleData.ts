/**
 * What the sample-data generator produces: the people and departments to create, then records per
 * bundle and form key, keyed by field id exactly as a client would submit them.
 */

export type SampleRole = 'admin' | 'manager' | 'member';

export interface SampleDepartment {
  readonly id: string;
  readonly name: string;
  readonly parentId: string | null;
  readonly managerId: string | null;
}

export interface SampleUser {
  readonly id: string;
  /** Pinyin, unique, e.g. `zhang.wei`. */
  readonly username: string;
  readonly name: string;
  readonly role: SampleRole;
  readonly departmentId: string;
  /** Bundle role keys (`director`, `finance`, `hr`) the user holds. */
  readonly appRoles: readonly string[];
  readonly title: string;
  /** Reps only: targets and results differ by experience. */
  readonly repType?: RepType;
}

export type RepType = 'new' | 'regular' | 'senior';

/**
 * One record. `data` holds input fields only: formulas are recomputed, and serial numbers and
 * lookups filled, by the server when the record is saved (as for any submission).
 */
export interface SampleRecord {
  /** Unique across the whole sample; link fields hold these ids. The installer rebinds them. */
  readonly id: string;
  /** The user who entered it (a `SampleUser` id). */
  readonly createdBy: string;
  /** When it was entered, in epoch milliseconds (never after `now`). */
  readonly createdAt: number;
  readonly data: Record<string, unknown>;
  /**
   * The record's sample status says it waits in its form's approval flow (a 合同 审批中, a 回款
   * 待确认, the latest month's 考核评估 and 复盘 before the manager, a target still 已提出, a quote
   * whose discount needs the manager): an installer starts the form's flow on it, by its creator at
   * its `createdAt`, so the flow's first approval step holds a task. Absent on every other record,
   * which stays without a flow (history entered as it stood).
   */
  readonly awaitingApproval?: true;
}

/**
 * Records by form key, each list in an order in which every record comes after the records it
 * links to, and the forms in bundle order (a form links only to earlier ones or to itself).
 */
export type SampleRecords = Readonly<Record<string, readonly SampleRecord[]>>;

export interface SampleData {
  readonly departments: readonly SampleDepartment[];
  readonly users: readonly SampleUser[];
  readonly crm: SampleRecords;
  /** Records of the performance bundle's own forms; its activity forms mirror the CRM's visits and contracts. */
  readonly performance: SampleRecords;
}

export interface SampleDataOptions {
  readonly seed: number | string;
  /** The present, in epoch milliseconds: the sample covers the 12 months before it. */
  readonly now: number;
  /**
   * Multiplies the customers each rep holds, and so everything that follows from them. 1 gives
   * about 11,000 records; 5 gives more than 50,000. Default 1.
   */
  readonly scale?: number;
}
