import { fieldCatalogue, fieldTypes, type FieldGroup, type FieldType } from '@formwork/runtime';
import { useCallback } from 'react';
import { editorMessages } from '../../i18n/editorMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { paletteGroupNames } from '../../i18n/paletteMessages.js';
import { useDesignerStore } from './DesignerStoreContext.js';
import { insertionTarget } from './insertionTarget.js';
import { PaletteItem } from './PaletteItem.js';

const GROUPS: readonly FieldGroup[] = ['basic', 'advanced', 'org', 'layout'];

/** Every field type of the engine, grouped as Jiandaoyun groups them. */
export function Palette() {
  const { t } = useLocale();
  const store = useDesignerStore();
  const add = useCallback(
    (type: FieldType) => {
      const { schema, selectedId, addField } = store.getState();
      addField(type, insertionTarget(schema, selectedId, type));
    },
    [store],
  );
  return (
    <nav className="fw-palette" aria-label={t(editorMessages.palette)}>
      <h2 className="fw-visually-hidden">{t(editorMessages.palette)}</h2>
      <p className="fw-hint">{t(editorMessages.paletteHint)}</p>
      {GROUPS.map((group) => (
        <section key={group} aria-label={t(paletteGroupNames[group])}>
          <h3>{t(paletteGroupNames[group])}</h3>
          <ul>
            {fieldTypes
              .filter((type) => fieldCatalogue[type].group === group)
              .map((type) => (
                <PaletteItem key={type} type={type} onAdd={add} />
              ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
