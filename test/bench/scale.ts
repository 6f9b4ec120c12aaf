/**
 * Scale: a database holding 5,000 completed assessments, an ICB's archive over years (copies of
 * the worked example with fresh ids: every question answered, 8 participants with their workshop
 * scores, 30 actions each). Listing them, opening one and exporting one's PDF, each through the
 * full dispatch path as the renderer calls them; the database's bytes per assessment, by table.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { insertFullAssessment } from '../../electron/db/assessments';
import { openDatabase } from '../../electron/db/open';
import type { Deps } from '../../electron/deps';
import { handlers } from '../../electron/handlers';
import { dispatch } from '../../electron/ipc/dispatch';
import type { Assessment } from '../../shared/domain';
import { exampleAssessment } from '../../shared/example';
import { type BenchResult, kb, mb, median, ms, progress, round, timeMsAsync } from './stats';

const ASSESSMENTS = 5_000;
const LIST_RUNS = 50;
const OPEN_RUNS = 200;
const EXPORT_RUNS = 10;
const BUDGET_LIST_MS = 20;
const BUDGET_OPEN_MS = 30;

/** Workshop scores name their participant by id; assessments made without a workshop have none. */
type WorkshopScores = { workshop?: { scores: { participantId: string }[] } };

export function copyOf(a: Assessment, n: number): Assessment {
  const fresh = () => randomUUID();
  const day = String(1 + (n % 28)).padStart(2, '0');
  const participantIds = new Map(a.participants.map((p) => [p.id, fresh()]));
  const { workshop } = a as WorkshopScores;
  return {
    ...a,
    id: fresh(),
    assessmentDate: `2026-${String(1 + (n % 11)).padStart(2, '0')}-${day}`,
    profile: {
      ...a.profile,
      pcnName: `Copy ${n + 1} of ${a.profile.pcnName}`,
      practices: a.profile.practices.map((p) => ({ ...p, id: fresh() })),
    },
    partners: a.partners.map((p) => ({ ...p, id: fresh() })),
    participants: a.participants.map((p) => ({ ...p, id: participantIds.get(p.id) as string })),
    actions: a.actions.map((x) => ({ ...x, id: fresh() })),
    ...(workshop
      ? {
          workshop: {
            ...workshop,
            scores: workshop.scores.map((s) => ({ ...s, participantId: participantIds.get(s.participantId) })),
          },
        }
      : {}),
  } as Assessment;
}

async function call(deps: Deps, channel: string, input: unknown): Promise<unknown> {
  const result = await dispatch(handlers, deps, channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value;
}

export async function benchScale(dir: string): Promise<BenchResult> {
  progress('scale', `writing ${ASSESSMENTS} completed assessments in one transaction…`);
  const file = path.join(dir, 'scale.sqlite');
  const db = await openDatabase(file, { backupDir: path.join(dir, 'backups') });
  const example = exampleAssessment();
  const ids: string[] = [];
  const now = '2026-11-22T09:30:00.000Z';
  const seedStart = performance.now();
  db.transaction(() => {
    for (let n = 0; n < ASSESSMENTS; n++) {
      const copy = copyOf(example, n);
      insertFullAssessment(db, copy, now);
      ids.push(copy.id);
    }
  })();
  const seedMs = performance.now() - seedStart;
  // Everything into the main file first, so its size is the data's and not the log's.
  db.pragma('wal_checkpoint(TRUNCATE)');
  const databaseBytes = fs.statSync(file).size;
  const byTable = db
    .prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC')
    .all() as { name: string; bytes: number }[];
  const largest = byTable
    .slice(0, 3)
    .map((t) => `${t.name} ${((100 * t.bytes) / databaseBytes).toFixed(0)}%`)
    .join(', ');
  const exportFile = path.join(dir, 'export.pdf');
  const deps: Deps = {
    db,
    now: () => new Date(now),
    newId: randomUUID,
    log: console.error,
    dialogs: {
      chooseFilesToOpen: async () => [],
      chooseFileToSave: async () => exportFile,
    },
  };
  progress('scale', `written in ${ms(seedMs)}; database ${mb(databaseBytes)}; listing ${LIST_RUNS} times…`);
  const listed = (await call(deps, 'listAssessments', undefined)) as unknown[];
  if (listed.length !== ASSESSMENTS) throw new Error(`listAssessments returned ${listed.length} rows.`);
  const list: number[] = [];
  for (let i = 0; i < LIST_RUNS; i++) list.push(await timeMsAsync(() => call(deps, 'listAssessments', undefined)));

  progress('scale', `opening ${OPEN_RUNS} assessments…`);
  const open: number[] = [];
  for (let i = 0; i < OPEN_RUNS; i++) {
    const id = ids[(i * 37) % ids.length];
    open.push(await timeMsAsync(() => call(deps, 'getAssessment', { id })));
  }

  progress('scale', `exporting one assessment's PDF ${EXPORT_RUNS} times…`);
  const exportIds = { assessmentId: ids[ids.length >> 1], format: 'pdf' };
  await call(deps, 'exportPlan', exportIds);
  const exported: number[] = [];
  for (let i = 0; i < EXPORT_RUNS; i++) exported.push(await timeMsAsync(() => call(deps, 'exportPlan', exportIds)));
  const exportBytes = fs.statSync(exportFile).size;
  db.close();

  const listMs = median(list);
  const openMs = median(open);
  const exportMs = median(exported);
  return {
    name: 'scale',
    rows: [
      {
        measure: `${ASSESSMENTS} assessments: list them (listAssessments)`,
        figure: `median ${ms(listMs)}`,
        budget: `< ${BUDGET_LIST_MS} ms`,
        holds: listMs < BUDGET_LIST_MS,
      },
      {
        measure: `${ASSESSMENTS} assessments: open one (getAssessment)`,
        figure: `median ${ms(openMs)}`,
        budget: `< ${BUDGET_OPEN_MS} ms`,
        holds: openMs < BUDGET_OPEN_MS,
      },
      {
        measure: `${ASSESSMENTS} assessments: database bytes per assessment (largest tables and indexes)`,
        figure: `${kb(databaseBytes / ASSESSMENTS)} (${mb(databaseBytes)} in all; ${largest})`,
        budget: '',
        holds: null,
      },
      {
        measure: `${ASSESSMENTS} assessments: write them (one transaction, information)`,
        figure: ms(seedMs),
        budget: '',
        holds: null,
      },
      {
        measure: `${ASSESSMENTS} assessments: export one as PDF (exportPlan, file written)`,
        figure: `median ${ms(exportMs)}, ${mb(exportBytes)}`,
        budget: '',
        holds: null,
      },
    ],
    figures: {
      assessments: ASSESSMENTS,
      databaseBytes,
      bytesPerAssessment: Math.round(databaseBytes / ASSESSMENTS),
      bytesByTable: Object.fromEntries(byTable.map((t) => [t.name, t.bytes])),
      seedMs: round(seedMs),
      listMedianMs: round(listMs),
      openMedianMs: round(openMs),
      exportPdfMedianMs: round(exportMs),
      exportPdfBytes: exportBytes,
    },
    notes: [],
  };
}
