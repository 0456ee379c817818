import type { FieldDefinition } from '../../engine/index.js';
import { isControlField } from '../fields/fieldControls.js';
import { useRenderer } from '../session/RendererContext.js';
import { DescriptionView } from './DescriptionView.js';
import { FieldView } from './FieldView.js';
import { SectionView } from './SectionView.js';
import { SubformView } from './SubformView.js';

/** Whether a field takes the whole width of the grid unless the designer set a span. */
function isWide(field: FieldDefinition, wideControl: boolean): boolean {
  return field.type === 'section' || field.type === 'subform' || field.type === 'description' || wideControl;
}

/** Draws any field definition at a pointer: a control, a section, a subform or a description. */
export function FieldNode({ field, pointer, columns }: { readonly field: FieldDefinition; readonly pointer: string; readonly columns: number }) {
  const { controls } = useRenderer();
  const wideControl = isControlField(field) && controls[field.type].wide === true;
  const span = Math.max(1, Math.min(columns, field.span ?? (isWide(field, wideControl) ? columns : 1)));
  if (field.type === 'section') return <SectionView field={field} span={span} />;
  if (field.type === 'subform') return <SubformView field={field} pointer={pointer} span={span} />;
  if (field.type === 'description') return <DescriptionView field={field} pointer={pointer} span={span} />;
  return <FieldView field={field} pointer={pointer} span={span} />;
}
