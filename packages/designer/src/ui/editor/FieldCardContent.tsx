import type { FieldDefinition } from '@formwork/runtime';
import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';
import { memo, useEffect, type KeyboardEvent, type RefObject } from 'react';
import { editorMessages } from '../../i18n/editorMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { locateField } from '../../store/tree/locateField.js';
import { dependencyLabels } from './dependencyLabels.js';
import { useDesigner, useDesignerStore } from './DesignerStoreContext.js';
import { fieldTypeInfo } from './fieldTypeInfo.js';
import { FieldList } from './FieldList.js';

export interface FieldCardContentProps {
  readonly field: FieldDefinition;
  readonly parentId?: string;
  readonly ancestry: string;
  readonly selected: boolean;
  /** dnd-kit's attributes and listeners for the drag handle (the card's head). */
  readonly attributes: DraggableAttributes;
  readonly listeners: DraggableSyntheticListeners;
  readonly headRef: RefObject<HTMLDivElement | null>;
  /** Set to ask the card to take the focus back once it has moved. */
  readonly refocus: RefObject<boolean>;
}

/**
 * What a field card shows: label, type, required mark and "depends on" hint, copy and delete, and
 * the fields inside a section or subform. Click or Enter selects it, Alt+↑/↓ moves it, Space
 * drags it (dnd-kit's keyboard sensor), Delete removes it, Ctrl+D copies it.
 *
 * It takes no index: inserting a field near the top would otherwise re-render every card below.
 * A keyboard move looks the position up in the store when it happens.
 */
export const FieldCardContent = memo(function FieldCardContent({
  field,
  parentId,
  ancestry,
  selected,
  attributes,
  listeners,
  headRef,
  refocus,
}: FieldCardContentProps) {
  const { t, locale } = useLocale();
  const store = useDesignerStore();
  // A string, compared by value: another card's edit or selection re-renders nothing here.
  const dependsOn = useDesigner((state) => dependencyLabels(state.schema, field.id).join(', '));
  const type = fieldTypeInfo(field.type);
  const typeName = type.name[locale];

  // After a delete or an undo the focused card may be gone: keep the keyboard on the selection.
  useEffect(() => {
    if (selected && (document.activeElement === document.body || document.activeElement === null)) headRef.current?.focus();
  }, [selected, headRef]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const state = store.getState();
    if (event.key === 'Enter') {
      state.selectField(field.id);
    } else if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      const index = locateField(state.schema.fields, field.id)?.index;
      const next = index === undefined ? -1 : index + (event.key === 'ArrowUp' ? -1 : 1);
      // Past the end the store clamps the index: the field stays where it is.
      if (next >= 0 && state.moveField(field.id, { ...(parentId === undefined ? {} : { parentId }), index: next }).ok) {
        refocus.current = locateField(store.getState().schema.fields, field.id)?.index !== index;
      }
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

  return (
    <>
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
        onClick={() => store.getState().selectField(field.id)}
        onKeyDown={onKeyDown}
      >
        {/* Generated content: the glyph is not part of the visible text, which the accessible name must contain. */}
        <span className="fw-icon" aria-hidden="true" data-icon={type.icon} />
        <span className="fw-card-label">{field.label}</span>
        {field.required ? (
          <span className="fw-required" title={t(editorMessages.required)}>
            *
          </span>
        ) : null}
        {/* A space between the words, so that "label type" reads as the name does (flex ignores it). */}{' '}
        <span className="fw-card-type">{typeName}</span>
      </div>
      {/* Outside the card's button: its visible text must stay within its name (label and type). */}
      {field.visibleWhen !== undefined || dependsOn ? (
        <p className="fw-card-hints">
          {field.visibleWhen !== undefined ? <span className="fw-card-hint">{t(editorMessages.hiddenWhen)}</span> : null}
          {dependsOn ? <span className="fw-card-hint">{t(editorMessages.dependsOn, { labels: dependsOn })}</span> : null}
        </p>
      ) : null}
      <div className="fw-card-actions">
        <button
          type="button"
          className="fw-icon-btn"
          aria-label={t(editorMessages.copyField, { label: field.label })}
          onClick={() => store.getState().duplicateField(field.id)}
        >
          ❐
        </button>
        <button
          type="button"
          className="fw-icon-btn fw-btn-danger"
          aria-label={t(editorMessages.deleteField, { label: field.label })}
          onClick={() => store.getState().removeField(field.id)}
        >
          ✕
        </button>
      </div>
      {field.type === 'section' || field.type === 'subform' ? (
        <FieldList fields={field.fields} parent={{ id: field.id, label: field.label }} ancestry={ancestry} />
      ) : null}
    </>
  );
});
