/**
 * The IPC contract: every channel between the renderer and the main process, with a zod schema
 * for its input (checked in the main process, the trust boundary) and the type of its output.
 * The preload builds `window.api` from this list; the main process registers a handler for each.
 */
import { z } from 'zod';
import type { Assessment, AssessmentSummary } from './domain';
import type { Result } from './result';

const MAX_TEXT = 10_000;
const isoDate = z.iso.date({ error: 'Use a date in the form YYYY-MM-DD.' });
const id = z.uuid({ error: 'Not a valid id.' });
const shortText = (label: string, max = 200) =>
  z
    .string()
    .trim()
    .min(1, { error: `${label} is required.` })
    .max(max, { error: `${label} must be ${max} characters or fewer.` });

/** Declares a channel: `channel<Output>()(inputSchema)`; the output exists only as a type. */
function channel<O>() {
  return <I extends z.ZodType>(input: I): { input: I; output: O } => ({ input, output: undefined as O });
}

export const contract = {
  listAssessments: channel<AssessmentSummary[]>()(z.undefined()),
  createAssessment: channel<AssessmentSummary>()(
    z.strictObject({ pcnName: shortText('PCN name'), assessmentDate: isoDate }),
  ),
  getAssessment: channel<Assessment>()(z.strictObject({ id })),
};

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<K extends ChannelName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends ChannelName> = z.output<Contract[K]['input']>;
export type ChannelOutput<K extends ChannelName> = Contract[K]['output'];

/** What the renderer sees as `window.api`. */
export type Api = {
  [K in ChannelName]: ChannelInput<K> extends undefined
    ? () => Promise<Result<ChannelOutput<K>>>
    : (input: ChannelInput<K>) => Promise<Result<ChannelOutput<K>>>;
};

export const CHANNELS = Object.keys(contract) as ChannelName[];

/** The Electron IPC channel name for a contract entry. */
export function ipcChannelName(name: ChannelName): string {
  return `nr:${name}`;
}

export { MAX_TEXT };
