/**
 * A workshop's files for scoring before the day: the response pack the facilitator sends to one
 * participant, and the response file that participant sends back. Both are assessment files
 * (same format marker and version, checked the same way: see assessment-file.ts) marked by their
 * `kind`, and are documented in ASSESSMENT-FILE.md.
 *
 * A pack carries the PCN profile, the framework version (so the participant's app shows the same
 * questions) and who it is for. It never carries anyone's scores. The response carries the pack's
 * ids back, so importing it again updates that participant's answers instead of adding a person.
 */
import type { z } from 'zod';
import type { IsoDate, Participant, PcnProfile } from '../domain';
import { getFramework } from '../framework/index';
import type { Level } from '../framework/types';
import {
  ASSESSMENT_FILE_FORMAT,
  ASSESSMENT_FILE_LIMITS,
  ASSESSMENT_FILE_VERSION,
  type AssessmentFileMeta,
  checkScores,
  envelopeSchema,
  readEnvelope,
  fileSchemas as s,
  schemaProblem,
  unknownFrameworkMessage,
} from './assessment-file';

/** The questions for one participant to answer before a workshop. */
export interface ResponsePack {
  /** This pack's id. */
  id: string;
  /** The facilitator's assessment the answers are for. */
  assessmentId: string;
  frameworkVersion: string;
  assessmentDate: IsoDate;
  profile: PcnProfile;
  /** Who the pack is for; their id brings the answers back to the same person. */
  participant: Participant;
  /** Whether the workshop is anonymous (names are not shown on screen or in its documents). */
  anonymous: boolean;
}

/** One answer in a response: the participant's own levels and, if they like, why. */
export interface PackAnswer {
  questionId: string;
  current: Level | null;
  dontKnow: boolean;
  target: Level | null;
  reason: string;
}

export interface ResponseBody {
  packId: string;
  assessmentId: string;
  frameworkVersion: string;
  pcnName: string;
  participant: Participant;
  answers: PackAnswer[];
}

/** A response pack being answered on this computer, as listed on the home screen. */
export interface ResponsePackSummary {
  id: string;
  pcnName: string;
  assessmentDate: IsoDate;
  /** The participant's name or alias as the facilitator gave it (may be blank). */
  participantName: string;
  /** Questions with a level or "don't know". */
  answered: number;
  questionCount: number;
  openedAt: string;
  updatedAt: string;
}

/** What happened to one response file on import into a workshop. */
export interface ResponseImportResult {
  fileName: string;
  outcome: 'imported' | 'updated' | 'refused';
  /** Who it was from ("Participant 3" in an anonymous workshop); empty when refused early. */
  participant: string;
  /** How many questions it gave levels or reasons for. */
  answers: number;
  /** Why it was refused, or a note such as the participant having been added to the list. */
  message: string;
}

interface Envelope extends AssessmentFileMeta {
  format: typeof ASSESSMENT_FILE_FORMAT;
  formatVersion: typeof ASSESSMENT_FILE_VERSION;
}
export interface ResponsePackFile extends Envelope {
  kind: 'response-pack';
  pack: ResponsePack;
}
export interface ResponseFile extends Envelope {
  kind: 'response';
  response: ResponseBody;
}

const L = ASSESSMENT_FILE_LIMITS;

const packSchema = envelopeSchema('response-pack', {
  pack: s.object({
    id: s.uuid,
    assessmentId: s.uuid,
    frameworkVersion: s.key,
    assessmentDate: s.isoDate,
    profile: s.profile,
    participant: s.participant,
    anonymous: s.boolean,
  }),
});

const answerSchema = s.object({
  questionId: s.key,
  current: s.level.nullable(),
  dontKnow: s.boolean,
  target: s.level.nullable(),
  reason: s.text(L.text),
});

const responseSchema = envelopeSchema('response', {
  response: s.object({
    packId: s.uuid,
    assessmentId: s.uuid,
    frameworkVersion: s.key,
    pcnName: s.requiredText(L.name),
    participant: s.participant,
    answers: s.list(answerSchema, L.responses),
  }),
});

function envelope(meta: AssessmentFileMeta) {
  return {
    format: ASSESSMENT_FILE_FORMAT,
    formatVersion: ASSESSMENT_FILE_VERSION,
    exportedAt: meta.exportedAt,
    app: { name: meta.app.name, version: meta.app.version },
  } as const;
}

function participantFields(p: Participant): Participant {
  return { id: p.id, name: p.name, organisation: p.organisation, role: p.role };
}

/** Thrown when a pack or response would not open again (for example a field over its limit). */
export class ResponseFileError extends Error {
  override name = 'ResponseFileError';
}

export function toResponsePackFile(pack: ResponsePack, meta: AssessmentFileMeta): string {
  const file: ResponsePackFile = {
    ...envelope(meta),
    kind: 'response-pack',
    pack: {
      id: pack.id,
      assessmentId: pack.assessmentId,
      frameworkVersion: pack.frameworkVersion,
      assessmentDate: pack.assessmentDate,
      profile: {
        pcnName: pack.profile.pcnName,
        pcnCode: pack.profile.pcnCode,
        icb: pack.profile.icb,
        population: pack.profile.population,
        practices: pack.profile.practices.map((p) => ({ id: p.id, code: p.code, name: p.name, listSize: p.listSize })),
        directoryExtractDate: pack.profile.directoryExtractDate,
      },
      participant: participantFields(pack.participant),
      anonymous: pack.anonymous,
    },
  };
  const text = `${JSON.stringify(file, null, 2)}\n`;
  const check = parseResponsePack(text);
  if (!check.ok) throw new ResponseFileError(`The response pack cannot be saved. ${check.message}`);
  return text;
}

export function toResponseFile(response: ResponseBody, meta: AssessmentFileMeta): string {
  const file: ResponseFile = {
    ...envelope(meta),
    kind: 'response',
    response: {
      packId: response.packId,
      assessmentId: response.assessmentId,
      frameworkVersion: response.frameworkVersion,
      pcnName: response.pcnName,
      participant: participantFields(response.participant),
      answers: response.answers.map((a) => ({
        questionId: a.questionId,
        current: a.current,
        dontKnow: a.dontKnow,
        target: a.target,
        reason: a.reason,
      })),
    },
  };
  const text = `${JSON.stringify(file, null, 2)}\n`;
  const check = parseResponseFile(text);
  if (!check.ok) throw new ResponseFileError(`The response file cannot be saved. ${check.message}`);
  return text;
}

type Parsed<T> = { ok: true; file: T } | { ok: false; message: string };

function frameworkOf(raw: Record<string, unknown>, field: 'pack' | 'response'): string | null {
  const inner = raw[field];
  if (typeof inner !== 'object' || inner === null || Array.isArray(inner)) return null;
  return unknownFrameworkMessage((inner as Record<string, unknown>).frameworkVersion);
}

function parseWith<T>(
  input: string,
  kind: 'response-pack' | 'response',
  schema: z.ZodType<T>,
  field: 'pack' | 'response',
): Parsed<T> {
  const read = readEnvelope(input, kind);
  if (!read.ok) return read;
  const unknown = frameworkOf(read.raw, field);
  if (unknown) return { ok: false, message: unknown };
  const parsed = schema.safeParse(read.raw);
  if (!parsed.success) return { ok: false, message: schemaProblem(kind, parsed.error, read.raw) };
  return { ok: true, file: parsed.data };
}

/** Reads and checks a response pack. Never throws for bad input. */
export function parseResponsePack(input: string): Parsed<ResponsePackFile> {
  return parseWith(input, 'response-pack', packSchema as z.ZodType<ResponsePackFile>, 'pack');
}

/** Reads and checks a response file, including that each question exists and is answered once. */
export function parseResponseFile(input: string): Parsed<ResponseFile> {
  const parsed = parseWith(input, 'response', responseSchema as z.ZodType<ResponseFile>, 'response');
  if (!parsed.ok) return parsed;
  const framework = getFramework(parsed.file.response.frameworkVersion);
  if (!framework) return { ok: false, message: 'This file names a framework version this app does not know.' };
  const problem = checkScores(parsed.file.response.answers, 'response.answers', framework);
  if (problem) return { ok: false, message: `This file is not a valid response file: ${problem}.` };
  return parsed;
}
