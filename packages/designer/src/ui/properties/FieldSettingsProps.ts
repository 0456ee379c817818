import type { FieldDefinition } from '@formwork/runtime';
import type { FieldPatch } from '../../store/FieldPatch.js';

/** What every settings group of the properties panel gets: its field and a way to change it. */
export interface FieldSettingsProps<F extends FieldDefinition = FieldDefinition> {
  readonly field: F;
  readonly update: (patch: FieldPatch) => void;
}
