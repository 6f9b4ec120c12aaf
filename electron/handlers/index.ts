/**
 * Every handler of the IPC contract. Handlers are plain functions `(deps, input) => output`:
 * the database, clock, id generator and file dialogs come in as arguments (`Deps`, electron/deps.ts)
 * so tests call them directly.
 */
import type { Handlers } from '../deps';
import { assessmentHandlers } from './assessments';
import { dataHandlers } from './data';
import { directoryHandlers } from './directory';
import { planHandlers } from './plan';
import { portfolioHandlers } from './portfolio';
import { progressHandlers } from './progress';
import { responseHandlers } from './responses';
import { transferHandlers } from './transfer';
import { walkthroughHandlers } from './walkthrough';
import { workshopHandlers } from './workshop';

export const handlers: Handlers = {
  ...assessmentHandlers,
  ...walkthroughHandlers,
  ...directoryHandlers,
  ...planHandlers,
  ...progressHandlers,
  ...transferHandlers,
  ...workshopHandlers,
  ...responseHandlers,
  ...dataHandlers,
  ...portfolioHandlers,
};
