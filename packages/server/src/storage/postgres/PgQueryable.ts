import type { QueryResult, QueryResultRow } from 'pg';

/**
 * What a PostgreSQL store needs of its connection: one `query(text, values)` with `$n`
 * parameters. pg's `Pool` and `PoolClient` both are one, so the same store factory serves the
 * pool outside transactions (each call on whichever connection is free) and a transaction's own
 * client (every call inside that transaction).
 *
 * A store must therefore never assume two of its queries run on the same connection unless it is
 * given a transaction's client: anything that must be atomic is written as one statement.
 */
export interface PgQueryable {
  query<Row extends QueryResultRow = QueryResultRow>(text: string, values?: unknown[]): Promise<QueryResult<Row>>;
}
