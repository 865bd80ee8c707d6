import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LaneSnapshot, LaneSnapshotError } from '../../canvas/export/LaneSnapshot';
import { useBoard } from '../../hooks/board';
import { Dialog, DialogActions } from '../dialogs/Dialog';
import { SelectField } from '../fields/SelectField';
import { downloadBlob, fileNameOf } from '../lib/download';

/** An episode lane as a PNG at twice its size on the board, for a pitch deck or a chat. */
export function PngExportDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const board = useBoard();
  const [episodeId, setEpisodeId] = useState(board.episodes[0]?.id ?? '');
  const [state, setState] = useState<{ status: 'idle' | 'working' } | { status: 'failed'; message: string }>({ status: 'idle' });
  const number = board.episodes.findIndex((episode) => episode.id === episodeId) + 1;

  const finish = (result: Blob | LaneSnapshotError) => {
    if (result instanceof LaneSnapshotError) {
      setState({ status: 'failed', message: t(`importer.png.${result.reason}`) });
      return;
    }
    downloadBlob(`${fileNameOf(board.meta.title, 'board')}-episode-${number}.png`, result);
    onClose();
  };

  const working = state.status === 'working';
  return (
    <Dialog title={t('importer.png.title')} onClose={onClose} size="small"
      footer={
        <DialogActions
          onCancel={onClose}
          confirmLabel={working ? t('importer.png.working') : t('importer.png.export')}
          disabled={working || !episodeId}
          onConfirm={() => setState({ status: 'working' })}
        />
      }>
      <SelectField label={t('importer.png.episode')} value={episodeId} onChange={(value) => value && setEpisodeId(value)}
        options={board.episodes.map((episode, index) => ({
          value: episode.id, label: t('importer.pdf.episode', { number: index + 1, title: episode.title || t('importer.untitled') }),
        }))} />
      <p className="muted">{t('importer.png.hint')}</p>
      {state.status === 'failed' && <p role="alert" className="field-error">{state.message}</p>}
      {working && <LaneSnapshot episodeId={episodeId} pixelRatio={2} onDone={finish} />}
    </Dialog>
  );
}
