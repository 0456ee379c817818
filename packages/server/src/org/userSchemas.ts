import { v } from '../http/validation/v.js';

/** The rules for each property of a user, shared by create, update and the admin bootstrap. */

export const usernameSchema = v.string({
  minLength: 1,
  maxLength: 64,
  trim: true,
  pattern: { regex: /^\S+$/u, message: { 'zh-CN': '不能包含空格', en: 'must not contain spaces' } },
  description: 'Unique regardless of case.',
});

// Long passphrases welcome; the cap only stops multi-megabyte inputs from reaching scrypt.
export const passwordSchema = v.string({ minLength: 8, maxLength: 256, singleLine: false });

export const personNameSchema = v.string({ minLength: 1, maxLength: 100, trim: true });

export const roleSchema = v.oneOf(['admin', 'manager', 'member']);

export const localeSchema = v.oneOf(['zh-CN', 'en']);

/** Ids are opaque; this bounds them so a junk id is a clean 400, not a database lookup of 1 MB. */
export const idSchema = v.string({ minLength: 1, maxLength: 64, pattern: { regex: /^[A-Za-z0-9_-]+$/, message: { 'zh-CN': '不是有效的 ID', en: 'is not a valid id' } } });

export const createUserBody = v.object({
  username: usernameSchema,
  password: passwordSchema,
  name: v.optional(personNameSchema),
  role: v.optional(roleSchema),
  departmentId: v.optional(v.nullable(idSchema)),
  locale: v.optional(v.nullable(localeSchema)),
});

export const updateUserBody = v.object({
  username: v.optional(usernameSchema),
  password: v.optional(passwordSchema),
  name: v.optional(personNameSchema),
  role: v.optional(roleSchema),
  departmentId: v.optional(v.nullable(idSchema)),
  locale: v.optional(v.nullable(localeSchema)),
  disabled: v.optional(v.boolean()),
});

export const changeOwnPasswordBody = v.object({
  currentPassword: v.string({ minLength: 1, maxLength: 256, singleLine: false }),
  newPassword: passwordSchema,
});
