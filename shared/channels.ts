/**
 * The names of the IPC channels, on their own so the preload can build `window.api` without
 * bundling the schemas. shared/contract.ts checks, at compile time, that this list and the
 * contract name exactly the same channels.
 */
export const CHANNEL_NAMES = [
  'listAssessments',
  'listDeletedAssessments',
  'createAssessment',
  'reassess',
  'getAssessment',
  'deleteAssessment',
  'restoreAssessment',
  'setAssessmentStatus',
  'setAssessmentDate',
  'savePosition',
  'updateProfile',
  'saveResponse',
  'saveAreaResponse',
  'savePartner',
  'deletePartner',
  'saveAction',
  'dismissSuggestion',
  'deleteAction',
  'recordCheckIn',
  'importTracker',
  'resolveTrackerImport',
  'deferGap',
  'setPlanCapacity',
  'exportPlan',
  'importAssessmentFile',
  'resolveImport',
  'loadExample',

  'getWorkshop',
  'saveParticipant',
  'deleteParticipant',
  'setWorkshopAnonymous',
  'saveParticipantScore',
  'revealScores',
  'saveScoreReason',
  'setConsensus',
  'exportResponsePack',
  'importResponseFiles',
  'openResponsePack',
  'listResponsePacks',
  'getResponsePack',
  'saveResponsePackAnswer',
  'exportResponseFile',
  'deleteResponsePack',

  'directoryStatus',
  'importDirectory',
  'confirmDirectoryImport',
  'searchPcns',
  'getDirectoryPcn',

  'startupStatus',
  'retryStartup',
  'recoverStartup',
  'dataOverview',
  'backupNow',
  'prepareRestore',
  'chooseRestoreFile',
  'restoreBackup',
  'openDataFolder',
  'copyDiagnostics',

  'importPortfolio',
  'getPortfolio',
  'removePortfolioPcn',
  'exportPortfolio',
  'exportBenchmark',
  'importBenchmark',
  'getBenchmark',
] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];

/** The Electron IPC channel name for a contract entry. */
export function ipcChannelName(name: ChannelName): string {
  return `nr:${name}`;
}
