import type { Locale, Role } from '@formwork/runtime';
import type { JsonSchema } from '../http/validation/ValueSchema.js';
import type { User } from '../storage/UserStore.js';

/** A user as admins see them through the API (never the password hash). */
export interface UserView {
  readonly id: string;
  readonly username: string;
  readonly name: string;
  readonly role: Role;
  readonly departmentId: string | null;
  readonly locale: Locale | null;
  readonly disabled: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** What everyone signed in may see of a colleague: enough for a member picker. */
export interface DirectoryEntry {
  readonly id: string;
  readonly name: string;
  readonly departmentId: string | null;
}

export function toUserView(user: User): UserView {
  return {
    id: user.id,
    username: user.username,
    name: user.name,
    role: user.role,
    departmentId: user.departmentId,
    locale: user.locale,
    disabled: user.disabled,
    createdAt: new Date(user.createdAt).toISOString(),
    updatedAt: new Date(user.updatedAt).toISOString(),
  };
}

export function toDirectoryEntry(user: User): DirectoryEntry {
  return { id: user.id, name: user.name, departmentId: user.departmentId };
}

export const userViewSchema: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    username: { type: 'string' },
    name: { type: 'string' },
    role: { enum: ['admin', 'manager', 'member'] },
    departmentId: { type: ['string', 'null'] },
    locale: { enum: ['zh-CN', 'en', null] },
    disabled: { type: 'boolean' },
    createdAt: { type: 'string', format: 'date-time' },
    updatedAt: { type: 'string', format: 'date-time' },
  },
};

export const directoryEntrySchema: JsonSchema = {
  type: 'object',
  properties: { id: { type: 'string' }, name: { type: 'string' }, departmentId: { type: ['string', 'null'] } },
};
