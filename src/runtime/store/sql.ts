/**
 * The little the shared store needs from PostgreSQL: parameterised queries and a transaction on one
 * connection. One SQL layer is written against this, and two thin adapters provide it: the `pg` driver
 * for a real server and PGlite (the same engine in WebAssembly) for tests and benchmarks.
 */
export interface SqlQuery {
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
}

export interface Sql extends SqlQuery {
  /** Runs `work` inside BEGIN … COMMIT on one connection; a throw rolls it back. */
  transaction<T>(work: (tx: SqlQuery) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Schema names are spliced into SQL text, so only plain lower-case identifiers are accepted. */
export function schemaIdentifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`"${name}" is not a usable schema name (lower-case letters, digits and _)`);
  return `"${name}"`;
}
