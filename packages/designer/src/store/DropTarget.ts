/**
 * Where a field goes: into the list of `parentId` (a section or subform; absent: the form's top
 * level) at `index`, the position the field will have in that list once it is there (absent: the
 * end). The same meaning as dnd-kit's `arrayMove`, so a drag and a keyboard move agree.
 */
export interface DropTarget {
  readonly parentId?: string;
  readonly index?: number;
}
