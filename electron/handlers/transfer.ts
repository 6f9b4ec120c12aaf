/**
 * Handlers that move data in and out: exports written after a save dialog, assessment files
 * imported after an open dialog (validated completely before anything is written), and the
 * built-in worked example.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { todayIso } from '../../shared/dates';
import type { Assessment } from '../../shared/domain';
import { EXAMPLE_ASSESSMENT_ID, exampleAssessment } from '../../shared/example';
import {
  assessmentFileTooLargeMessage,
  MAX_ASSESSMENT_FILE_BYTES,
  parseAssessmentFile,
} from '../../shared/export/assessment-file';
import { decodeFileText } from '../../shared/file-text';
import { benchmarkPosition } from '../../shared/portfolio/benchmark';
import { AppError } from '../../shared/result';
import * as store from '../db/assessments';
import type { DB } from '../db/open';
import type { Deps, Handlers } from '../deps';
import { defaultFileName, EXPORT_FILE_TYPES, renderAnyExport } from '../exports';
import { writeFileAtomically } from '../files';
import { summarise } from './assessments';
import { requireAssessment } from './common';
import { storedBenchmarkFile } from './portfolio';

/** Where the assessment stands against the benchmark imported on this computer, if there is one. */
function benchmarkFor(deps: Deps, assessment: Assessment) {
  const stored = storedBenchmarkFile(deps.db);
  return stored ? benchmarkPosition(stored.file, assessment) : null;
}

function requireDialogs(deps: Deps) {
  if (!deps.dialogs) throw new AppError('internal', 'Choosing files is not available here.');
  return deps.dialogs;
}

function summaryOf(deps: Deps, id: string) {
  const row = store.listAssessments(deps.db).find((r) => r.id === id);
  if (!row) throw new AppError('internal', 'The assessment could not be read back.');
  return summarise(row);
}

/** Imports waiting for the user's choice between a copy and a replacement, by token. */
const pendingImports = new WeakMap<DB, Map<string, Assessment>>();

/** The same assessment with new ids throughout, so it can sit beside the original. */
function asCopy(a: Assessment): Assessment {
  const fresh = () => randomUUID();
  const participantIds = new Map(a.participants.map((p) => [p.id, fresh()]));
  // Check-ins may name actions deleted since: they get new ids too, the same one each time.
  const actionIds = new Map(
    [...a.actions.map((x) => x.id), ...a.checkIns.flatMap((c) => c.entries.map((e) => e.actionId))].map((id) => [
      id,
      fresh(),
    ]),
  );
  return {
    ...a,
    id: fresh(),
    profile: { ...a.profile, practices: a.profile.practices.map((p) => ({ ...p, id: fresh() })) },
    partners: a.partners.map((p) => ({ ...p, id: fresh() })),
    participants: a.participants.map((p) => ({ ...p, id: participantIds.get(p.id) ?? fresh() })),
    actions: a.actions.map((x) => ({ ...x, id: actionIds.get(x.id) ?? fresh() })),
    checkIns: a.checkIns.map((c) => ({
      ...c,
      id: fresh(),
      entries: c.entries.map((e) => ({ ...e, actionId: actionIds.get(e.actionId) ?? fresh() })),
    })),
    workshop: {
      ...a.workshop,
      scores: a.workshop.scores.map((s) => ({
        ...s,
        participantId: participantIds.get(s.participantId) ?? s.participantId,
      })),
    },
  };
}

export const transferHandlers = {
  async exportPlan(deps, input) {
    const { lastPosition: _position, ...assessment } = requireAssessment(deps, input.assessmentId);
    const previous = assessment.previousAssessmentId
      ? (store.getAssessment(deps.db, assessment.previousAssessmentId) ?? null)
      : null;
    const now = deps.now();
    const content = await renderAnyExport(input.format, {
      assessment,
      previous,
      generatedOn: todayIso(() => now),
      exportedAt: now.toISOString(),
      ...(deps.fontDir ? { fontDir: deps.fontDir } : {}),
      benchmark: benchmarkFor(deps, assessment),
    });
    const type = EXPORT_FILE_TYPES[input.format];
    const target = await requireDialogs(deps).chooseFileToSave({
      title: 'Save the export',
      defaultName: defaultFileName(assessment, input.format),
      filters: [{ name: type.filterName, extensions: [type.extension] }],
    });
    if (!target) return null;
    await writeFileAtomically(target, content);
    const bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
    return { fileName: path.basename(target), bytes };
  },

  async importAssessmentFile(deps) {
    const [file] = await requireDialogs(deps).chooseFilesToOpen({
      title: 'Open an assessment file',
      filters: [{ name: 'Neighbourhood Ready assessment', extensions: ['json'] }],
      multiple: false,
    });
    if (!file) return null;
    const fileName = path.basename(file);
    const { size } = await fs.stat(file);
    if (size > MAX_ASSESSMENT_FILE_BYTES) {
      throw new AppError('invalid-input', `${fileName}: ${assessmentFileTooLargeMessage(size)} Nothing was imported.`);
    }
    const text = decodeFileText(await fs.readFile(file), 'This file');
    if (!text.ok) throw new AppError('invalid-input', `${fileName}: ${text.message}`);
    const parsed = parseAssessmentFile(text.text);
    if (!parsed.ok) throw new AppError('invalid-input', `${fileName}: ${parsed.message} Nothing was imported.`);
    const assessment = parsed.file.assessment;
    if (store.assessmentState(deps.db, assessment.id) !== 'absent') {
      const token = randomUUID();
      const pending = pendingImports.get(deps.db) ?? new Map<string, Assessment>();
      pending.set(token, assessment);
      pendingImports.set(deps.db, pending);
      return {
        outcome: 'exists' as const,
        token,
        fileName,
        pcnName: assessment.profile.pcnName,
        assessmentDate: assessment.assessmentDate,
      };
    }
    store.insertFullAssessment(deps.db, assessment, deps.now().toISOString());
    return { outcome: 'imported' as const, fileName, assessment: summaryOf(deps, assessment.id) };
  },

  /** The user's answer when an imported assessment is already here: keep both, or replace (after a backup). */
  async resolveImport(deps, input) {
    const pending = pendingImports.get(deps.db);
    const assessment = pending?.get(input.token);
    if (!pending || !assessment) {
      throw new AppError('not-found', 'That import is no longer waiting. Choose the file again.');
    }
    pending.delete(input.token);
    if (input.choice === 'cancel') return null;
    const now = deps.now().toISOString();
    if (input.choice === 'copy') {
      const copy = asCopy(assessment);
      store.insertFullAssessment(deps.db, copy, now);
      return summaryOf(deps, copy.id);
    }
    await deps.backup?.('before-import-replace');
    deps.db.transaction(() => {
      store.hardDelete(deps.db, assessment.id);
      store.insertFullAssessment(deps.db, assessment, now);
    })();
    return summaryOf(deps, assessment.id);
  },

  /** Opens the built-in worked example, adding it (or bringing it back from the deleted list) first. */
  loadExample(deps) {
    const state = store.assessmentState(deps.db, EXAMPLE_ASSESSMENT_ID);
    if (state === 'deleted') store.restore(deps.db, EXAMPLE_ASSESSMENT_ID, deps.now().toISOString());
    if (state === 'absent') store.insertFullAssessment(deps.db, exampleAssessment(), deps.now().toISOString());
    return summaryOf(deps, EXAMPLE_ASSESSMENT_ID);
  },
} satisfies Partial<Handlers>;
