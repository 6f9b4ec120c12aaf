/**
 * Scoring before the workshop, by file. The facilitator saves a response pack for each
 * participant; each participant opens theirs in their own copy of the app, answers it, and saves
 * a response file; the facilitator imports the response files. A response carries the
 * participant's id, so importing a newer file from the same person updates their answers and
 * never adds them twice.
 *
 * Every file is checked completely (size first, then parseResponsePack / parseResponseFile)
 * before anything is written. Imported scores are hidden like live ones until the reveal.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import pkg from '../../package.json';
import { assessmentFileTooLargeMessage, MAX_ASSESSMENT_FILE_BYTES } from '../../shared/export/assessment-file';
import {
  parseResponseFile,
  parseResponsePack,
  type ResponseImportResult,
  type ResponsePack,
  type ResponsePackSummary,
  toResponseFile,
  toResponsePackFile,
} from '../../shared/export/response-files';
import { decodeFileText } from '../../shared/file-text';
import { allQuestions, findQuestion, getFramework } from '../../shared/framework';
import { AppError } from '../../shared/result';
import { participantLabels } from '../../shared/workshop';
import * as store from '../db/assessments';
import * as packs from '../db/response-packs';
import * as workshop from '../db/workshop';
import type { Deps, Handlers } from '../deps';
import { writeFileAtomically } from '../files';
import { frameworkOf, requireAssessment } from './common';

import { workshopView } from './workshop';

const JSON_FILTER = [{ name: 'Neighbourhood Ready file', extensions: ['json'] }];

function requireDialogs(deps: Deps) {
  if (!deps.dialogs) throw new AppError('internal', 'Choosing files is not available here.');
  return deps.dialogs;
}

function meta(deps: Deps) {
  return { exportedAt: deps.now().toISOString(), app: { name: pkg.productName, version: pkg.version } };
}

/** Lower case, letters and digits joined by hyphens: safe in a file name on every system. */
function slug(text: string, fallback: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase() || fallback
  );
}

/** Reads a chosen file after checking its size; a problem names the file. */
async function readChosen(file: string, kind: 'response-pack' | 'response'): Promise<string> {
  const { size } = await fs.stat(file);
  if (size > MAX_ASSESSMENT_FILE_BYTES) {
    throw new AppError('invalid-input', `${path.basename(file)}: ${assessmentFileTooLargeMessage(size, kind)}`);
  }
  const text = decodeFileText(await fs.readFile(file), 'This file');
  if (!text.ok) throw new AppError('invalid-input', `${path.basename(file)}: ${text.message}`);
  return text.text;
}

function summarisePack(stored: packs.StoredPack): ResponsePackSummary {
  const framework = getFramework(stored.pack.frameworkVersion);
  const ids = new Set(framework ? allQuestions(framework).map((q) => q.id) : []);
  const p = stored.pack.participant;
  return {
    id: stored.id,
    pcnName: stored.pack.profile.pcnName,
    assessmentDate: stored.pack.assessmentDate,
    participantName: p.name.trim(),
    answered: stored.answers.filter((a) => ids.has(a.questionId) && (a.current !== null || a.dontKnow)).length,
    questionCount: ids.size,
    openedAt: stored.openedAt,
    updatedAt: stored.updatedAt,
  };
}

function requirePack(deps: Deps, id: string): packs.StoredPack {
  const stored = packs.getPack(deps.db, id);
  if (!stored) throw new AppError('not-found', 'That response pack is no longer on this computer.');
  return stored;
}

export const responseHandlers = {
  /** The facilitator saves one participant's response pack: the profile and questions, and no one's scores. */
  async exportResponsePack(deps, input) {
    const assessment = requireAssessment(deps, input.assessmentId);
    const index = assessment.participants.findIndex((p) => p.id === input.participantId);
    const participant = assessment.participants[index];
    if (!participant) throw new AppError('not-found', 'That participant is not in this workshop.');
    const pack: ResponsePack = {
      id: deps.newId(),
      assessmentId: assessment.id,
      frameworkVersion: assessment.frameworkVersion,
      assessmentDate: assessment.assessmentDate,
      profile: assessment.profile,
      participant: { ...participant },
      anonymous: assessment.workshop.anonymous,
    };
    const content = toResponsePackFile(pack, meta(deps));
    const who = participant.name.trim() === '' ? `participant-${index + 1}` : slug(participant.name, 'participant');
    const target = await requireDialogs(deps).chooseFileToSave({
      title: 'Save the response pack',
      defaultName: `${slug(assessment.profile.pcnName, 'pcn')}-response-pack-${who}.json`,
      filters: JSON_FILTER,
    });
    if (!target) return null;
    await writeFileAtomically(target, content);
    return { fileName: path.basename(target), bytes: Buffer.byteLength(content) };
  },

  /** The facilitator imports participants' response files into this assessment's workshop. */
  async importResponseFiles(deps, input) {
    const assessment = requireAssessment(deps, input.assessmentId);
    // Refused before the dialog opens when the app does not know the assessment's framework.
    frameworkOf(deps, input.assessmentId);
    const files = await requireDialogs(deps).chooseFilesToOpen({
      title: 'Import response files',
      filters: JSON_FILTER,
      multiple: true,
    });
    if (files.length === 0) return null;
    const results: ResponseImportResult[] = [];
    for (const file of files) {
      const fileName = path.basename(file);
      const refuse = (message: string, participant = '') =>
        results.push({ fileName, outcome: 'refused', participant, answers: 0, message });
      let text: string;
      try {
        text = await readChosen(file, 'response');
      } catch (error) {
        refuse(error instanceof AppError ? error.message.replace(`${fileName}: `, '') : 'The file could not be read.');
        continue;
      }
      const parsed = parseResponseFile(text);
      if (!parsed.ok) {
        refuse(parsed.message);
        continue;
      }
      const response = parsed.file.response;
      if (response.assessmentId !== assessment.id) {
        refuse(
          `This response is for another assessment (${response.pcnName}), not this one. Import it into that assessment instead.`,
        );
        continue;
      }
      if (response.frameworkVersion !== assessment.frameworkVersion) {
        refuse(
          `This response answers framework version ${response.frameworkVersion}, but this assessment uses ${assessment.frameworkVersion}.`,
        );
        continue;
      }
      const now = deps.now().toISOString();
      const answered = response.answers.filter(
        (a) => a.current !== null || a.dontKnow || a.target !== null || a.reason.trim() !== '',
      );
      const notes: string[] = [];
      let imported = 0;
      const outcome = deps.db.transaction((): 'imported' | 'updated' => {
        const owner = workshop.participantAssessment(deps.db, response.participant.id);
        if (owner !== undefined && owner !== assessment.id) {
          throw new AppError('conflict', 'This response names a participant of another assessment.');
        }
        if (owner === undefined) {
          workshop.upsertParticipant(deps.db, assessment.id, response.participant, now);
          notes.push('They were not in the participants list, so they have been added.');
        }
        // Scores entered live in the workshop are never replaced by a file without the
        // facilitator seeing it: they are kept, and the result says which answers were left out.
        const live = new Set(
          deps.db
            .prepare("SELECT question_id FROM participant_score WHERE participant_id = ? AND source = 'live'")
            .pluck()
            .all(response.participant.id) as string[],
        );
        const given = answered.filter((a) => !live.has(a.questionId));
        const kept = answered.length - given.length;
        if (kept > 0) {
          notes.push(
            `${kept === 1 ? '1 answer in the file was' : `${kept} answers in the file were`} not imported: ` +
              `the scores entered live in the workshop for ${kept === 1 ? 'that question are' : 'those questions are'} kept. ` +
              'If the file is right, change them in the scoring grid.',
          );
        }
        imported = given.length;
        const before = deps.db
          .prepare("SELECT count(*) AS n FROM participant_score WHERE participant_id = ? AND source = 'response-file'")
          .get(response.participant.id) as { n: number };
        workshop.dropResponseFileScores(
          deps.db,
          response.participant.id,
          given.map((a) => a.questionId),
        );
        for (const a of given) {
          workshop.saveScore(
            deps.db,
            assessment.id,
            { participantId: response.participant.id, ...a, reason: a.reason.trim() },
            'response-file',
            now,
          );
        }
        return before.n > 0 ? 'updated' : 'imported';
      });
      try {
        const result = outcome();
        const participants = store.getAssessment(deps.db, assessment.id)?.participants ?? [];
        const labels = participantLabels(participants, assessment.workshop.anonymous);
        results.push({
          fileName,
          outcome: result,
          participant: labels.get(response.participant.id) ?? 'A participant',
          answers: imported,
          message: notes.join(' '),
        });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        refuse(error.message);
      }
    }
    return {
      results,
      participants: store.getAssessment(deps.db, assessment.id)?.participants ?? [],
      workshop: workshopView(deps, assessment.id),
    };
  },

  // ---------------------------------------------------------------------------------------------
  // On a participant's own computer

  /** Opens a response pack to answer it here. Opening the same person's pack again keeps their answers. */
  async openResponsePack(deps) {
    const [file] = await requireDialogs(deps).chooseFilesToOpen({
      title: 'Open a response pack',
      filters: JSON_FILTER,
      multiple: false,
    });
    if (!file) return null;
    const fileName = path.basename(file);
    const parsed = parseResponsePack(await readChosen(file, 'response-pack'));
    if (!parsed.ok) throw new AppError('invalid-input', `${fileName}: ${parsed.message} Nothing was opened.`);
    let pack = parsed.file.pack;
    // A pack id already used by another person's pack here (a copied file edited by hand) gets a new one.
    const sameId = packs.getPack(deps.db, pack.id);
    if (sameId && sameId.pack.participant.id !== pack.participant.id) pack = { ...pack, id: deps.newId() };
    const { id, reopened } = packs.savePack(deps.db, pack, deps.now().toISOString());
    return { reopened, pack: summarisePack(requirePack(deps, id)) };
  },

  listResponsePacks(deps) {
    return packs.listPacks(deps.db).map(summarisePack);
  },

  getResponsePack(deps, input) {
    const stored = requirePack(deps, input.id);
    return { id: stored.id, pack: stored.pack, answers: stored.answers };
  },

  saveResponsePackAnswer(deps, input) {
    const stored = requirePack(deps, input.packId);
    const framework = getFramework(stored.pack.frameworkVersion);
    if (!framework || !findQuestion(framework, input.answer.questionId)) {
      throw new AppError('invalid-input', `There is no question ${input.answer.questionId} in this pack.`);
    }
    if (input.answer.dontKnow && input.answer.current !== null) {
      throw new AppError('invalid-input', 'An answer cannot be both a level and "Don\'t know".');
    }
    const savedAt = deps.now().toISOString();
    packs.saveAnswer(deps.db, input.packId, input.answer, savedAt);
    return { savedAt };
  },

  /** Saves the participant's answers as a response file to send back to the facilitator. */
  async exportResponseFile(deps, input) {
    const stored = requirePack(deps, input.packId);
    const { pack } = stored;
    const content = toResponseFile(
      {
        packId: pack.id,
        assessmentId: pack.assessmentId,
        frameworkVersion: pack.frameworkVersion,
        pcnName: pack.profile.pcnName,
        participant: pack.participant,
        answers: stored.answers,
      },
      meta(deps),
    );
    const who = slug(pack.participant.name, 'participant');
    const target = await requireDialogs(deps).chooseFileToSave({
      title: 'Save your response file',
      defaultName: `${slug(pack.profile.pcnName, 'pcn')}-response-${who}.json`,
      filters: JSON_FILTER,
    });
    if (!target) return null;
    await writeFileAtomically(target, content);
    return { fileName: path.basename(target), bytes: Buffer.byteLength(content) };
  },

  deleteResponsePack(deps, input) {
    if (!packs.deletePack(deps.db, input.id)) {
      throw new AppError('not-found', 'That response pack is no longer on this computer.');
    }
    return { deletedAt: deps.now().toISOString() };
  },
} satisfies Partial<Handlers>;
