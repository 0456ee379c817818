/** A value bound into a PostgreSQL statement: always a parameter, never SQL text. */
export type PgParam = string | number | null;

/**
 * A piece of PostgreSQL text and the parameters its placeholders take. Placeholders are numbered
 * `$1…$n` *within the fragment*, in the order of `params`; combining fragments (`pgSql`,
 * `pgJoin`) renumbers them, so pieces are written and tested on their own and never need to know
 * how many parameters came before them — what SQLite's positional `?` gave for free.
 *
 * The text never holds a `$` other than placeholders: identifiers come from `valueColumnName`
 * (letters, digits, `_`) and no dollar quoting is used.
 */
export interface PgFragment {
  readonly sql: string;
  readonly params: readonly PgParam[];
}

/** A fragment of SQL text with no parameters. Only for text built by this adapter, never for values. */
export function pgRaw(sql: string): PgFragment {
  return { sql, params: [] };
}

/** One parameter: `$1`. */
export function pgParam(value: PgParam): PgFragment {
  return { sql: '$1', params: [value] };
}

/**
 * A fragment from a template: interpolated fragments are spliced in (renumbered), any other
 * interpolated value becomes a parameter — so a value can never become SQL text by mistake.
 *
 * @example
 * pgSql`${pgRaw('v."v_f_n"')} > ${100} AND ${pgSql`x = ${'a'}`}` // { sql: 'v."v_f_n" > $1 AND x = $2', params: [100, 'a'] }
 */
export function pgSql(strings: TemplateStringsArray, ...values: readonly (PgFragment | PgParam)[]): PgFragment {
  const parts: PgFragment[] = [];
  strings.forEach((text, index) => {
    parts.push(pgRaw(text));
    if (index < values.length) {
      const value = values[index] as PgFragment | PgParam;
      parts.push(isFragment(value) ? value : pgParam(value));
    }
  });
  return pgJoin(parts, '');
}

/** Fragments joined by `separator`, placeholders renumbered in order. */
export function pgJoin(parts: readonly PgFragment[], separator: string): PgFragment {
  const texts: string[] = [];
  const params: PgParam[] = [];
  for (const part of parts) {
    const offset = params.length;
    texts.push(offset === 0 ? part.sql : part.sql.replace(/\$(\d+)/g, (_, number: string) => `$${Number(number) + offset}`));
    params.push(...part.params);
  }
  return { sql: texts.join(separator), params };
}

function isFragment(value: PgFragment | PgParam): value is PgFragment {
  return typeof value === 'object' && value !== null;
}
