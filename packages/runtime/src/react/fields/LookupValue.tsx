import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { FieldDefinition, LinkField, LookupField } from '../../engine/index.js';
import { useRenderer } from '../session/RendererContext.js';
import { ComputedValue } from './ComputedValue.js';
import type { FieldControlProps } from './FieldControlProps.js';

/**
 * A value of the linked record, shown as soon as the record is picked. The server fills the
 * stored value on save; while filling in, this asks `services.describeRecords` for the source
 * field of the record the link field (same row, or top level) points at.
 */
export function LookupValue(props: FieldControlProps<LookupField>) {
  const { field, pointer, value, services } = props;
  const { session, schema } = useRenderer();
  const linkPointer = `${pointer.slice(0, pointer.lastIndexOf('/') + 1)}${field.linkField}`;
  const subscribe = useCallback((listener: () => void) => session.subscribe(linkPointer, listener), [session, linkPointer]);
  const read = (): unknown => session.getValue(linkPointer);
  const linked = useSyncExternalStore(subscribe, read, read);
  const linkField = findLink(schema.fields, field.linkField);
  const describe = services.describeRecords;
  const [fetched, setFetched] = useState<{ id: string; label: string } | null>(null);

  useEffect(() => {
    if (typeof linked !== 'string' || !linkField || !describe || (value !== undefined && value !== null && value !== '')) return;
    let current = true;
    describe(linkField.formId, field.sourceField, [linked]).then(
      (found) => current && setFetched(found[0] ? { id: linked, label: found[0].label } : null),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [linked, linkField, describe, field.sourceField, value]);

  const shown = value !== undefined && value !== null && value !== '' ? value : fetched !== null && fetched.id === linked ? fetched.label : undefined;
  return <ComputedValue {...props} value={shown} />;
}

function findLink(fields: readonly FieldDefinition[], id: string): LinkField | undefined {
  for (const field of fields) {
    if (field.id === id && field.type === 'link') return field;
    if (field.type === 'section' || field.type === 'subform') {
      const inner = findLink(field.fields, id);
      if (inner) return inner;
    }
  }
  return undefined;
}
