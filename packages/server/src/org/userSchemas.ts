import { isCommonPassword } from '../auth/isCommonPassword.js';
import type { ValueSchema } from '../http/validation/ValueSchema.js';
import { v } from '../http/validation/v.js';

/** The rules for each property of a user, shared by create, update and the admin bootstrap. */

export const usernameSchema = v.string({
  minLength: 1,
  maxLength: 64,
  trim: true,
  pattern: { regex: /^\S+$/u, message: { 'zh-CN': '不能包含空格', en: 'must not contain spaces' } },
  description: 'Unique regardless of case.',
});

/** The shortest new password accepted. */
const minPasswordLength = 10;

const passwordText = v.string({ maxLength: 256, singleLine: false });

/**
 * A new password (create, admin reset, change own, the first admin's): at least 10 characters and
 * not on the shipped list of common passwords. Long passphrases welcome; the cap only stops
 * multi-megabyte inputs from reaching scrypt.
 */
export const passwordSchema: ValueSchema<string> = {
  jsonSchema: { ...passwordText.jsonSchema, minLength: minPasswordLength, description: `At least ${minPasswordLength} characters, not a common password.` },
  check(value, pointer, issues) {
    const before = issues.length;
    const password = passwordText.check(value, pointer, issues);
    if (issues.length > before) return password;
    if ([...password].length < minPasswordLength) {
      issues.push({ pointer, code: 'minLength', message: { 'zh-CN': `密码至少 ${minPasswordLength} 个字符`, en: `must be at least ${minPasswordLength} characters` } });
    } else if (isCommonPassword(password)) {
      issues.push({ pointer, code: 'commonPassword', message: { 'zh-CN': '密码太常见，容易被猜中，请换一个', en: 'is too common; choose one that is harder to guess' } });
    }
    return password;
  },
};

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
