import type { ServerContext } from '../ServerContext.js';
import { hashPassword } from './passwordHash.js';

/** What the first start did about the admin account. */
export type AdminBootstrap =
  | { readonly created: false }
  | { readonly created: true; readonly username: string; readonly generatedPassword: string | null };

/**
 * Creates the first admin when the users table is empty — with the configured password, or a
 * generated one that the caller prints once. Later starts change nothing: an admin's password is
 * never reset by a restart.
 */
export async function bootstrapAdmin(context: Pick<ServerContext, 'stores' | 'settings' | 'now' | 'randomBytes' | 'newId'>): Promise<AdminBootstrap> {
  const { stores, settings } = context;
  if ((await stores.users.count()) > 0) return { created: false };
  const generatedPassword = settings.admin.password === null ? context.randomBytes(12).toString('base64url') : null;
  const password = settings.admin.password ?? generatedPassword ?? '';
  const passwordHash = await hashPassword(password, settings.passwordHashCost, context.randomBytes);
  const created = await stores
    .transaction(async (tx) => {
      // Re-checked inside the transaction: two processes starting at once create one admin.
      if ((await tx.users.count()) > 0) return false;
      await tx.users.create({
        id: context.newId('usr'),
        username: settings.admin.username,
        name: settings.admin.username,
        role: 'admin',
        departmentId: null,
        locale: null,
        passwordHash,
        createdAt: context.now(),
      });
      return true;
    })
    // On PostgreSQL both may count no users; the unique username then refuses the second, whose
    // start goes on as any later start does.
    .catch(async (error: unknown) => {
      if ((await stores.users.count()) > 0) return false;
      throw error;
    });
  return created ? { created: true, username: settings.admin.username, generatedPassword } : { created: false };
}
