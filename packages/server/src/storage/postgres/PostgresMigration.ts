/**
 * One numbered step of the PostgreSQL schema, the counterpart of the SQLite adapter's `Migration`:
 * files are `migrations/NNNN_name.ts`, each applied once in its own transaction and recorded in
 * `schema_migrations`. The two dialects number their migrations independently; never edit one
 * that has shipped, add the next number.
 */
export interface PostgresMigration {
  readonly version: number;
  readonly name: string;
  /** SQL sent as one simple query (several statements allowed, no parameters). */
  readonly up: string;
}
