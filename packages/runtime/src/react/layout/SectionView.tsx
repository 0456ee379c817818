import { memo, useState, type CSSProperties } from 'react';
import type { SectionField } from '../../engine/index.js';
import { formatMessage } from '../i18n/rendererMessages.js';
import { useRenderer } from '../session/RendererContext.js';
import { useVisibility } from '../session/useVisibility.js';
import { elementIdFor } from './elementIdFor.js';
import { FieldNode } from './FieldNode.js';

/**
 * A titled group of fields with its own grid (the section's `columns`, else the form's). Its
 * fields' values live at the top level of the record, so their pointers are `/<id>`.
 */
export const SectionView = memo(function SectionView({ field, span }: { readonly field: SectionField; readonly span: number }) {
  const { session, idPrefix, locale, columns: formColumns } = useRenderer();
  const [open, setOpen] = useState(true);
  const visible = useVisibility(session, field.visibleWhen === undefined ? null : `/${field.id}`);
  if (!visible) return null;
  const headingId = `${elementIdFor(idPrefix, `/${field.id}`)}-heading`;
  const bodyId = `${elementIdFor(idPrefix, `/${field.id}`)}-body`;
  const columns = field.columns ?? formColumns;
  return (
    <section className="fw-section" aria-labelledby={headingId} style={span > 1 ? { gridColumn: `span ${span}` } : undefined}>
      <div className="fw-section__header">
        <h2 id={headingId} className="fw-section__title">
          {field.label}
        </h2>
        {field.collapsible === true && (
          <button type="button" className="fw-link-button" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
            {formatMessage(locale, open ? 'collapse' : 'expand')}
          </button>
        )}
      </div>
      {field.description && <p className="fw-section__description">{field.description}</p>}
      <div id={bodyId} className="fw-grid" style={{ '--fw-columns': columns } as CSSProperties} hidden={!open}>
        {field.fields.map((child) => (
          <FieldNode key={child.id} field={child} pointer={`/${child.id}`} columns={columns} />
        ))}
      </div>
    </section>
  );
});
