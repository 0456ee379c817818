import type { ComponentType } from 'react';
import type { FieldDefinition, FieldType } from '../../engine/index.js';
import { AddressInput } from './AddressInput.js';
import { CheckboxGroup } from './CheckboxGroup.js';
import { ComputedValue } from './ComputedValue.js';
import { DateInput } from './DateInput.js';
import type { FieldControlProps } from './FieldControlProps.js';
import { FileUpload } from './FileUpload.js';
import { LinkPicker } from './LinkPicker.js';
import { LocationInput } from './LocationInput.js';
import { LookupValue } from './LookupValue.js';
import { MemberPicker } from './MemberPicker.js';
import { NumberInput } from './NumberInput.js';
import { RadioGroup } from './RadioGroup.js';
import { RatingInput } from './RatingInput.js';
import { RichTextInput } from './RichTextInput.js';
import { SelectInput } from './SelectInput.js';
import { SignaturePad } from './SignaturePad.js';
import { TextArea } from './TextArea.js';
import { TextInput } from './TextInput.js';

/** A field control and how FieldView labels it. */
export interface FieldControlEntry {
  // Each control narrows `field` to its own definition type; the registry is keyed by type, so
  // FieldView hands every control the definition it expects.
  readonly Control: ComponentType<FieldControlProps<never>>;
  /** `label`: a `<label for>`; `group`: a fieldset with a legend (several inputs). */
  readonly labelling: 'label' | 'group';
  /** Takes the whole row of the grid by default. */
  readonly wide?: boolean;
}

/** The field types drawn by a control (sections, subforms and descriptions are layout). */
export type ControlFieldType = Exclude<FieldType, 'section' | 'subform' | 'description'>;

export type FieldControlRegistry = Readonly<Record<ControlFieldType, FieldControlEntry>>;

const label = (Control: FieldControlEntry['Control'], wide = false): FieldControlEntry => ({ Control, labelling: 'label', wide });
const group = (Control: FieldControlEntry['Control'], wide = false): FieldControlEntry => ({ Control, labelling: 'group', wide });

/** The built-in control for every field type. `FormRenderer`'s `controls` prop overrides entries. */
export const fieldControls: FieldControlRegistry = {
  text: label(TextInput),
  phone: label(TextInput),
  email: label(TextInput),
  url: label(TextInput),
  textarea: label(TextArea, true),
  number: label(NumberInput),
  money: label(NumberInput),
  date: label(DateInput),
  datetime: label(DateInput),
  radio: group(RadioGroup),
  checkbox: group(CheckboxGroup),
  select: label(SelectInput),
  multiselect: label(SelectInput),
  member: label(MemberPicker),
  members: label(MemberPicker),
  department: label(MemberPicker),
  departments: label(MemberPicker),
  address: group(AddressInput, true),
  location: label(LocationInput),
  image: label(FileUpload),
  attachment: label(FileUpload),
  signature: label(SignaturePad),
  richtext: label(RichTextInput, true),
  link: label(LinkPicker),
  lookup: label(LookupValue),
  serial: label(ComputedValue),
  formula: label(ComputedValue),
  rating: group(RatingInput),
};

/** Whether a field definition is drawn by a control (not a section, subform or description). */
export function isControlField(field: FieldDefinition): field is Extract<FieldDefinition, { type: ControlFieldType }> {
  return field.type !== 'section' && field.type !== 'subform' && field.type !== 'description';
}
