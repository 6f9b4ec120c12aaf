/**
 * Statements compiled once per connection. Compiling a statement costs about as much as running
 * a small one (measured by `npm run bench`), so the save path, which runs for every answer,
 * takes its statements from here instead of calling `db.prepare` each time.
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
