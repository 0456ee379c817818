/**
 * Where the stores live, as plain data a worker thread can be handed so that it opens read-only
 * stores of its own (an import's checks, an export): the SQLite file, or the PostgreSQL URL.
 */
export type StorageAddress = { readonly kind: 'sqlite'; readonly file: string } | { readonly kind: 'postgres'; readonly url: string };
