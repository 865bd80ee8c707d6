import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardLibrary } from '../../collab/library';
import { MAX_SCRIPT_BYTES, type ParsedScript } from '../../io/script/types';
import { Dialog, DialogActions } from '../dialogs/Dialog';
import { FilePickerButton } from '../fields/FilePickerButton';
import { i18next } from '../i18n';
import { importErrorText } from '../lib/importErrors';
import { readScriptFile } from '../lib/readScriptFile';
import { useFileDrop } from '../hooks/useFileDrop';
import { ScriptPreview } from './ScriptPreview';
import { boardTitleOf } from '../../io/script/scriptTitle';

type ImportState =
  | { status: 'idle' }
  | { status: 'preview'; script: ParsedScript; fileName: string }
  | { status: 'restore'; title: string; board: Uint8Array; notes: Uint8Array }
  | { status: 'failed'; title: string; message: string };

/**
 * "Import script or backup": a script (Fountain or the Chinese layout, .fountain, .txt or .md)
 * becomes a new board after a preview of its logline, episodes, shots and cast; a Beatboard
 * backup (.json) is restored as a new board. Files can be picked or dropped anywhere on the
 * home screen. Nothing is created until the preview is accepted.
 */
export function ImportScript({ library, onOpen }: { library: BoardLibrary; onOpen(boardId: string): void }) {
  const { t } = useTranslation();
  const [state, setState] = useState<ImportState>({ status: 'idle' });

  const read = async (file: File) => {
    if (/\.json$/i.test(file.name)) {
      // Backups are held to the same size as scripts.
      if (file.size > MAX_SCRIPT_BYTES) {
        setState({ status: 'failed', title: t('importer.restoreTitle'), message: t('importer.tooLarge', { name: file.name }) });
        return;
      }
      const { readBackup } = await import('../../io/backup');
      try {
        setState({ status: 'restore', ...readBackup(await file.text()) });
      } catch (error) {
        setState({ status: 'failed', title: t('importer.restoreTitle'), message: t('importer.failed', { name: file.name, message: importErrorText(t, error) }) });
      }
      return;
    }
    const result = await readScriptFile(file, t);
    setState('script' in result
      ? { status: 'preview', script: result.script, fileName: file.name }
      : { status: 'failed', title: t('importer.title'), message: result.error });
  };

  const create = async (parsed: ParsedScript, fileName: string) => {
    const { buildBoardFromScript } = await import('../../io/script/importScript');
    // A script without a title page is named after its file, as its preview shows it.
    const script = { ...parsed, title: boardTitleOf(parsed, fileName) };
    const language = /[\u3400-\u9fff]/.test(JSON.stringify(script.episodes.slice(0, 1))) ? 'zh-CN' : i18next.language;
    const id = await library.create(script.title, (doc) => buildBoardFromScript(doc, script, language));
    setState({ status: 'idle' });
    onOpen(id);
  };

  const restore = async (backup: { board: Uint8Array; notes: Uint8Array }) => {
    const Y = await import('yjs');
    const notes = new Y.Doc();
    Y.applyUpdate(notes, backup.notes);
    const id = await library.create('', (doc) => Y.applyUpdate(doc, backup.board), notes);
    setState({ status: 'idle' });
    onOpen(id);
  };

  const cancel = () => setState({ status: 'idle' });
  const dragging = useFileDrop((file) => void read(file));
  return (
    <>
      <FilePickerButton label={t('importer.button')} inputLabel={t('importer.file')} accept=".fountain,.txt,.md,.json,text/plain,text/markdown,application/json"
        onFile={(file) => void read(file)} />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('importer.drop')}</p>
        </div>
      )}
      {state.status === 'failed' && (
        <Dialog title={state.title} onClose={cancel} size="small"
          footer={<DialogActions confirmLabel={t('importer.close')} onConfirm={cancel} />}>
          <p role="alert">{state.message}</p>
        </Dialog>
      )}
      {state.status === 'restore' && (
        <Dialog title={t('importer.restoreTitle')} onClose={cancel} size="small"
          footer={<DialogActions onCancel={cancel} confirmLabel={t('importer.restore')} onConfirm={() => void restore(state)} />}>
          <p>{t('importer.restoreSummary', { title: state.title || t('ui.home.untitled') })}</p>
        </Dialog>
      )}
      {state.status === 'preview' && (
        <Dialog title={t('importer.title')} onClose={cancel} size="large"
          footer={<DialogActions onCancel={cancel} confirmLabel={t('importer.create')} onConfirm={() => void create(state.script, state.fileName)} />}>
          <ScriptPreview script={state.script} fileName={state.fileName} />
        </Dialog>
      )}
    </>
  );
}
