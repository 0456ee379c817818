/** A node of the organisation tree. */
export interface Department {
  readonly id: string;
  readonly name: string;
  readonly parentId: string | null;
  readonly managerId: string | null;
  readonly createdAt: number;
  readonly updatedAt: number;
}

export type NewDepartment = Omit<Department, 'updatedAt'>;

export interface DepartmentChanges {
  readonly name?: string;
  readonly parentId?: string | null;
  readonly managerId?: string | null;
}

export interface DepartmentStore {
  create(department: NewDepartment): Promise<Department>;
  findById(id: string): Promise<Department | undefined>;
  /** Every department, ordered by name (build the tree with `buildDepartmentTree`). */
  list(): Promise<Department[]>;
  update(id: string, changes: DepartmentChanges, updatedAt: number): Promise<Department | undefined>;
  delete(id: string): Promise<void>;
  countChildren(id: string): Promise<number>;
  /**
   * The department and all its sub-departments (any depth): what row scope `department` covers.
   * Empty when there is no such department.
   */
  subtreeIds(id: string): Promise<string[]>;
  /** The department and its parents up to the root, nearest first. */
  ancestorIds(id: string): Promise<string[]>;
  /** Departments whose manager is this user. */
  managedBy(userId: string): Promise<string[]>;
  /**
   * Inside a transaction: holds the tree until it ends, so a move's check that it makes no cycle
   * still holds when it writes (two moves at once — A under B, B under A — each pass the check
   * alone). Outside one it holds nothing.
   */
  lockTree(): Promise<void>;
}
