/**
 * Every handler of the IPC contract. Handlers are plain functions `(deps, input) => output`:
 * the database, clock and id generator come in as arguments so tests call them directly.
 */
import type { ChannelName, ChannelOutput, ParsedInput } from '../../shared/contract';
import type { DB } from '../db/open';
import { assessmentHandlers } from './assessments';

export interface Deps {
  db: DB;
  now: () => Date;
  newId: () => string;
  /** Where unexpected errors are recorded (never shown raw to the user). */
  log?: (message: string) => void;
}

export type Handlers = {
  [K in ChannelName]: (deps: Deps, input: ParsedInput<K>) => ChannelOutput<K> | Promise<ChannelOutput<K>>;
};

export const handlers: Handlers = {
  ...assessmentHandlers,
};
