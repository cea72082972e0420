export { ArticleMetaDialog } from './ArticleMetaDialog';
export { ImportDialog } from './ImportDialog';
export { filesFromDrop } from './drop';
export { ACCEPT_ATTRIBUTE } from './formats';
export { submitPaste } from './paste';
export { useImport } from './useImport';
