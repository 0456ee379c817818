import { memo } from 'react';
import type { DescriptionField } from '../../engine/index.js';

/**
 * A block of explanatory text; plain text, never HTML (line breaks kept by CSS). The session
 * reports visibility for value fields and sections only, so a description's own `visibleWhen` is
 * not applied (one inside a hidden section goes with the section).
 */
export const DescriptionView = memo(function DescriptionView({ field, span }: { readonly field: DescriptionField; readonly pointer: string; readonly span: number }) {
  return (
    <div className="fw-description" style={span > 1 ? { gridColumn: `span ${span}` } : undefined}>
      {field.label && <p className="fw-description__title">{field.label}</p>}
      <p className="fw-description__content">{field.content}</p>
    </div>
  );
});
