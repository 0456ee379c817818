import type { FieldType } from '@formwork/runtime';
import { useDraggable } from '@dnd-kit/core';
import { memo, type PointerEventHandler } from 'react';
import { editorMessages } from '../../i18n/editorMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import type { PaletteDragData } from './dragData.js';
import { fieldTypeInfo } from './fieldTypeInfo.js';

/**
 * A field type in the palette: a button (Enter or click adds the field after the selection) that
 * can also be dragged onto the canvas with a pointer.
 */
export const PaletteItem = memo(function PaletteItem({ type, onAdd }: { readonly type: FieldType; readonly onAdd: (type: FieldType) => void }) {
  const { t, locale } = useLocale();
  const info = fieldTypeInfo(type);
  const name = info.name[locale];
  const data: PaletteDragData = { kind: 'palette', type, name };
  const { setNodeRef, listeners, isDragging } = useDraggable({ id: `palette:${type}`, data });
  return (
    <li>
      <button
        ref={setNodeRef}
        type="button"
        className={`fw-palette-item${isDragging ? ' fw-dragging' : ''}`}
        aria-label={t(editorMessages.addFieldNamed, { name })}
        data-field-type={type}
        // Pointer drags only: the keyboard adds with Enter (a Space drag would also click).
        onPointerDown={listeners?.['onPointerDown'] as PointerEventHandler<HTMLButtonElement> | undefined}
        onClick={() => onAdd(type)}
      >
        {/* The glyph is generated content, so that the visible text is the type's name alone, as in the accessible name. */}
        <span className="fw-icon" aria-hidden="true" data-icon={info.icon} />
        <span>{name}</span>
      </button>
    </li>
  );
});
