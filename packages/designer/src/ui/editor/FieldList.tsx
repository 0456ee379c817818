import type { FieldDefinition } from '@formwork/runtime';
import { useDroppable } from '@dnd-kit/core';
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { editorMessages } from '../../i18n/editorMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { listDropId, type ListDropData } from './dragData.js';
import { FieldCard } from './FieldCard.js';
import { useDropPreviewStore } from './DropPreviewContext.js';
import { WINDOWED_FROM, WindowedCards } from './WindowedCards.js';

export interface FieldListProps {
  readonly fields: readonly FieldDefinition[];
  /** The section or subform holding the list; absent for the form's top level. */
  readonly parent?: { readonly id: string; readonly label: string };
  /** Ids of the containers around this list, outermost first, joined by `/`. */
  readonly ancestry: string;
}

/** A list of field cards that accepts drops: the form itself, a section or a subform. */
export function FieldList({ fields, parent, ancestry }: FieldListProps) {
  const { t } = useLocale();
  const parentId = parent?.id;
  const ancestors = useMemo(() => (ancestry ? ancestry.split('/') : []), [ancestry]);
  const label = parent ? t(editorMessages.fieldsOf, { label: parent.label }) : t(editorMessages.canvas);
  const data: ListDropData = parentId === undefined ? { kind: 'list', label, ancestors } : { kind: 'list', parentId, label, ancestors };
  const { setNodeRef } = useDroppable({ id: listDropId(parentId), data });
  // A long form renders only the cards in view; sections and subforms render theirs whole.
  const windowed = parentId === undefined && fields.length >= WINDOWED_FROM;
  const preview = useDropPreviewStore();
  const highlighted = useStore(preview, (state) => state.overId === listDropId(parentId));
  const childAncestry = parentId === undefined ? ancestry : ancestry ? `${ancestry}/${parentId}` : parentId;
  return (
    <ul
      ref={setNodeRef}
      aria-label={label}
      data-drop-id={listDropId(parentId)}
      className={`fw-field-list${windowed ? ' fw-windowed' : ''}${highlighted ? ' fw-drop-inside' : ''}`}
    >
      {windowed ? (
        <WindowedCards fields={fields} ancestry={childAncestry} />
      ) : (
        fields.map((field, index) => (
          <FieldCard
            key={field.id}
            field={field}
            index={index}
            {...(parentId === undefined ? {} : { parentId })}
            ancestry={childAncestry}
          />
        ))
      )}
      {fields.length === 0 ? (
        <li className="fw-empty" aria-hidden="true">
          {t(parent ? editorMessages.emptyContainer : editorMessages.emptyCanvas)}
        </li>
      ) : null}
    </ul>
  );
}
