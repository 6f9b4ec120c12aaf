/**
 * Statements compiled once per connection. Compiling a statement costs about as much as running
 * a small one (measured by `npm run bench`), so the storage modules take their statements from
 * here instead of calling `db.prepare` each time: every answer saved, and an import writes
 * hundreds of rows per assessment. A statement whose mode is changed (`pluck`, `raw`) is not
 * shared this way.
 */
import type { Statement } from 'better-sqlite3';
import type { DB } from './open';

const statements = new WeakMap<DB, Map<string, Statement>>();

export function prepared(db: DB, sql: string): Statement {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}
