/**
 * Only the ICB view's figures (the part of `npm run bench` in portfolio.ts), for working on it
 * without running the whole bench: `npm run build && node --import tsx test/bench/portfolio-only.ts`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchPortfolio } from './portfolio';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nr-bench-portfolio-'));
try {
  const result = await benchPortfolio(dir);
  for (const row of result.rows) {
    console.log(
      `${row.measure}: ${row.figure}${row.budget ? ` (budget ${row.budget}: ${row.holds === null ? '—' : row.holds ? 'holds' : 'DOES NOT HOLD'})` : ''}`,
    );
  }
  for (const note of result.notes) console.log(note);
  console.log(JSON.stringify({ loadAverage: os.loadavg()[0], ...result.figures }, null, 2));
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
