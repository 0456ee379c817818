import type { FieldType } from '@formwork/runtime';

/** What a palette item carries while dragged: the type of the field to create. */
export interface PaletteDragData {
  readonly kind: 'palette';
  readonly type: FieldType;
  readonly name: string;
}

/** What a field card carries, as a draggable and as a drop target. */
export interface FieldDragData {
  readonly kind: 'field';
  readonly id: string;
  readonly label: string;
  readonly parentId?: string;
  readonly index: number;
  /** Ids of the sections/subforms around it, outermost first: a field cannot go into itself. */
  readonly ancestors: readonly string[];
}

/** What a list (the form, a section, a subform) carries as a drop target. */
export interface ListDropData {
  readonly kind: 'list';
  readonly parentId?: string;
  readonly label: string;
  readonly ancestors: readonly string[];
}

export type DragData = PaletteDragData | FieldDragData | ListDropData;

/** The droppable id of the list of `parentId` (the form itself when absent). */
export function listDropId(parentId: string | undefined): string {
  return parentId === undefined ? 'list:' : `list:${parentId}`;
}

/** Reads dnd-kit's untyped `data.current` back as ours. */
export function asDragData(data: unknown): DragData | undefined {
  if (typeof data !== 'object' || data === null || !('kind' in data)) return undefined;
  const kind = (data as { kind: unknown }).kind;
  return kind === 'palette' || kind === 'field' || kind === 'list' ? (data as DragData) : undefined;
}
