import type { FormSchema } from '@formwork/runtime';
import { versionMessages as vm } from '../../i18n/versionMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { describeSchemaChange } from '../../versions/describeSchemaChange.js';
import { diffFormSchemas } from '../../versions/diffFormSchemas.js';
import { useFieldId } from '../properties/useFieldId.js';

type Side = { readonly state: 'loading' } | { readonly state: 'ready'; readonly schema: FormSchema } | { readonly state: 'failed'; readonly message: string } | undefined;

export interface VersionChangesProps {
  /** The published version numbers, newest first. */
  readonly versions: readonly number[];
  readonly from: number;
  readonly to: number | 'draft';
  readonly onFrom: (version: number) => void;
  readonly onTo: (version: number | 'draft') => void;
  readonly name: (version: number | 'draft') => string;
  readonly before: Side;
  readonly after: Side;
}

/** Two versions picked (the later one may be the current draft) and what changed between them. */
export function VersionChanges({ versions, from, to, onFrom, onTo, name, before, after }: VersionChangesProps) {
  const { t, locale } = useLocale();
  const fromId = useFieldId();
  const toId = useFieldId();
  const failed = [before, after].find((side) => side?.state === 'failed');
  const ready = before?.state === 'ready' && after?.state === 'ready' ? diffFormSchemas(before.schema, after.schema) : undefined;
  const heading = t(vm.changesBetween, { from: name(from), to: name(to) });
  return (
    <section className="fw-version-changes">
      <h3>{t(vm.compare)}</h3>
      <div className="fw-setting fw-setting-inline">
        <label htmlFor={fromId}>{t(vm.compareFrom)}</label>
        <select id={fromId} value={from} onChange={(event) => onFrom(Number(event.target.value))}>
          {versions.map((version) => (
            <option key={version} value={version}>
              {name(version)}
            </option>
          ))}
        </select>
        <label htmlFor={toId}>{t(vm.compareTo)}</label>
        <select id={toId} value={to} onChange={(event) => onTo(event.target.value === 'draft' ? 'draft' : Number(event.target.value))}>
          <option value="draft">{name('draft')}</option>
          {versions.map((version) => (
            <option key={version} value={version}>
              {name(version)}
            </option>
          ))}
        </select>
      </div>
      {failed?.state === 'failed' ? (
        <p role="alert">{failed.message}</p>
      ) : !ready ? (
        <p role="status">{t(vm.loading)}</p>
      ) : ready.length === 0 ? (
        <p>{t(vm.noChanges)}</p>
      ) : (
        <ul aria-label={heading}>
          {ready.map((change, index) => (
            <li key={index}>{describeSchemaChange(change)[locale]}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
