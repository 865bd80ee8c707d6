import { useTranslation } from 'react-i18next';
import { useBoardSession } from '../../editor/session';
import { downloadText, fileNameOf } from '../lib/download';

/** Exports of the board, open to every role (reading is enough to take a copy away). */
export function ExportSection() {
  const { t } = useTranslation();
  const { store, doc, notes } = useBoardSession();
  const name = () => fileNameOf(store.getBoard().meta.title, 'board');
  const fountain = async () => {
    // Loaded on first use, like the importer.
    const { exportFountain } = await import('../../io/script/exportFountain');
    downloadText(`${name()}.fountain`, exportFountain(store.getBoard()), 'text/plain;charset=utf-8');
  };
  const csv = async () => {
    const { shotListCsv } = await import('../../io/shotListCsv');
    downloadText(`${name()}-shot-list.csv`, shotListCsv(store.getBoard()), 'text/csv;charset=utf-8');
  };
  const backup = async () => {
    const { makeBackup } = await import('../../io/backup');
    downloadText(`${name()}-backup.json`, makeBackup(doc, notes), 'application/json');
  };
  return (
    <section className="series-section export-section" aria-label={t('importer.export')}>
      <h3 className="field-label">{t('importer.export')}</h3>
      <div className="export-section__buttons">
        <button type="button" className="button button--small" onClick={() => void fountain()}>{t('importer.exportFountain')}</button>
        <button type="button" className="button button--small" onClick={() => void csv()}>{t('importer.exportCsv')}</button>
        <button type="button" className="button button--small" onClick={() => void backup()}>{t('importer.exportBackup')}</button>
      </div>
    </section>
  );
}
