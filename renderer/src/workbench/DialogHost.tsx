import type { CaseView, HostInfo } from '../../../shared/ipc-contract';
import { neutraliseDirectionControls } from '../../../shared/direction-controls';
import { api } from '../api';
import type { Act } from '../annotation/AnnotationPanel';
import { CasePathDialog, UnsavedEditsDialog } from '../case/CasePathDialog';
import type { CaseActionOptions, CaseMode, CaseOutcome } from '../case/useCaseFiles';
import { ArticleMetaDialog, ImportDialog, submitPaste, type useImport } from '../import';
import { PasteDialog } from '../import/PasteDialog';
import { ConfirmDialog } from '../ui/Modal';
import type { DialogState } from './state';
import type { WorkbenchActions } from './useWorkbench';
import type { ApplyChanges, Run } from '../case/wiring';

/**
 * The dialogs over the workbench: Paste article, the case path and unsaved-edits prompts, article
 * details, the import progress, and the confirmations before deleting an actor, source or article.
 */
export function DialogHost(props: {
  dialog: DialogState;
  recent: string[];
  host: HostInfo | null;
  actions: WorkbenchActions;
  caseAction: (mode: CaseMode, path?: string, options?: CaseActionOptions) => Promise<CaseOutcome>;
  importer: ReturnType<typeof useImport>;
  /** An article named in the import results: opened in the reading view at its top. */
  onOpenImported: (articleId: string) => void;
  act: Act;
  run: Run;
  applyChanges: ApplyChanges;
  setView: (view: CaseView) => void;
}) {
  const { dialog, host, actions, caseAction, importer, act, run, applyChanges } = props;
  const close = actions.closeDialog;
  return (
    <>
      {dialog?.kind === 'paste' && <PasteDialog onClose={close} onSubmit={(form) => submitPaste(form, run, importer.report)} />}
      {dialog?.kind === 'case' && (
        <CasePathDialog
          mode={dialog.mode}
          recent={props.recent}
          dataDir={host?.dataDir ?? ''}
          onClose={close}
          onSubmit={async (p, overwrite, showError) => {
            const outcome = await caseAction(dialog.mode, p, { overwrite, showError });
            // Saved elsewhere after "Save as…" in the unsaved-edits prompt: now the switch goes ahead.
            if (outcome === 'done' && dialog.then) void caseAction(dialog.then.mode, dialog.then.path, { overwrite: dialog.then.overwrite });
            return outcome;
          }}
        />
      )}
      {dialog?.kind === 'unsaved' && (
        <UnsavedEditsDialog
          message={dialog.message}
          onCancel={close}
          onDiscard={() => {
            const { retry } = dialog;
            close();
            void caseAction(retry.mode, retry.path, { overwrite: retry.overwrite, discardUnsaved: true });
          }}
          onSaveAs={() => {
            const { retry } = dialog;
            if (!host?.nativeDialogs) return actions.openDialog({ kind: 'case', mode: 'save', then: retry });
            close();
            void caseAction('save').then((outcome) => {
              if (outcome === 'done') void caseAction(retry.mode, retry.path, { overwrite: retry.overwrite });
            });
          }}
        />
      )}
      {dialog?.kind === 'edit-article' && <ArticleMetaDialog article={dialog.article} run={run} onSaved={applyChanges} onReimported={props.setView} onClose={close} />}
      {importer.progress && <ImportDialog progress={importer.progress} onCancel={importer.cancel} onClose={importer.close} onOpen={props.onOpenImported} />}
      {dialog?.kind === 'delete-actor' && (
        <ConfirmDialog
          title="Delete actor"
          message={
            dialog.uses > 0
              ? `“${neutraliseDirectionControls(dialog.actor.name)}” is used by ${dialog.uses} annotation${dialog.uses === 1 ? '' : 's'}. Delete it and unlink them? (Undo brings it back.)`
              : `Delete “${neutraliseDirectionControls(dialog.actor.name)}”?`
          }
          confirmLabel="Delete actor"
          onCancel={close}
          onConfirm={() => {
            void act({ type: 'actor.delete', id: dialog.actor.id, force: true });
            close();
          }}
        />
      )}
      {dialog?.kind === 'delete-source' && (
        <ConfirmDialog
          title="Delete source"
          message={`Delete “${neutraliseDirectionControls(dialog.source.name)}” and unlink every claim and mention that cites it? (Undo brings it back.)`}
          confirmLabel="Delete source"
          onCancel={close}
          onConfirm={() => {
            void act({ type: 'source.delete', id: dialog.source.id, force: true });
            close();
          }}
        />
      )}
      {dialog?.kind === 'delete-article' && (
        <ConfirmDialog
          title="Delete article"
          message={`Delete “${neutraliseDirectionControls(dialog.article.title)}” and every highlight on it? (Undo brings them back.)`}
          confirmLabel="Delete"
          onCancel={close}
          onConfirm={() => {
            void run(api.deleteArticle({ id: dialog.article.id })).then((d) => d && applyChanges(d));
            close();
          }}
        />
      )}
    </>
  );
}
