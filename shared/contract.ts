/**
 * The IPC contract: every channel between the renderer and the main process, with a zod schema
 * for its input (checked in the main process, the trust boundary) and the type of its output.
 * The preload builds `window.api` from this list; the main process registers a handler for each.
 */
import { z } from 'zod';
import { CHANNEL_NAMES, type ChannelName } from './channels';
import type { DataOverview, RestoreCandidate, RestoreDone, StartupStatus } from './data-api';
import type { DirectoryShrinkWarning, DirectoryStatus, PcnDetails, PcnMatch } from './directory-api';
import {
  ACTION_STATUSES,
  type Action,
  ASSESSMENT_STATUSES,
  type Assessment,
  type AssessmentSummary,
  type CheckIn,
  DEFERRAL_REASONS,
  type GapDeferral,
  PARTNER_KINDS,
  type Participant,
  type Partner,
  PROGRESS_STATUSES,
  type QuestionResponse,
  type WorkshopView,
} from './domain';
import type { PackAnswer, ResponseImportResult, ResponsePack, ResponsePackSummary } from './export/response-files';
import type { TrackerPreview } from './export/tracker';
import { NAME_LIMIT, PRACTICE_LIMIT, TEXT_LIMIT } from './limits';
import type { BenchmarkFile } from './portfolio/benchmark';
import type { PortfolioData, PortfolioImportReport } from './portfolio/types';
import type { Result } from './result';
import { cleanLine, cleanText, isBlank } from './text-rules';

const isoDate = z.iso.date({ error: 'Use a date in the form YYYY-MM-DD.' });
const id = z.uuid({ error: 'Not a valid id.' });
const level = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
  error: 'A level is a whole number from 0 to 4.',
});
const importance = z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'Importance is 1, 2 or 3.' });
// Names and text follow the rules in text-rules.ts, the same as the forms and files.
const requiredName = (label: string) =>
  z
    .string()
    .overwrite(cleanLine)
    .refine((value) => !isBlank(value), { error: `${label} is required.`, abort: true })
    .max(NAME_LIMIT, { error: `${label} must be ${NAME_LIMIT} characters or fewer.` });
const optionalName = (label: string) =>
  z
    .string()
    .overwrite(cleanLine)
    .max(NAME_LIMIT, { error: `${label} must be ${NAME_LIMIT} characters or fewer.` });
const longText = (label: string) =>
  z
    .string()
    .overwrite(cleanText)
    .max(TEXT_LIMIT, { error: `${label} must be ${TEXT_LIMIT.toLocaleString('en-GB')} characters or fewer.` });
const pcnCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^U\d{5}$/, { error: 'A PCN code is U followed by five digits, for example U41591.' });
const practiceCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]\d{5}$/, { error: 'A practice code is a letter followed by five digits, for example A81001.' });
const count = z
  .int({ error: 'Enter a whole number.' })
  .min(0, { error: 'Enter a number of 0 or more.' })
  .max(10_000_000, {
    error: 'That number is too large.',
  });

export const profileSchema = z.strictObject({
  pcnName: requiredName('PCN name'),
  pcnCode: pcnCode.nullable(),
  icb: optionalName('ICB'),
  population: count.nullable(),
  practices: z
    .array(
      z.strictObject({
        id,
        code: practiceCode.nullable(),
        name: requiredName('Practice name'),
        listSize: count.nullable(),
      }),
    )
    .max(PRACTICE_LIMIT, { error: `A PCN can have at most ${PRACTICE_LIMIT} practices here.` }),
  directoryExtractDate: isoDate.nullable(),
});

export const responseSchema = z.strictObject({
  questionId: z.string().max(100),
  current: level.nullable(),
  dontKnow: z.boolean(),
  target: level.nullable(),
  notes: longText('Notes'),
});

export const partnerSchema = z.strictObject({
  id,
  kind: z.enum(PARTNER_KINDS),
  name: optionalName('Organisation name'),
  contact: optionalName('Contact'),
  strength: level.nullable(),
  notes: longText('Notes'),
});

export const actionSchema = z.strictObject({
  id,
  areaId: z.string().max(100),
  questionIds: z.array(z.string().max(100)).max(10),
  title: requiredName('Action title'),
  description: longText('Description'),
  ownerName: optionalName('Owner name'),
  ownerRole: optionalName('Owner role'),
  startMonth: z.int({ error: 'The start month is a whole number from 1 to 6.' }),
  dueDate: z.string().max(10),
  status: z.enum(ACTION_STATUSES),
  successMeasure: longText('How success will be measured'),
  suggestionId: z.string().max(100).nullable(),
});

export const participantSchema = z.strictObject({
  id,
  name: optionalName('Name or alias'),
  organisation: optionalName('Organisation'),
  role: optionalName('Role'),
});

const questionId = z.string().max(100);
const reasonText = longText('Reason');

export const checkInSchema = z.strictObject({
  checkedOn: isoDate,
  note: longText('Note'),
  entries: z
    .array(
      z.strictObject({
        actionId: id,
        status: z.enum(PROGRESS_STATUSES, { error: 'Choose a status.' }),
        note: longText('Note'),
        newDueDate: isoDate.nullable(),
      }),
    )
    .max(500),
  ratings: z.array(z.strictObject({ questionId, current: level.nullable(), dontKnow: z.boolean() })).max(500),
});

/** The result of opening an assessment file: imported, or waiting for the user's choice. */
export type ImportOutcome =
  | { outcome: 'imported'; fileName: string; assessment: AssessmentSummary }
  | { outcome: 'exists'; token: string; fileName: string; pcnName: string; assessmentDate: string };

/** Codes of an ICB or sub-ICB location as NHS England gives them, e.g. "QHM", "T6Y0W", "16C". */
const orgCode = z
  .string()
  .regex(/^[A-Z0-9]{2,6}$/, { error: 'An ICB or sub-ICB code is two to six capital letters and digits.' });
const portfolioFilter = z.strictObject({ icbCode: orgCode.nullable(), subIcbCode: orgCode.nullable() });

/** Declares a channel: `channel<Output>()(inputSchema)`; the output exists only as a type. */
function channel<O>() {
  return <I extends z.ZodType>(input: I): { input: I; output: O } => ({ input, output: undefined as O });
}

const byId = z.strictObject({ id });
const saved = channel<{ savedAt: string }>();

export const contract = {
  // Assessments
  listAssessments: channel<AssessmentSummary[]>()(z.undefined()),
  listDeletedAssessments: channel<AssessmentSummary[]>()(z.undefined()),
  createAssessment: channel<AssessmentSummary>()(
    z.strictObject({ pcnName: requiredName('PCN name'), assessmentDate: isoDate }),
  ),
  reassess: channel<AssessmentSummary>()(z.strictObject({ fromId: id, assessmentDate: isoDate })),
  // Individual scores arrive filtered: only questions already revealed (see electron/handlers/workshop.ts).
  getAssessment: channel<Assessment & { lastPosition: string | null; workshop: WorkshopView }>()(byId),
  deleteAssessment: channel<{ deletedAt: string }>()(byId),
  restoreAssessment: channel<AssessmentSummary>()(byId),
  setAssessmentStatus: saved(z.strictObject({ id, status: z.enum(ASSESSMENT_STATUSES) })),
  setAssessmentDate: saved(z.strictObject({ id, assessmentDate: isoDate })),
  savePosition: saved(z.strictObject({ id, position: z.string().max(200) })),

  // The walkthrough
  updateProfile: saved(z.strictObject({ id, profile: profileSchema })),
  saveResponse: saved(z.strictObject({ assessmentId: id, response: responseSchema })),
  saveAreaResponse: saved(
    z.strictObject({
      assessmentId: id,
      areaId: z.string().max(100),
      importance: importance.nullable(),
      summary: longText('Summary'),
    }),
  ),
  savePartner: channel<{ savedAt: string; partners: Partner[] }>()(
    z.strictObject({ assessmentId: id, partner: partnerSchema }),
  ),
  deletePartner: channel<{ savedAt: string; partners: Partner[] }>()(
    z.strictObject({ assessmentId: id, partnerId: id }),
  ),

  // The six-month action plan
  saveAction: channel<{ savedAt: string; actions: Action[] }>()(
    z.strictObject({ assessmentId: id, action: actionSchema }),
  ),
  dismissSuggestion: channel<{ savedAt: string; dismissedSuggestionIds: string[] }>()(
    z.strictObject({ assessmentId: id, suggestionId: z.string().max(100), dismissed: z.boolean() }),
  ),
  deleteAction: channel<{ savedAt: string; actions: Action[] }>()(z.strictObject({ assessmentId: id, actionId: id })),
  /** Defers a gap with a reason, or (deferral null) takes the deferral back. */
  deferGap: channel<{ savedAt: string; deferrals: GapDeferral[] }>()(
    z.strictObject({
      assessmentId: id,
      questionId: z.string().max(100),
      deferral: z
        .strictObject({
          reason: z.enum(DEFERRAL_REASONS, { error: 'Choose why the gap is left out of this plan.' }),
          note: longText('The reason').trim(),
        })
        .refine((d) => d.reason !== 'other' || d.note !== '', {
          error: 'Say why the gap is left out of this plan.',
          path: ['note'],
        })
        .nullable(),
    }),
  ),
  setPlanCapacity: channel<{ savedAt: string; planCapacity: number }>()(
    z.strictObject({
      assessmentId: id,
      capacity: z
        .int({ error: 'Enter a whole number of actions.' })
        .min(1, { error: 'Enter at least 1 action.' })
        .max(100, { error: 'Enter 100 actions or fewer.' }),
    }),
  ),

  // Check-ins on the plan: recorded in the app, or edited in the action tracker spreadsheet and
  // imported (checked and previewed first; nothing is written until the user confirms).
  recordCheckIn: channel<{ savedAt: string; actions: Action[]; checkIns: CheckIn[] }>()(
    z.strictObject({ assessmentId: id, checkIn: checkInSchema }),
  ),
  importTracker: channel<TrackerPreview | null>()(z.strictObject({ assessmentId: id })),
  resolveTrackerImport: channel<{ savedAt: string; actions: Action[]; checkIns: CheckIn[] } | null>()(
    z.strictObject({ token: id, choice: z.enum(['record', 'cancel']) }),
  ),

  // Moving data in and out
  exportPlan: channel<{ fileName: string; bytes: number } | null>()(
    z.strictObject({
      assessmentId: id,
      format: z.enum(['pdf', 'csv', 'html', 'assessment', 'xlsx', 'docx', 'progress', 'statement']),
    }),
  ),
  importAssessmentFile: channel<ImportOutcome | null>()(z.undefined()),
  resolveImport: channel<AssessmentSummary | null>()(
    z.strictObject({ token: id, choice: z.enum(['copy', 'replace', 'cancel']) }),
  ),
  loadExample: channel<AssessmentSummary>()(z.undefined()),

  // A workshop: participants, private scores, the reveal and the consensus. Every output carries
  // the workshop as the renderer may see it: scores of questions not yet revealed are left out.
  getWorkshop: channel<WorkshopView>()(z.strictObject({ assessmentId: id })),
  saveParticipant: channel<{ savedAt: string; participants: Participant[] }>()(
    z.strictObject({ assessmentId: id, participant: participantSchema }),
  ),
  deleteParticipant: channel<{ savedAt: string; participants: Participant[]; workshop: WorkshopView }>()(
    z.strictObject({ assessmentId: id, participantId: id }),
  ),
  setWorkshopAnonymous: channel<{ savedAt: string; workshop: WorkshopView }>()(
    z.strictObject({ assessmentId: id, anonymous: z.boolean() }),
  ),
  saveParticipantScore: channel<{ savedAt: string; workshop: WorkshopView }>()(
    z.strictObject({
      assessmentId: id,
      // A part left out is kept as it is: the grid saves "now" and the target one box at a time,
      // and cannot send back what it was never shown.
      score: z
        .strictObject({
          participantId: id,
          questionId,
          current: level.nullable().optional(),
          dontKnow: z.boolean().optional(),
          target: level.nullable().optional(),
        })
        .refine((s) => (s.current === undefined) === (s.dontKnow === undefined), {
          error: 'Give "now" as a level (or none) and whether it is "don\'t know", together.',
        }),
    }),
  ),
  revealScores: channel<{ savedAt: string; workshop: WorkshopView }>()(
    z.strictObject({ assessmentId: id, questionIds: z.array(questionId).min(1).max(100) }),
  ),
  saveScoreReason: channel<{ savedAt: string; workshop: WorkshopView }>()(
    z.strictObject({ assessmentId: id, participantId: id, questionId, reason: reasonText }),
  ),
  setConsensus: channel<{ savedAt: string; response: QuestionResponse; workshop: WorkshopView }>()(
    z.strictObject({
      assessmentId: id,
      questionId,
      current: level.nullable(),
      dontKnow: z.boolean(),
      target: level.nullable(),
      reason: reasonText,
    }),
  ),
  exportResponsePack: channel<{ fileName: string; bytes: number } | null>()(
    z.strictObject({ assessmentId: id, participantId: id }),
  ),
  importResponseFiles: channel<{
    results: ResponseImportResult[];
    participants: Participant[];
    workshop: WorkshopView;
  } | null>()(z.strictObject({ assessmentId: id })),

  // Answering a response pack on a participant's own computer
  openResponsePack: channel<{ reopened: boolean; pack: ResponsePackSummary } | null>()(z.undefined()),
  listResponsePacks: channel<ResponsePackSummary[]>()(z.undefined()),
  getResponsePack: channel<{ id: string; pack: ResponsePack; answers: PackAnswer[] }>()(byId),
  saveResponsePackAnswer: saved(
    z.strictObject({
      packId: id,
      answer: z.strictObject({
        questionId,
        current: level.nullable(),
        dontKnow: z.boolean(),
        target: level.nullable(),
        reason: reasonText,
      }),
    }),
  ),
  exportResponseFile: channel<{ fileName: string; bytes: number } | null>()(z.strictObject({ packId: id })),
  deleteResponsePack: channel<{ deletedAt: string }>()(byId),

  // The NHS directory
  directoryStatus: channel<DirectoryStatus | null>()(z.undefined()),
  // A warning instead of the status when the import would shrink the directory sharply.
  importDirectory: channel<DirectoryStatus | DirectoryShrinkWarning | null>()(z.undefined()),
  confirmDirectoryImport: channel<DirectoryStatus | null>()(z.strictObject({ token: id, replace: z.boolean() })),
  searchPcns: channel<PcnMatch[]>()(z.strictObject({ query: z.string().max(100) })),
  getDirectoryPcn: channel<PcnDetails>()(z.strictObject({ code: pcnCode })),

  // Your data: the start-up check and recovery, backups, restore, support
  startupStatus: channel<StartupStatus>()(z.undefined()),
  retryStartup: channel<StartupStatus>()(z.undefined()),
  recoverStartup: channel<StartupStatus>()(z.strictObject({ choice: z.enum(['restore-newest', 'start-empty']) })),
  dataOverview: channel<DataOverview>()(z.undefined()),
  backupNow: channel<{ fileName: string; bytes: number } | null>()(z.undefined()),
  // Automatic backups are named, never given by path.
  prepareRestore: channel<RestoreCandidate>()(
    z.strictObject({
      name: z.string().regex(/^neighbourhood-ready-[A-Za-z0-9-]+\.sqlite$/, { error: 'Not a backup name.' }),
    }),
  ),
  chooseRestoreFile: channel<RestoreCandidate | null>()(z.undefined()),
  restoreBackup: channel<RestoreDone>()(z.strictObject({ token: id })),
  openDataFolder: channel<null>()(z.undefined()),
  copyDiagnostics: channel<{ text: string; copied: boolean }>()(z.undefined()),

  // The ICB's portfolio: many PCNs' assessment files, the views, the roll-up and the benchmark.
  importPortfolio: channel<PortfolioImportReport | null>()(z.strictObject({ source: z.enum(['files', 'folder']) })),
  getPortfolio: channel<PortfolioData>()(z.undefined()),
  removePortfolioPcn: channel<{ removedAt: string }>()(byId),
  exportPortfolio: channel<{ fileName: string; bytes: number } | null>()(
    z.strictObject({ format: z.enum(['pdf', 'xlsx', 'csv']), filter: portfolioFilter }),
  ),
  exportBenchmark: channel<{ fileName: string; bytes: number } | null>()(
    z.strictObject({ filter: portfolioFilter, includeNames: z.boolean() }),
  ),
  // A PCN's side: the benchmark its ICB sent, and where its assessment stands against it.
  importBenchmark: channel<{ fileName: string; scope: string; pcnCount: number; replaced: string | null } | null>()(
    z.undefined(),
  ),
  getBenchmark: channel<{ fileName: string; importedAt: string; file: BenchmarkFile } | null>()(z.undefined()),
};

export type Contract = typeof contract;
// The channel list in channels.ts and the contract must name exactly the same channels.
type Missing = Exclude<ChannelName, keyof Contract> | Exclude<keyof Contract, ChannelName>;
const sameChannels: [Missing] extends [never] ? true : Missing = true;
void sameChannels;

export type { ChannelName };
export type ChannelInput<K extends ChannelName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends ChannelName> = z.output<Contract[K]['input']>;
export type ChannelOutput<K extends ChannelName> = Contract[K]['output'];

/** What the renderer sees as `window.api`. */
export type Api = {
  [K in ChannelName]: ChannelInput<K> extends undefined
    ? () => Promise<Result<ChannelOutput<K>>>
    : (input: ChannelInput<K>) => Promise<Result<ChannelOutput<K>>>;
};

export const CHANNELS: readonly ChannelName[] = CHANNEL_NAMES;
export { ipcChannelName } from './channels';
