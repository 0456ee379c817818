import type { FieldDefinition } from '@formwork/runtime';
import { DateConstraints } from './DateConstraints.js';
import type { FieldSettingsProps } from './FieldSettingsProps.js';
import { FormulaSettings } from '../rules/FormulaSettings.js';
import { LayoutSettings } from './LayoutSettings.js';
import { LinkSettings } from './LinkSettings.js';
import { LookupSettings } from './LookupSettings.js';
import { NumberConstraints } from './NumberConstraints.js';
import { OptionsEditor } from './OptionsEditor.js';
import { OrgScopeEditor } from './OrgScopeEditor.js';
import { OtherTypeSettings } from './OtherTypeSettings.js';
import { SerialPartsEditor } from './SerialPartsEditor.js';
import { SubformSettings } from './SubformSettings.js';
import { TextConstraints } from './TextConstraints.js';

/** The settings only fields of the selected field's type have. */
export function TypeSettings({ field, update }: FieldSettingsProps<FieldDefinition>) {
  switch (field.type) {
    case 'text':
    case 'textarea':
      return <TextConstraints field={field} update={update} />;
    case 'number':
    case 'money':
      return <NumberConstraints field={field} update={update} />;
    case 'date':
    case 'datetime':
      return <DateConstraints field={field} update={update} />;
    case 'radio':
    case 'select':
    case 'checkbox':
    case 'multiselect':
      return <OptionsEditor field={field} update={update} />;
    case 'member':
    case 'members':
    case 'department':
    case 'departments':
      return <OrgScopeEditor field={field} update={update} />;
    case 'subform':
      return <SubformSettings field={field} update={update} />;
    case 'link':
      return <LinkSettings field={field} update={update} />;
    case 'lookup':
      return <LookupSettings field={field} update={update} />;
    case 'serial':
      return <SerialPartsEditor field={field} update={update} />;
    case 'formula':
      return <FormulaSettings field={field} update={update} />;
    case 'section':
    case 'description':
      return <LayoutSettings field={field} update={update} />;
    case 'rating':
    case 'image':
    case 'attachment':
    case 'signature':
    case 'address':
    case 'richtext':
      return <OtherTypeSettings field={field} update={update} />;
    case 'phone':
    case 'email':
    case 'url':
    case 'location':
      return null;
  }
}
