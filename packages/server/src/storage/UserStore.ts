import type { Locale, Role } from '@formwork/runtime';

/** A person who can sign in. Users are disabled, never deleted: records keep pointing at them. */
export interface User {
  readonly id: string;
  /** As typed at creation; unique regardless of case (see `usernameKey`). */
  readonly username: string;
  readonly name: string;
  readonly role: Role;
  readonly departmentId: string | null;
  /** Preferred language; null follows the browser. */
  readonly locale: Locale | null;
  readonly disabled: boolean;
  readonly createdAt: number;
  readonly updatedAt: number;
}

export interface NewUser extends Omit<User, 'disabled' | 'updatedAt'> {
  readonly passwordHash: string;
}

/** Only the properties present change. */
export interface UserChanges {
  readonly username?: string;
  readonly name?: string;
  readonly role?: Role;
  readonly departmentId?: string | null;
  readonly locale?: Locale | null;
  readonly disabled?: boolean;
  readonly passwordHash?: string;
}

export interface UserStore {
  create(user: NewUser): Promise<User>;
  findById(id: string): Promise<User | undefined>;
  /** The user and their password hash, for login only. Matches regardless of case. */
  findCredentials(username: string): Promise<{ readonly user: User; readonly passwordHash: string } | undefined>;
  /** Every user, ordered by username. */
  list(): Promise<User[]>;
  /** Returns the updated user, or undefined when there is no such user. */
  update(id: string, changes: UserChanges, updatedAt: number): Promise<User | undefined>;
  count(): Promise<number>;
  /** Admins who are not disabled: the last one may not be demoted or disabled. */
  countActiveAdmins(): Promise<number>;
  countInDepartment(departmentId: string): Promise<number>;
  /** Whether another user (not `exceptId`) already has this username, regardless of case. */
  isUsernameTaken(username: string, exceptId?: string): Promise<boolean>;
}

/**
 * The form of a username that must be unique: NFKC-normalised and lower-cased, so `Alice`,
 * `alice` and full-width `ａｌｉｃｅ` are the same account.
 */
export function usernameKey(username: string): string {
  return username.normalize('NFKC').toLowerCase();
}
