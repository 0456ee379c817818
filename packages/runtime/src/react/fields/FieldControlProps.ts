import type { FieldDefinition, Locale } from '../../engine/index.js';
import type { FormServices } from '../FormServices.js';

/**
 * What every field control receives. The control owns only its widget: the label, description
 * and error around it come from `FieldView`, which also decides when errors show.
 */
export interface FieldControlProps<F extends FieldDefinition = FieldDefinition> {
  readonly field: F;
  /** Where the value lives in the record, e.g. `/f_items/2/f_qty`. */
  readonly pointer: string;
  readonly value: unknown;
  readonly onChange: (value: unknown) => void;
  /** Marks the field touched: its errors show from then on. */
  readonly onBlur: () => void;
  /** Id of the focusable element the label points at (or the group's first input). */
  readonly inputId: string;
  /** Id of the visible label or legend, for aria-labelledby. */
  readonly labelId: string;
  /** Ids of the description and the shown error, for aria-describedby. */
  readonly describedBy: string | undefined;
  readonly invalid: boolean;
  readonly required: boolean;
  readonly readOnly: boolean;
  readonly locale: Locale;
  readonly services: FormServices;
}
