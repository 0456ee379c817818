import type { ParseResult } from '@formwork/runtime';
import { useEffect, useState } from 'react';
import { versionMessages as vm } from '../../i18n/versionMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';

/** What is known of a published version's document: being read, read and parsed, or why it could not be. */
export type LoadedVersion<T> = { readonly state: 'loading' } | { readonly state: 'ready'; readonly raw: unknown; readonly value: T } | { readonly state: 'failed'; readonly message: string };

/**
 * Reads the published versions `wanted` from the server once each and parses them with the
 * engine's parser (so an older schema version comes back migrated), for any versioned document
 * (forms, dashboards). Without `load` nothing is read.
 */
export function useLoadedVersions<T>(wanted: readonly number[], load: ((version: number) => Promise<unknown>) | undefined, parse: (raw: unknown) => ParseResult<T>): ReadonlyMap<number, LoadedVersion<T>> {
  const { t } = useLocale();
  const [loaded, setLoaded] = useState<ReadonlyMap<number, LoadedVersion<T>>>(new Map());
  const key = wanted.join(',');
  useEffect(() => {
    if (!load) return;
    // By its numbers (`key`): a new array of the same versions reads nothing again.
    const versions = new Set(key === '' ? [] : key.split(',').map(Number));
    for (const version of versions) {
      if (loaded.has(version)) continue;
      setLoaded((current) => new Map(current).set(version, { state: 'loading' }));
      load(version).then(
        (raw) => {
          const parsed = parse(raw);
          const entry: LoadedVersion<T> = parsed.ok ? { state: 'ready', raw, value: parsed.value } : { state: 'failed', message: t(vm.unreadable, { version }) };
          setLoaded((current) => new Map(current).set(version, entry));
        },
        (error: unknown) => {
          const message = t(vm.loadFailed, { version, message: error instanceof Error ? error.message : String(error) });
          setLoaded((current) => new Map(current).set(version, { state: 'failed', message }));
        },
      );
    }
  }, [key, load, parse, loaded, t]);
  return loaded;
}
