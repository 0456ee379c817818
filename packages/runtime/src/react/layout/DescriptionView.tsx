import { memo } from 'react';
import type { DescriptionField } from '../../engine/index.js';
import { useRenderer } from '../session/RendererContext.js';
import { useVisibility } from '../session/useVisibility.js';

/**
 * A block of explanatory text; plain text, never HTML (line breaks kept by CSS). A block with
 * `visibleWhen` subscribes to its own pointer (`/<id>`, or `/<subform>/<row>/<id>` in a row), so
 * that a flip re-renders it alone; one inside a hidden section or subform goes with its parent.
 */
export const DescriptionView = memo(function DescriptionView({ field, pointer, span }: { readonly field: DescriptionField; readonly pointer: string; readonly span: number }) {
  const { session } = useRenderer();
  const visible = useVisibility(session, field.visibleWhen === undefined ? null : pointer);
  if (!visible) return null;
  return (
    <div className="fw-description" style={span > 1 ? { gridColumn: `span ${span}` } : undefined}>
      {field.label && <p className="fw-description__title">{field.label}</p>}
      <p className="fw-description__content">{field.content}</p>
    </div>
  );
});
