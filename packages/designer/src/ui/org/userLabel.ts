import type { UserAccount } from '../../api/OrgApi.js';

/** A user as the organisation screens name them: the display name, with the username when it differs. */
export function userLabel(user: Pick<UserAccount, 'name' | 'username'>): string {
  return user.name === user.username ? user.name : `${user.name} (${user.username})`;
}
