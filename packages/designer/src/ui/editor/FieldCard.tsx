import type { FieldDefinition } from '@formwork/runtime';
import { useSortable } from '@dnd-kit/sortable';
import { memo, useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import { editorMessages } from '../../i18n/editorMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import type { FieldDragData } from './dragData.js';
import { useDesigner, useDesignerStore } from './DesignerStoreContext.js';
import { useDropPreviewStore } from './DropPreviewContext.js';
import { fieldTypeInfo } from './fieldTypeInfo.js';
import { FieldList } from './FieldList.js';
import { dependencyLabels } from './dependencyLabels.js';

export interface FieldCardProps {
  readonly field: FieldDefinition;
  readonly index: number;
  readonly parentId?: string;
  /** Ids of the containers around the card, outermost first, joined by `/`. */
  readonly ancestry: string;
}

/**
 * One field on the canvas: label, type, required mark and "depends on" hint; click or Enter
 * selects it, Alt+↑/↓ moves it, Space drags it (dnd-kit's keyboard sensor), Delete removes it.
 */
export const FieldCard = memo(function FieldCard({ field, index, parentId, ancestry }: FieldCardProps) {
  const { t, locale } = useLocale();
  const store = useDesignerStore();
  const selected = useDesigner((state) => state.selectedId === field.id);
  const dependsOn = useDesigner((state) => dependencyLabels(state.schema, field.id).join(', '));
  const preview = useStore(useDropPreviewStore(), (state) => (state.overId === field.id ? state.position : null));
  const ancestors = ancestry ? ancestry.split('/') : [];
  const data: FieldDragData = { kind: 'field', id: field.id, label: field.label, index, ancestors, ...(parentId === undefined ? {} : { parentId }) };
  const { setNodeRef, attributes, listeners, isDragging } = useSortable({ id: field.id, data });
  const headRef = useRef<HTMLDivElement | null>(null);
  const type = fieldTypeInfo(field.type);
  const typeName = type.name[locale];
  const commands = store.getState();

  // After a delete or an undo the focused card may be gone: keep the keyboard on the selection.
  useEffect(() => {
    if (selected && (document.activeElement === document.body || document.activeElement === null)) headRef.current?.focus();
  }, [selected]);

  // React moves the card's element to reorder the list, which drops its focus: take it back.
  const refocus = useRef(false);
  useLayoutEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    headRef.current?.focus();
  }, [index]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const state = store.getState();
    if (event.key === 'Enter') {
      state.selectField(field.id);
    } else if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      const next = index + (event.key === 'ArrowUp' ? -1 : 1);
      // Past the end the store clamps the index: the field stays where it is.
      refocus.current = true;
      if (next >= 0) state.moveField(field.id, { ...(parentId === undefined ? {} : { parentId }), index: next });
    } else if (event.key === 'Delete') {
      state.removeField(field.id);
    } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'd') {
      state.duplicateField(field.id);
    } else {
      listeners?.['onKeyDown']?.(event);
      return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  const classes = ['fw-card', selected ? 'fw-selected' : '', isDragging ? 'fw-dragging' : '', preview ? `fw-drop-${preview}` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <li ref={setNodeRef} className={classes} data-field-id={field.id}>
      <div
        {...attributes}
        {...listeners}
        ref={headRef}
        role="button"
        tabIndex={0}
        aria-pressed={selected}
        aria-label={t(editorMessages.fieldCard, { label: field.label, type: typeName })}
        aria-roledescription={undefined}
        className="fw-card-head"
        onClick={() => commands.selectField(field.id)}
        onKeyDown={onKeyDown}
      >
        <span className="fw-icon" aria-hidden="true">
          {type.icon}
        </span>
        <span className="fw-card-label">{field.label}</span>
        {field.required ? (
          <span className="fw-required" title={t(editorMessages.required)}>
            *
          </span>
        ) : null}
        <span className="fw-card-type">{typeName}</span>
        {field.visibleWhen !== undefined ? <span className="fw-card-hint">{t(editorMessages.hiddenWhen)}</span> : null}
        {dependsOn ? <span className="fw-card-hint">{t(editorMessages.dependsOn, { labels: dependsOn })}</span> : null}
      </div>
      <div className="fw-card-actions">
        <button type="button" aria-label={t(editorMessages.copyField, { label: field.label })} onClick={() => commands.duplicateField(field.id)}>
          ❐
        </button>
        <button type="button" aria-label={t(editorMessages.deleteField, { label: field.label })} onClick={() => commands.removeField(field.id)}>
          ✕
        </button>
      </div>
      {field.type === 'section' || field.type === 'subform' ? (
        <FieldList fields={field.fields} parent={{ id: field.id, label: field.label }} ancestry={ancestry} />
      ) : null}
    </li>
  );
});
