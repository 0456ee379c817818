/** What one value table has: its columns with their catalog types, and its indexes. */
export interface ValueTableFacts {
  readonly columns: ReadonlyMap<string, string>;
  readonly indexes: ReadonlySet<string>;
}

/**
 * What the record store knows of value tables without asking the catalog: a form's table number,
 * and the columns and indexes each table has. Value tables only ever grow (columns and indexes are
 * added, never dropped; a column is retyped only to a field's new kind, which the writer then
 * asks for and so finds missing), so a fact once true stays true — as long as it was committed.
 */
export interface PgValueTableFacts {
  table(name: string): ValueTableFacts | undefined;
  learnTable(name: string, facts: ValueTableFacts): void;
  tableNumber(formId: string): number | undefined;
  learnTableNumber(formId: string, number: number): void;
}

/** A transaction's view: reads through to what is committed, keeps what it learns until it ends. */
export interface PgTransactionFacts extends PgValueTableFacts {
  /** The transaction committed: what it learned is true for everyone now. */
  commit(): void;
  /** It (or a savepoint in it) rolled back: what it learned may be undone, so forget it. */
  discard(): void;
}

/** The process's facts: the pool's view, and a layer per transaction. */
export interface PgValueTableKnowledge extends PgValueTableFacts {
  transaction(): PgTransactionFacts;
  /** Forgets everything, e.g. after a write failed on a column or table it believed in. */
  forget(): void;
}

/**
 * Facts about value tables kept per process, so that a write no longer reads the catalog to learn
 * its table is current (that query was most of a PostgreSQL submit's cost, #11). Outside a
 * transaction every statement commits at once, so what the pool learns is committed. Inside one,
 * another connection must not act on a column this transaction added before it commits (its
 * insert would fail), so a transaction learns into its own layer, merged on commit and dropped on
 * rollback.
 *
 * @example
 * const knowledge = createPgValueTableKnowledge();
 * const tx = knowledge.transaction(); … tx.commit();
 */
export function createPgValueTableKnowledge(): PgValueTableKnowledge {
  const tables = new Map<string, ValueTableFacts>();
  const numbers = new Map<string, number>();
  return {
    table: (name) => tables.get(name),
    learnTable: (name, facts) => void tables.set(name, facts),
    tableNumber: (formId) => numbers.get(formId),
    learnTableNumber: (formId, number) => void numbers.set(formId, number),
    forget: () => {
      tables.clear();
      numbers.clear();
    },
    transaction() {
      const pendingTables = new Map<string, ValueTableFacts>();
      const pendingNumbers = new Map<string, number>();
      return {
        table: (name) => pendingTables.get(name) ?? tables.get(name),
        learnTable: (name, facts) => void pendingTables.set(name, facts),
        tableNumber: (formId) => pendingNumbers.get(formId) ?? numbers.get(formId),
        learnTableNumber: (formId, number) => void pendingNumbers.set(formId, number),
        commit() {
          for (const [name, facts] of pendingTables) tables.set(name, facts);
          for (const [formId, number] of pendingNumbers) numbers.set(formId, number);
          pendingTables.clear();
          pendingNumbers.clear();
        },
        discard() {
          pendingTables.clear();
          pendingNumbers.clear();
        },
      };
    },
  };
}
