import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardSession } from '../../hooks/session';
import type { ReimportPlan } from '../../io/script/reimport/planReimport';
import type { ReimportReport } from '../../io/script/reimport/applyReimport';
import { shotNumbers } from '../../model';
import { Dialog, DialogActions } from '../dialogs/Dialog';
import { FilePickerButton } from '../fields/FilePickerButton';
import { readScriptFile } from '../lib/readScriptFile';
import { useRunCommand } from '../hooks/useCommand';
import { useSafetyVersion } from '../history/useSafetyVersion';
import { MissingShots } from './MissingShots';

type UpdateState =
  | { status: 'idle' }
  | { status: 'plan'; plan: ReimportPlan; fileName: string }
  | { status: 'done'; report: ReimportReport }
  | { status: 'failed'; message: string };

/**
 * "Update from script": an edited script is matched against the board and, after a preview
 * of what will change, updates it in one undoable step. Shots the script no longer has are
 * only deleted when ticked; sketches, images, beats and notes are never touched.
 */
export function ScriptUpdate() {
  const { t } = useTranslation();
  const { store } = useBoardSession();
  const run = useRunCommand();
  const [state, setState] = useState<UpdateState>({ status: 'idle' });
  const [deleting, setDeleting] = useState<ReadonlySet<string>>(new Set());
  const close = () => setState({ status: 'idle' });
  const safety = useSafetyVersion();
  const [saving, setSaving] = useState(false);

  const read = async (file: File) => {
    const result = await readScriptFile(file, t);
    if ('error' in result) {
      setState({ status: 'failed', message: result.error });
      return;
    }
    const { planReimport } = await import('../../io/script/reimport/planReimport');
    setDeleting(new Set());
    setState({ status: 'plan', plan: planReimport(store.getBoard(), result.script), fileName: file.name });
  };

  const apply = async (plan: ReimportPlan) => {
    // The board as it was before the update is kept as an automatic version first.
    setSaving(true);
    const goOn = await safety.saveFirst('before-script-update');
    setSaving(false);
    if (!goOn) return;
    const { applyReimport } = await import('../../io/script/reimport/applyReimport');
    const report = run((doc) => applyReimport(doc, plan, deleting));
    setState(report ? { status: 'done', report } : { status: 'idle' });
  };

  const counts = (report: { updated: number; unchanged: number; added: number; newEpisodes: number }) =>
    t('importer.update.counts', {
      updated: t('importer.update.updated', { count: report.updated }),
      added: t('importer.update.added', { count: report.added }),
      unchanged: t('importer.update.unchanged', { count: report.unchanged }),
      episodes: t('importer.update.newEpisodes', { count: report.newEpisodes }),
    });

  return (
    <section className="panel-section" aria-labelledby="series-script">
      <h3 id="series-script" className="section-title">{t('importer.update.section')}</h3>
      <p className="muted">{t('importer.update.hint')}</p>
      <FilePickerButton label={t('importer.update.button')} inputLabel={t('importer.update.file')} accept=".fountain,.txt,.md,text/plain,text/markdown"
        className="button button--small" onFile={(file) => void read(file)} />
      {state.status === 'failed' && (
        <Dialog title={t('importer.update.title')} onClose={close} size="small"
          footer={<button type="button" className="button button--primary" onClick={close}>{t('importer.close')}</button>}>
          <p role="alert">{state.message}</p>
        </Dialog>
      )}
      {state.status === 'plan' && (
        <Dialog title={t('importer.update.title')} onClose={close}
          footer={<DialogActions onCancel={close} confirmLabel={t('importer.update.apply')} disabled={saving} onConfirm={() => void apply(state.plan)} />}>
          <p><strong>{state.fileName}</strong></p>
          <p>{counts(state.plan.counts)}</p>
          {state.plan.newCharacters.length > 0 && <p>{t('importer.update.newCharacters', { names: state.plan.newCharacters.map((character) => character.name).join(', ') })}</p>}
          {state.plan.bios.length > 0 && (
            <p>{t('importer.update.bios', { names: state.plan.bios.map((entry) => store.getBoard().characters[entry.characterId]?.name ?? '').join(', ') })}</p>
          )}
          {state.plan.untouchedEpisodes.length > 0 && (
            <p className="muted">{t('importer.update.untouched', { count: state.plan.untouchedEpisodes.length })}</p>
          )}
          <MissingShots board={store.getBoard()} numbers={shotNumbers(store.getBoard())}
            ids={state.plan.episodes.flatMap((episode) => episode.missing)} deleting={deleting} onChange={setDeleting} />
        </Dialog>
      )}
      {state.status === 'done' && (
        <Dialog title={t('importer.update.doneTitle')} onClose={close} size="small"
          footer={<button type="button" className="button button--primary" onClick={close}>{t('importer.close')}</button>}>
          <p role="status">{counts(state.report)}</p>
          {state.report.newCharacters.length > 0 && <p>{t('importer.update.newCharacters', { names: state.report.newCharacters.join(', ') })}</p>}
          {state.report.deleted > 0 && <p>{t('importer.update.deleted', { count: state.report.deleted })}</p>}
          {state.report.kept > 0 && <p>{t('importer.update.kept', { count: state.report.kept })}</p>}
          <p className="muted">{t('importer.update.undo')}</p>
        </Dialog>
      )}
      {safety.dialog}
    </section>
  );
}
