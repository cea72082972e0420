/**
 * The names of every contract call, without the schemas: the sandboxed preload imports only this,
 * since it cannot load npm modules such as zod. shared/ipc-contract.ts checks that both lists agree.
 */
export const CALL_NAME_LIST = [
  'hostInfo',
  'getCase',
  'getSaveStatus',
  'newCase',
  'openCase',
  'openCaseRest',
  'saveCaseAs',
  'startupNotice',
  'recentCases',
  'renameCase',
  'addTextArticle',
  'importFile',
  'importWithDialog',
  'importHtml',
  'reimportArticle',
  'listEncodings',
  'updateArticle',
  'deleteArticle',
  'applyAction',
  'undo',
  'redo',
  'suggest',
  'reviewSuggestion',
  'reviewAll',
  'suggestionInfo',
  'updateBriefing',
  'briefingExportPath',
  'exportBriefing',
] as const;

export const EVENT_NAME_LIST = ['saveStatus', 'caseReplaced', 'command', 'exportProgress'] as const;
