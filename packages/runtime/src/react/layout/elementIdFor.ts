/**
 * The DOM id of the control at a pointer: `/f_items/2/f_qty` → `<prefix>f_items-2-f_qty`. Field ids
 * never contain `-`, so distinct pointers get distinct ids.
 */
export function elementIdFor(prefix: string, pointer: string): string {
  return `${prefix}${pointer.slice(1).replace(/\//g, '-')}`;
}
