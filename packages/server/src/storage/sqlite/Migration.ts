/**
 * One numbered step of the database schema. Files are `migrations/NNNN_name.ts`; each is applied
 * once, inside its own transaction, and recorded in `schema_migrations`. Never edit a migration
 * that has shipped: add the next number.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  /** SQL run with `db.exec` (several statements allowed). */
  readonly up: string;
}
