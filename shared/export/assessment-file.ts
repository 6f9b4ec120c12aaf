/**
 * The assessment file (`.json`): one assessment, saved so that another copy of Neighbourhood
 * Ready can open it. The same format, marked by `kind`, also carries a workshop's response packs
 * and the response files participants send back (see response-files.ts). The format is documented
 * in ASSESSMENT-FILE.md beside this file; change both together.
 *
 * Reading a file is the trust boundary for data from outside the app, so `parseAssessmentFile`
 * checks everything before the caller writes anything: size, JSON syntax, hostile keys
 * (`__proto__`, `constructor`, `prototype`), nesting depth, the format marker, version and kind,
 * the framework version, then every field against a strict schema (unknown fields refused, types,
 * ranges, real dates, UUIDs, text and list limits), then the references between fields (question
 * and area ids exist in the named framework version; no answer or id given twice; every score is
 * by a listed participant). It returns the first problem as one plain-English message naming
 * where in the file it is.
 *
 * Older files are still read, upgraded in code and never rewritten on disk: format version 1
 * (before workshops) with an empty workshop, versions before 4 (before check-ins) with no
 * check-ins, and versions before 5 (before the plan's deferred gaps and capacity) with no deferred
 * gaps and the default capacity of 12 actions.
 *
 * Text is data: markup in a note such as `<b>` is kept exactly as written. Everything that shows
 * it (the renderer, the HTML export) escapes it.
 */
import { z } from 'zod';
import { isIsoDate } from '../dates';
import {
  ACTION_STATUSES,
  type Action,
  ASSESSMENT_STATUSES,
  type Assessment,
  CHECK_IN_SOURCES,
  type CheckIn,
  DEFAULT_PLAN_CAPACITY,
  DEFERRAL_REASONS,
  type IsoDateTime,
  PARTNER_KINDS,
  type ParticipantScore,
  PROGRESS_STATUSES,
  SCORE_SOURCES,
  type Workshop,
} from '../domain';
import { sizeAgainstLimit } from '../file-text';
import { findArea, findQuestion, getFramework } from '../framework/index';
import type { Framework } from '../framework/types';
import { NAME_LIMIT, PRACTICE_LIMIT, TEXT_LIMIT } from '../limits';
import { checkAction } from '../plan';
import { cleanLine, cleanText, isBlank } from '../text-rules';

/** The value of `format` in every assessment file. */
export const ASSESSMENT_FILE_FORMAT = 'neighbourhood-ready-assessment';
/** The file format version this app writes, and the newest it reads. */
export const ASSESSMENT_FILE_VERSION = 5;
/** The oldest format version this app reads. */
export const OLDEST_ASSESSMENT_FILE_VERSION = 1;
/** Largest assessment file accepted, in bytes (5 MB). The main process checks the size before reading. */
export const MAX_ASSESSMENT_FILE_BYTES = 5 * 1024 * 1024;

/**
 * What a file holds: a whole assessment; a response pack (one participant's copy of the questions
 * to answer before a workshop); or a response file (that participant's answers, sent back).
 */
export const FILE_KINDS = ['assessment', 'response-pack', 'response'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** List limits. An assessment made in the app is far below every one of them. */
export const ASSESSMENT_FILE_LIMITS = {
  /** Characters in a note, summary, description, success measure or reason. */
  text: TEXT_LIMIT,
  /** Characters in a name, role, title, contact or ICB. */
  name: NAME_LIMIT,
  /** Characters in an id of a question, area or suggestion, or a framework version. */
  key: 100,
  practices: PRACTICE_LIMIT,
  responses: 1_000,
  areaResponses: 100,
  partners: 100,
  participants: 100,
  actions: 500,
  questionsPerAction: 50,
  dismissedSuggestions: 500,
  /** Deferred gaps: at most one per question. */
  deferrals: 1_000,
  /** Workshop questions (reveal and consensus state). */
  workshopQuestions: 1_000,
  /** Individual scores in a workshop. */
  scores: 10_000,
  /** Check-ins on the plan (one a week for the six months is 26). */
  checkIns: 200,
  /** Nesting depth of the JSON; a real file is 6 deep. */
  depth: 32,
} as const;

/** Who wrote the file. */
export interface AssessmentFileMeta {
  /** When the file was written (ISO 8601 date and time). */
  exportedAt: IsoDateTime;
  app: { name: string; version: string };
}

export interface AssessmentFile extends AssessmentFileMeta {
  format: typeof ASSESSMENT_FILE_FORMAT;
  formatVersion: typeof ASSESSMENT_FILE_VERSION;
  kind: 'assessment';
  /** The assessment, with its framework version inside. */
  assessment: Assessment;
  /** Reserved for a later format version (the previous assessment, for comparison); always null. */
  previous: null;
}

export type ParseAssessmentFileResult = { ok: true; file: AssessmentFile } | { ok: false; message: string };

/** Thrown by `toAssessmentFile` when an assessment could not be opened again from its own file. */
export class AssessmentFileError extends Error {
  override name = 'AssessmentFileError';
}

const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** How each kind of file is named in messages. */
const NOUN: Record<FileKind, { name: string; saved: string }> = {
  assessment: { name: 'assessment file', saved: 'a saved assessment' },
  'response-pack': { name: 'response pack', saved: 'a response pack' },
  response: { name: 'response file', saved: 'a saved response' },
};

/** What to say when a file of one kind is opened where another was expected. */
const WRONG_KIND: Record<FileKind, Record<FileKind, string>> = {
  assessment: {
    assessment: '',
    'response-pack':
      'This is a response pack, not an assessment: it holds the questions for one person to answer before a workshop. To answer it, choose “Answer a response pack” on the home screen.',
    response:
      "This is a participant's response file, not an assessment. Import it from the Workshop step of the assessment it answers.",
  },
  'response-pack': {
    assessment:
      'This is an assessment file, not a response pack. To open it, choose “Open an assessment file” on the home screen.',
    'response-pack': '',
    response:
      'This is a response file that has already been answered, not a response pack. Send it to the facilitator, who imports it from the Workshop step.',
  },
  response: {
    assessment:
      "This is an assessment file, not a participant's response file. To open it, choose “Open an assessment file” on the home screen.",
    'response-pack':
      'This is a response pack that has not been answered yet. The participant opens it in their own copy of Neighbourhood Ready, answers it, and saves a response file to send back.',
    response: '',
  },
};

const invalid = (kind: FileKind) => `This file is not a valid ${NOUN[kind].name}`;

// ---------------------------------------------------------------------------------------------
// Writing

/**
 * The assessment as the text of an assessment file: pretty-printed JSON (two-space indent, a
 * final newline) with keys always in the documented order, whatever order the objects passed in
 * had. Fields that are not part of an assessment (such as a screen position) are left out.
 *
 * Throws AssessmentFileError if the result would not open again with `parseAssessmentFile` (for
 * example a note over the length limit): better no file than a file that cannot be restored.
 */
export function toAssessmentFile(assessment: Assessment, meta: AssessmentFileMeta): string {
  const file: AssessmentFile = {
    format: ASSESSMENT_FILE_FORMAT,
    formatVersion: ASSESSMENT_FILE_VERSION,
    kind: 'assessment',
    exportedAt: meta.exportedAt,
    app: { name: meta.app.name, version: meta.app.version },
    assessment: orderedAssessment(assessment),
    previous: null,
  };
  const text = `${JSON.stringify(file, null, 2)}\n`;
  const check = parseAssessmentFile(text);
  if (!check.ok) throw new AssessmentFileError(`This assessment cannot be saved as a file. ${check.message}`);
  return text;
}

export function orderedScore(s: ParticipantScore): ParticipantScore {
  return {
    participantId: s.participantId,
    questionId: s.questionId,
    current: s.current,
    dontKnow: s.dontKnow,
    target: s.target,
    reason: s.reason,
    source: s.source,
  };
}

function orderedWorkshop(w: Workshop): Workshop {
  return {
    anonymous: w.anonymous,
    questions: w.questions.map((q) => ({
      questionId: q.questionId,
      revealedAt: q.revealedAt,
      agreedAt: q.agreedAt,
      consensusReason: q.consensusReason,
    })),
    scores: w.scores.map(orderedScore),
  };
}

function orderedCheckIn(c: CheckIn): CheckIn {
  return {
    id: c.id,
    checkedOn: c.checkedOn,
    recordedAt: c.recordedAt,
    source: c.source,
    note: c.note,
    entries: c.entries.map((e) => ({
      actionId: e.actionId,
      actionTitle: e.actionTitle,
      previousStatus: e.previousStatus,
      status: e.status,
      note: e.note,
      dueDate: e.dueDate,
      newDueDate: e.newDueDate,
    })),
    ratings: c.ratings.map((r) => ({ questionId: r.questionId, current: r.current, dontKnow: r.dontKnow })),
  };
}

function orderedAssessment(a: Assessment): Assessment {
  return {
    id: a.id,
    frameworkVersion: a.frameworkVersion,
    assessmentDate: a.assessmentDate,
    planStart: a.planStart,
    status: a.status,
    previousAssessmentId: a.previousAssessmentId,
    profile: {
      pcnName: a.profile.pcnName,
      pcnCode: a.profile.pcnCode,
      icb: a.profile.icb,
      population: a.profile.population,
      practices: a.profile.practices.map((p) => ({ id: p.id, code: p.code, name: p.name, listSize: p.listSize })),
      directoryExtractDate: a.profile.directoryExtractDate,
    },
    responses: a.responses.map((r) => ({
      questionId: r.questionId,
      current: r.current,
      dontKnow: r.dontKnow,
      target: r.target,
      notes: r.notes,
    })),
    areaResponses: a.areaResponses.map((r) => ({ areaId: r.areaId, importance: r.importance, summary: r.summary })),
    partners: a.partners.map((p) => ({
      id: p.id,
      kind: p.kind,
      name: p.name,
      contact: p.contact,
      strength: p.strength,
      notes: p.notes,
    })),
    participants: a.participants.map((p) => ({ id: p.id, name: p.name, organisation: p.organisation, role: p.role })),
    actions: a.actions.map(
      (x): Action => ({
        id: x.id,
        areaId: x.areaId,
        questionIds: [...x.questionIds],
        title: x.title,
        description: x.description,
        ownerName: x.ownerName,
        ownerRole: x.ownerRole,
        startMonth: x.startMonth,
        dueDate: x.dueDate,
        status: x.status,
        successMeasure: x.successMeasure,
        suggestionId: x.suggestionId,
      }),
    ),
    dismissedSuggestionIds: [...a.dismissedSuggestionIds],
    deferrals: a.deferrals.map((d) => ({ questionId: d.questionId, reason: d.reason, note: d.note })),
    planCapacity: a.planCapacity,
    workshop: orderedWorkshop(a.workshop),
    checkIns: a.checkIns.map(orderedCheckIn),
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

// ---------------------------------------------------------------------------------------------
// The schema. Each `error` is the end of a sentence that starts with the field's path.
// The pieces are exported for the response pack and response file (response-files.ts).

const L = ASSESSMENT_FILE_LIMITS;

// Text follows the rules in text-rules.ts, the same as the forms and IPC: names and other short
// values on one line, longer text with its line breaks; control characters removed.
const text = (max: number) =>
  z
    .string({ error: 'must be text' })
    .overwrite(max > L.name ? cleanText : cleanLine)
    .max(max);
const requiredText = (max: number) =>
  text(max).refine((value) => !isBlank(value), { error: 'must not be empty', abort: true });
const key = text(L.key);
const list = <T extends z.ZodType>(item: T, max: number) => z.array(item, { error: 'must be a list' }).max(max);
const object = <S extends z.core.$ZodLooseShape>(shape: S) =>
  z.strictObject(shape, { error: 'must be a group of fields (a JSON object)' });
const uuid = z.uuid({ error: 'must be an id in UUID form, such as 3f2b8c1e-5d4a-4c6b-9e2f-1a7d3c5b8e90' });
const isoDate = z
  .string({ error: 'must be a real date in the form YYYY-MM-DD' })
  .refine(isIsoDate, { error: 'must be a real date in the form YYYY-MM-DD' });
const isoDateTime = z.iso.datetime({
  offset: true,
  error: 'must be a date and time in ISO 8601 form, such as 2026-11-16T17:42:00Z',
});
const level = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
  error: 'must be a whole number from 0 to 4',
});
const importance = z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'must be 1, 2 or 3' });
const count = z
  .int({ error: 'must be a whole number from 0 to 10,000,000' })
  .min(0, { error: 'must be a whole number from 0 to 10,000,000' })
  .max(10_000_000, { error: 'must be a whole number from 0 to 10,000,000' });
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of: ${values.map((v) => `"${v}"`).join(', ')}` });
const boolean = z.boolean({ error: 'must be true or false' });

const profileSchema = object({
  pcnName: requiredText(L.name),
  pcnCode: z
    .string({ error: 'must be U followed by five digits, such as U41591, or null' })
    .regex(/^U\d{5}$/, { error: 'must be U followed by five digits, such as U41591, or null' })
    .nullable(),
  icb: text(L.name),
  population: count.nullable(),
  practices: list(
    object({
      id: uuid,
      code: z
        .string({ error: 'must be a letter followed by five digits, such as A81001, or null' })
        .regex(/^[A-Z]\d{5}$/, { error: 'must be a letter followed by five digits, such as A81001, or null' })
        .nullable(),
      name: text(L.name),
      listSize: count.nullable(),
    }),
    L.practices,
  ),
  directoryExtractDate: isoDate.nullable(),
});

const participantSchema = object({ id: uuid, name: text(L.name), organisation: text(L.name), role: text(L.name) });

/** Building blocks shared with response-files.ts, so every kind of file is checked the same way. */
export const fileSchemas = {
  text,
  requiredText,
  key,
  list,
  object,
  uuid,
  isoDate,
  isoDateTime,
  level,
  boolean,
  profile: profileSchema,
  participant: participantSchema,
};

const workshopSchema = object({
  anonymous: boolean,
  questions: list(
    object({
      questionId: key,
      revealedAt: isoDateTime.nullable(),
      agreedAt: isoDateTime.nullable(),
      consensusReason: text(L.text),
    }),
    L.workshopQuestions,
  ),
  scores: list(
    object({
      participantId: uuid,
      questionId: key,
      current: level.nullable(),
      dontKnow: boolean,
      target: level.nullable(),
      reason: text(L.text),
      source: oneOf(SCORE_SOURCES),
    }),
    L.scores,
  ),
});

/** The fields of an assessment in format version 1, which had no workshop. */
const assessmentV1Shape = {
  id: uuid,
  frameworkVersion: key,
  assessmentDate: isoDate,
  planStart: isoDate,
  status: oneOf(ASSESSMENT_STATUSES),
  previousAssessmentId: uuid.nullable(),
  profile: profileSchema,
  responses: list(
    object({
      questionId: key,
      current: level.nullable(),
      dontKnow: boolean,
      target: level.nullable(),
      notes: text(L.text),
    }),
    L.responses,
  ),
  areaResponses: list(
    object({ areaId: key, importance: importance.nullable(), summary: text(L.text) }),
    L.areaResponses,
  ),
  partners: list(
    object({
      id: uuid,
      kind: oneOf(PARTNER_KINDS),
      name: text(L.name),
      contact: text(L.name),
      strength: level.nullable(),
      notes: text(L.text),
    }),
    L.partners,
  ),
  participants: list(participantSchema, L.participants),
  actions: list(
    object({
      id: uuid,
      areaId: key,
      questionIds: list(key, L.questionsPerAction),
      title: requiredText(L.name),
      description: text(L.text),
      ownerName: text(L.name),
      ownerRole: text(L.name),
      startMonth: z
        .int({ error: 'must be a whole number from 1 to 6' })
        .min(1, { error: 'must be a whole number from 1 to 6' })
        .max(6, { error: 'must be a whole number from 1 to 6' }),
      dueDate: isoDate,
      status: oneOf(ACTION_STATUSES),
      successMeasure: text(L.text),
      suggestionId: key.nullable(),
    }),
    L.actions,
  ),
  dismissedSuggestionIds: list(key, L.dismissedSuggestions),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
};

const checkInSchema = object({
  id: uuid,
  checkedOn: isoDate,
  recordedAt: isoDateTime,
  source: oneOf(CHECK_IN_SOURCES),
  note: text(L.text),
  entries: list(
    object({
      actionId: uuid,
      actionTitle: requiredText(L.name),
      previousStatus: oneOf(PROGRESS_STATUSES),
      status: oneOf(PROGRESS_STATUSES),
      note: text(L.text),
      dueDate: isoDate,
      newDueDate: isoDate.nullable(),
    }),
    L.actions,
  ),
  ratings: list(object({ questionId: key, current: level.nullable(), dontKnow: boolean }), L.responses),
});

/** An assessment in format versions 2 and 3, before check-ins. */
const assessmentV2Schema = object({ ...assessmentV1Shape, workshop: workshopSchema });

/** Format version 4 added check-ins. */
const assessmentV4Shape = { ...assessmentV1Shape, workshop: workshopSchema, checkIns: list(checkInSchema, L.checkIns) };
const assessmentV4Schema = object(assessmentV4Shape);

const capacity = z
  .int({ error: 'must be a whole number from 1 to 100' })
  .min(1, { error: 'must be a whole number from 1 to 100' })
  .max(100, { error: 'must be a whole number from 1 to 100' });

/** Format version 5 added the plan's deferred gaps and its capacity. */
const assessmentSchema: z.ZodType<Assessment> = object({
  ...assessmentV4Shape,
  deferrals: list(
    object({ questionId: key, reason: oneOf(DEFERRAL_REASONS), note: text(L.text) }).refine(
      (d) => d.reason !== 'other' || d.note.trim() !== '',
      { error: 'must say why in its note when the reason is "other"', path: ['note'] },
    ),
    L.deferrals,
  ),
  planCapacity: capacity,
});

const meta = {
  format: z.literal(ASSESSMENT_FILE_FORMAT),
  exportedAt: isoDateTime,
  app: object({ name: requiredText(L.name), version: requiredText(50) }),
};

/**
 * Every file of format version 2 or later starts with these fields; `rest` is what its kind adds.
 * Response packs and response files have not changed shape since version 2, so any version from
 * 2 is read as the current one.
 */
export function envelopeSchema<K extends FileKind, S extends z.core.$ZodLooseShape>(kind: K, rest: S) {
  return object({
    format: meta.format,
    formatVersion: z
      .int()
      .min(2)
      .max(ASSESSMENT_FILE_VERSION)
      .transform((): typeof ASSESSMENT_FILE_VERSION => ASSESSMENT_FILE_VERSION),
    kind: z.literal(kind),
    exportedAt: meta.exportedAt,
    app: meta.app,
    ...rest,
  });
}

const fileSchema = envelopeSchema('assessment', {
  assessment: assessmentSchema,
  previous: z.null({ error: 'must be null in this file format' }).optional(),
});

const fileSchemaV2 = envelopeSchema('assessment', {
  assessment: assessmentV2Schema,
  previous: z.null({ error: 'must be null in this file format' }).optional(),
});

const fileSchemaV4 = envelopeSchema('assessment', {
  assessment: assessmentV4Schema,
  previous: z.null({ error: 'must be null in this file format' }).optional(),
});

const fileSchemaV1 = object({
  ...meta,
  formatVersion: z.literal(1),
  assessment: object(assessmentV1Shape),
  previous: z.null({ error: 'must be null in this file format' }).optional(),
});

// ---------------------------------------------------------------------------------------------
// Reading

/** The message for a file over the size limit; the main process shows it after checking the size on disk. */
export function assessmentFileTooLargeMessage(bytes: number, kind: FileKind = 'assessment'): string {
  return `This file is too large to be ${kind === 'assessment' ? 'an' : 'a'} ${NOUN[kind].name} (${sizeAgainstLimit(bytes, MAX_ASSESSMENT_FILE_BYTES)}). Check that you chose the right file.`;
}

export type EnvelopeResult =
  | { ok: true; raw: Record<string, unknown>; version: number }
  | { ok: false; message: string };

/**
 * The checks every kind of file shares, up to the point where its own schema takes over: size,
 * JSON syntax, hostile keys and depth, the format marker, the version and the kind. Never throws.
 * A version 1 file has no `kind`: it is always an assessment.
 */
export function readEnvelope(input: string, expected: FileKind): EnvelopeResult {
  const fail = (message: string): EnvelopeResult => ({ ok: false, message });
  const INVALID = invalid(expected);
  const notOurs = `This is not a Neighbourhood Ready ${NOUN[expected].name}.`;
  if (typeof input !== 'string') return fail(`${INVALID}: it does not contain text.`);

  // Size. UTF-8 never takes fewer bytes than UTF-16 code units, so a long string is over at once.
  if (input.length > MAX_ASSESSMENT_FILE_BYTES) return fail(assessmentFileTooLargeMessage(input.length, expected));
  const bytes = utf8Length(input);
  if (bytes > MAX_ASSESSMENT_FILE_BYTES) return fail(assessmentFileTooLargeMessage(bytes, expected));

  const bom = input.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = bom ? input.slice(1) : input;
  if (body.trim() === '') {
    return fail(`This file is empty. It is not a valid ${NOUN[expected].name}: check that you chose the right file.`);
  }

  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    const position = jsonErrorPosition(body);
    const where = position < 0 ? '' : ` (JSON error at position ${position + bom})`;
    return fail(`${INVALID}: it is cut off or damaged${where}.`);
  }

  const hostile = findHostileKey(raw);
  if (hostile?.kind === 'hostile') {
    return fail(
      `${INVALID}: it contains a field named "${hostile.key}" (${describePath(hostile.path)}), which ${NOUN[expected].name}s never use. It was not opened, to keep the app safe.`,
    );
  }
  if (hostile?.kind === 'deep') {
    return fail(
      `${INVALID}: its data is nested far deeper than ${expected === 'assessment' ? 'an' : 'a'} ${NOUN[expected].name} ever is (${describePath(hostile.path)}).`,
    );
  }

  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail(`${notOurs.slice(0, -1)}: it contains ${describeValue(raw)} instead of ${NOUN[expected].saved}.`);
  }
  const top = raw as Record<string, unknown>;
  if (top.format !== ASSESSMENT_FILE_FORMAT) return fail(notOurs);

  const version = top.formatVersion;
  if (version === undefined) {
    return fail(
      `This file does not say which version of the ${NOUN[expected].name} format it uses, so it cannot be opened. It may be damaged or made by another program.`,
    );
  }
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return fail(
      `This file gives its file format version as ${describeValue(version)}, not a whole number, so it cannot be opened. It may be damaged or made by another program.`,
    );
  }
  if (version > ASSESSMENT_FILE_VERSION) {
    return fail(
      `This file was saved by a newer version of Neighbourhood Ready (file format ${version}). Install the latest version to open it.`,
    );
  }
  if (version < OLDEST_ASSESSMENT_FILE_VERSION) {
    return fail(
      `This file says it uses file format ${version}, which no version of Neighbourhood Ready has ever written. It may be damaged or made by another program.`,
    );
  }

  let kind: FileKind = 'assessment';
  if (version >= 2) {
    const given = top.kind;
    if (given === undefined) {
      return fail(
        'This file does not say what kind of file it is (an assessment, a response pack or a response), so it cannot be opened. It may be damaged or made by another program.',
      );
    }
    if (typeof given !== 'string' || !(FILE_KINDS as readonly string[]).includes(given)) {
      return fail(
        `This file says it is of the kind ${describeValue(given)}, which this version of Neighbourhood Ready does not know. Install the latest version to open it.`,
      );
    }
    kind = given as FileKind;
  }
  if (kind !== expected) return fail(WRONG_KIND[expected][kind]);
  return { ok: true, raw: top, version };
}

/** Refuses a file naming a framework version this app does not have; returns the message or null. */
export function unknownFrameworkMessage(frameworkVersion: unknown): string | null {
  if (typeof frameworkVersion === 'string' && !getFramework(frameworkVersion)) {
    return `This file was made with framework version ${shorten(frameworkVersion, 40)}, which this version of the app does not know. Install the latest version of the app.`;
  }
  return null;
}

/** The first schema problem as a sentence for the user, naming where in the file it is. */
export function schemaProblem(kind: FileKind, error: z.ZodError, raw: unknown): string {
  return `${invalid(kind)}: ${describeIssue(error.issues[0], raw)}.`;
}

/**
 * Reads the text of an assessment file and checks all of it. Never throws for bad input: every
 * problem comes back as `{ ok: false, message }`, a sentence for the user naming the first
 * problem found. Nothing in the returned file shares objects with the parsed input. An older
 * file comes back as the current version (see the top of this file).
 */
export function parseAssessmentFile(input: string): ParseAssessmentFileResult {
  const fail = (message: string): ParseAssessmentFileResult => ({ ok: false, message });
  const envelope = readEnvelope(input, 'assessment');
  if (!envelope.ok) return envelope;
  const { raw, version } = envelope;

  const assessment = raw.assessment;
  if (typeof assessment === 'object' && assessment !== null && !Array.isArray(assessment)) {
    const unknown = unknownFrameworkMessage((assessment as Record<string, unknown>).frameworkVersion);
    if (unknown) return fail(unknown);
  }

  let file: AssessmentFile;
  const noPlanChoices = { deferrals: [], planCapacity: DEFAULT_PLAN_CAPACITY };
  if (version === 1) {
    const parsed = fileSchemaV1.safeParse(raw);
    if (!parsed.success) return fail(schemaProblem('assessment', parsed.error, raw));
    const { format, exportedAt, app } = parsed.data;
    file = {
      format,
      formatVersion: ASSESSMENT_FILE_VERSION,
      kind: 'assessment',
      exportedAt,
      app,
      assessment: {
        ...parsed.data.assessment,
        ...noPlanChoices,
        workshop: { anonymous: false, questions: [], scores: [] },
        checkIns: [],
      },
      previous: null,
    };
  } else if (version < 4) {
    const parsed = fileSchemaV2.safeParse(raw);
    if (!parsed.success) return fail(schemaProblem('assessment', parsed.error, raw));
    file = {
      ...parsed.data,
      assessment: { ...parsed.data.assessment, checkIns: [], ...noPlanChoices },
      previous: null,
    };
  } else if (version === 4) {
    const parsed = fileSchemaV4.safeParse(raw);
    if (!parsed.success) return fail(schemaProblem('assessment', parsed.error, raw));
    file = { ...parsed.data, assessment: { ...parsed.data.assessment, ...noPlanChoices }, previous: null };
  } else {
    const parsed = fileSchema.safeParse(raw);
    if (!parsed.success) return fail(schemaProblem('assessment', parsed.error, raw));
    file = { ...parsed.data, previous: null };
  }
  const problem = checkReferences(file.assessment);
  if (problem) return fail(`${invalid('assessment')}: ${problem}.`);
  return { ok: true, file };
}

/** Checks that need more than one field: ids that exist in the framework, nothing given twice. */
function checkReferences(a: Assessment): string | null {
  const framework = getFramework(a.frameworkVersion);
  if (!framework) return `framework version ${shorten(a.frameworkVersion, 40)} is not known`;
  const notIn = `, which framework version ${framework.version} does not have`;

  const answered = new Map<string, number>();
  for (const [i, response] of a.responses.entries()) {
    const at = `assessment.responses[${i}].questionId`;
    if (!findQuestion(framework, response.questionId))
      return `${at} names question ${quote(response.questionId)}${notIn}`;
    const earlier = answered.get(response.questionId);
    if (earlier !== undefined) {
      return `${at} answers question ${quote(response.questionId)} again (it is already answered in assessment.responses[${earlier}])`;
    }
    answered.set(response.questionId, i);
  }

  const rated = new Map<string, number>();
  for (const [i, areaResponse] of a.areaResponses.entries()) {
    const at = `assessment.areaResponses[${i}].areaId`;
    if (!findArea(framework, areaResponse.areaId)) return `${at} names area ${quote(areaResponse.areaId)}${notIn}`;
    const earlier = rated.get(areaResponse.areaId);
    if (earlier !== undefined) {
      return `${at} gives area ${quote(areaResponse.areaId)} again (it is already in assessment.areaResponses[${earlier}])`;
    }
    rated.set(areaResponse.areaId, i);
  }

  for (const [i, action] of a.actions.entries()) {
    const at = `assessment.actions[${i}]`;
    if (!findArea(framework, action.areaId)) return `${at}.areaId names area ${quote(action.areaId)}${notIn}`;
    for (const [j, questionId] of action.questionIds.entries()) {
      if (!findQuestion(framework, questionId))
        return `${at}.questionIds[${j}] names question ${quote(questionId)}${notIn}`;
    }
    // The same date rules as the plan editor and saveAction (plan.ts).
    const dates = checkAction(action, a.planStart);
    if (dates) return `${at} (${quote(shorten(action.title, 60))}): ${lowerFirst(dates.replace(/\.$/, ''))}`;
  }

  const deferred = new Map<string, number>();
  for (const [i, deferral] of a.deferrals.entries()) {
    const at = `assessment.deferrals[${i}].questionId`;
    if (!findQuestion(framework, deferral.questionId)) {
      return `${at} names question ${quote(deferral.questionId)}${notIn}`;
    }
    const earlier = deferred.get(deferral.questionId);
    if (earlier !== undefined) {
      return `${at} defers question ${quote(deferral.questionId)} again (it is already in assessment.deferrals[${earlier}])`;
    }
    deferred.set(deferral.questionId, i);
  }

  const ids = new Map<string, string>([[a.id.toLowerCase(), 'assessment.id']]);
  const entities: [string, { id: string }[]][] = [
    ['assessment.profile.practices', a.profile.practices],
    ['assessment.partners', a.partners],
    ['assessment.participants', a.participants],
    ['assessment.actions', a.actions],
    ['assessment.checkIns', a.checkIns],
  ];
  for (const [where, items] of entities) {
    for (const [i, item] of items.entries()) {
      const at = `${where}[${i}].id`;
      const earlier = ids.get(item.id.toLowerCase());
      if (earlier) return `${at} is ${quote(item.id)}, the same id as ${earlier}; every id must be different`;
      ids.set(item.id.toLowerCase(), at);
    }
  }

  const workshopQuestions = new Map<string, number>();
  for (const [i, q] of a.workshop.questions.entries()) {
    const at = `assessment.workshop.questions[${i}].questionId`;
    if (!findQuestion(framework, q.questionId)) return `${at} names question ${quote(q.questionId)}${notIn}`;
    const earlier = workshopQuestions.get(q.questionId);
    if (earlier !== undefined) {
      return `${at} gives question ${quote(q.questionId)} again (it is already in assessment.workshop.questions[${earlier}])`;
    }
    workshopQuestions.set(q.questionId, i);
  }
  for (const [i, checkIn] of a.checkIns.entries()) {
    const at = `assessment.checkIns[${i}]`;
    const actions = new Map<string, number>();
    for (const [j, entry] of checkIn.entries.entries()) {
      const earlier = actions.get(entry.actionId.toLowerCase());
      if (earlier !== undefined) {
        return `${at}.entries[${j}] gives action ${quote(entry.actionId)} again (it is already in ${at}.entries[${earlier}])`;
      }
      actions.set(entry.actionId.toLowerCase(), j);
    }
    const problem = checkScores(checkIn.ratings, `${at}.ratings`, framework);
    if (problem) return problem;
    const unrated = checkIn.ratings.findIndex((r) => !r.dontKnow && r.current === null);
    if (unrated >= 0) return `${at}.ratings[${unrated}] gives neither a level nor "don't know"`;
  }

  const participants = new Set(a.participants.map((p) => p.id.toLowerCase()));
  return checkScores(a.workshop.scores, 'assessment.workshop.scores', framework, (score, at) =>
    participants.has(score.participantId.toLowerCase())
      ? null
      : `${at}.participantId is ${quote(score.participantId)}, who is not in assessment.participants`,
  );
}

/**
 * Checks a list of levels given by people (workshop scores, or the answers in a response file):
 * each question exists and is given once per person, and "don't know" has no level.
 */
export function checkScores<T extends { questionId: string; current: unknown; dontKnow: boolean }>(
  scores: readonly T[],
  where: string,
  framework: Framework,
  extra: (score: T, at: string) => string | null = () => null,
): string | null {
  const notIn = `, which framework version ${framework.version} does not have`;
  const seen = new Map<string, number>();
  for (const [i, score] of scores.entries()) {
    const at = `${where}[${i}]`;
    if (!findQuestion(framework, score.questionId)) {
      return `${at}.questionId names question ${quote(score.questionId)}${notIn}`;
    }
    const problem = extra(score, at);
    if (problem) return problem;
    if (score.dontKnow && score.current !== null) {
      return `${at} gives both a level and "don't know" (dontKnow must be false when current is a level)`;
    }
    const person = (score as { participantId?: string }).participantId?.toLowerCase() ?? '';
    const id = `${person}|${score.questionId}`;
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      return `${at} gives question ${quote(score.questionId)} again (it is already in ${where}[${earlier}])`;
    }
    seen.set(id, i);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Messages

type PathKey = string | number;

function lowerFirst(sentence: string): string {
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

function formatPath(path: readonly PathKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(shorten(part, 40))}]`;
  }
  return out;
}

function describePath(path: readonly PathKey[]): string {
  if (path.length === 0) return 'at the top level of the file';
  return path.length <= 8 ? `in ${formatPath(path)}` : `in ${formatPath(path.slice(0, 8))}…`;
}

function valueAt(root: unknown, path: readonly PathKey[]): { found: boolean; value: unknown } {
  let value: unknown = root;
  for (const part of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, part))
      return { found: false, value: undefined };
    value = (value as Record<PathKey, unknown>)[part];
  }
  return { found: true, value };
}

function describeIssue(issue: z.core.$ZodIssue | undefined, raw: unknown): string {
  if (!issue) return 'it could not be read';
  const path = issue.path.filter((p): p is PathKey => typeof p !== 'symbol');
  const name = formatPath(path) || 'the file';
  if (issue.code === 'unrecognized_keys') {
    const [first = ''] = issue.keys;
    const owner = path.length === 0 ? 'the file' : formatPath(path);
    return `${owner} has a field ${quote(first)} that this version of the app does not recognise`;
  }
  const { found, value } = valueAt(raw, path);
  if (!found) return `${name} is missing`;
  if (issue.code === 'too_big' && typeof value === 'string') {
    return `${name} is too long: ${value.length.toLocaleString('en-GB')} characters, and the limit is ${Number(issue.maximum).toLocaleString('en-GB')}`;
  }
  if (issue.code === 'too_big' && Array.isArray(value)) {
    return `${name} has too many items: ${value.length.toLocaleString('en-GB')}, and the limit is ${Number(issue.maximum).toLocaleString('en-GB')}`;
  }
  return `${name} ${issue.message}, but it is ${describeValue(value)}`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value === '' ? 'empty text' : `the text ${quote(value)}`;
    case 'number':
      return `the number ${String(value)}`;
    case 'boolean':
      return `the value ${String(value)}`;
    case 'object':
      return 'a group of fields';
    default:
      return 'something else';
  }
}

function quote(value: string): string {
  return JSON.stringify(shorten(value, 60));
}

function shorten(value: string, max: number): string {
  const chars = Array.from(value);
  return chars.length <= max ? value : `${chars.slice(0, max - 1).join('')}…`;
}

// ---------------------------------------------------------------------------------------------
// Low-level checks

/** Bytes the text takes in UTF-8. A lone surrogate counts as the 3 bytes of U+FFFD. */
function utf8Length(value: string): number {
  let bytes = 0;
  for (let i = 0; i < value.length; i += 1) {
    const c = value.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

type KeyProblem = { kind: 'hostile'; key: string; path: PathKey[] } | { kind: 'deep'; path: PathKey[] };

/**
 * The first key named `__proto__`, `constructor` or `prototype` anywhere in the parsed JSON
 * (JSON.parse makes `__proto__` an ordinary own property, so it is visible to Object.keys), or
 * the first place nested deeper than the limit. Recursion stops at the depth limit, so a
 * maliciously deep file cannot overflow the stack.
 */
function findHostileKey(root: unknown): KeyProblem | null {
  const path: PathKey[] = [];
  const visit = (value: unknown, depth: number): KeyProblem | null => {
    if (typeof value !== 'object' || value === null) return null;
    if (depth >= L.depth) return { kind: 'deep', path: [...path] };
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i += 1) {
        path.push(i);
        const problem = visit(value[i], depth + 1);
        path.pop();
        if (problem) return problem;
      }
      return null;
    }
    const record = value as Record<string, unknown>;
    for (const k of Object.keys(record)) {
      if (HOSTILE_KEYS.has(k)) return { kind: 'hostile', key: k, path: [...path] };
      path.push(k);
      const problem = visit(record[k], depth + 1);
      path.pop();
      if (problem) return problem;
    }
    return null;
  };
  return visit(root, 0);
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isHex = (c: string | undefined) => c !== undefined && /^[0-9a-fA-F]$/.test(c);

/**
 * Where the JSON text first goes wrong (0-based index into the text; the text's length when it
 * ends too early), or -1 if it is valid. JSON.parse's own messages differ between engines and
 * versions and sometimes give no position, so the position is found here, by the grammar of
 * RFC 8259, without recursion.
 */
export function jsonErrorPosition(json: string): number {
  const n = json.length;
  let i = 0;
  const stack: ('{' | '[')[] = [];

  const skipSpace = () => {
    while (i < n) {
      const c = json[i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i += 1;
      else break;
    }
  };
  /** At a quote: moves past the string; returns -1, or the error position. */
  const scanString = (): number => {
    i += 1;
    while (i < n) {
      const c = json[i] as string;
      if (c === '"') {
        i += 1;
        return -1;
      }
      if (c === '\\') {
        const e = json[i + 1];
        if (e === undefined) return n;
        if (e === 'u') {
          for (let k = 2; k < 6; k += 1) {
            if (i + k >= n) return n;
            if (!isHex(json[i + k])) return i + k;
          }
          i += 6;
        } else if ('"\\/bfnrt'.includes(e)) i += 2;
        else return i + 1;
        continue;
      }
      if (c.charCodeAt(0) < 0x20) return i;
      i += 1;
    }
    return n;
  };
  /** A key and its colon, at the key's opening quote. */
  const scanKey = (): number => {
    if (i >= n) return n;
    if (json[i] !== '"') return i;
    const e = scanString();
    if (e >= 0) return e;
    skipSpace();
    if (i >= n) return n;
    if (json[i] !== ':') return i;
    i += 1;
    return -1;
  };
  const scanNumber = (): number => {
    if (json[i] === '-') i += 1;
    if (i >= n) return n;
    if (json[i] === '0') i += 1;
    else if (isDigit(json[i])) while (isDigit(json[i])) i += 1;
    else return i;
    if (json[i] === '.') {
      i += 1;
      if (i >= n) return n;
      if (!isDigit(json[i])) return i;
      while (isDigit(json[i])) i += 1;
    }
    if (json[i] === 'e' || json[i] === 'E') {
      i += 1;
      if (json[i] === '+' || json[i] === '-') i += 1;
      if (i >= n) return n;
      if (!isDigit(json[i])) return i;
      while (isDigit(json[i])) i += 1;
    }
    return -1;
  };
  const scanWord = (word: string): number => {
    for (let k = 0; k < word.length; k += 1) {
      if (i + k >= n) return n;
      if (json[i + k] !== word[k]) return i + k;
    }
    i += word.length;
    return -1;
  };

  let expectValue = true;
  for (;;) {
    skipSpace();
    if (expectValue) {
      if (i >= n) return n;
      const c = json[i];
      let e = -1;
      if (c === '{') {
        i += 1;
        skipSpace();
        if (json[i] === '}') i += 1;
        else {
          stack.push('{');
          e = scanKey();
          if (e >= 0) return e;
          continue;
        }
      } else if (c === '[') {
        i += 1;
        skipSpace();
        if (json[i] === ']') i += 1;
        else {
          stack.push('[');
          continue;
        }
      } else if (c === '"') e = scanString();
      else if (c === '-' || isDigit(c)) e = scanNumber();
      else if (c === 't') e = scanWord('true');
      else if (c === 'f') e = scanWord('false');
      else if (c === 'n') e = scanWord('null');
      else return i;
      if (e >= 0) return e;
      expectValue = false;
      continue;
    }
    const top = stack[stack.length - 1];
    if (top === undefined) return i < n ? i : -1;
    if (i >= n) return n;
    const c = json[i];
    if (c === ',') {
      i += 1;
      if (top === '{') {
        skipSpace();
        const e = scanKey();
        if (e >= 0) return e;
      }
      expectValue = true;
    } else if ((top === '{' && c === '}') || (top === '[' && c === ']')) {
      stack.pop();
      i += 1;
    } else return i;
  }
}
