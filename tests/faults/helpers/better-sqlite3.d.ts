/** The little of better-sqlite3 (a dependency of the app, without bundled types) the fault tests use. */
declare module 'better-sqlite3' {
  interface Statement {
    all(...params: unknown[]): unknown[];
  }
  class Database {
    constructor(file: string, options?: { readonly?: boolean });
    prepare(sql: string): Statement;
    close(): void;
  }
  export default Database;
}
