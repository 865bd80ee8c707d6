import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardSession } from '../../hooks/session';
import { downloadText, fileNameOf } from '../lib/download';

// The PDF and PNG dialogs (and what they load) come with their first use.
const PdfExportDialog = lazy(() => import('./PdfExportDialog').then((module) => ({ default: module.PdfExportDialog })));
const PngExportDialog = lazy(() => import('./PngExportDialog').then((module) => ({ default: module.PngExportDialog })));

/** Exports of the board, open to every role (reading is enough to take a copy away). */
export function ExportSection() {
  const { t } = useTranslation();
  const { store, doc, notes } = useBoardSession();
  const [dialog, setDialog] = useState<'pdf' | 'png' | null>(null);
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
      <h3 className="section-title">{t('importer.export')}</h3>
      <div className="export-section__buttons">
        <button type="button" className="button button--small" onClick={() => void fountain()}>{t('importer.exportFountain')}</button>
        <button type="button" className="button button--small" onClick={() => void csv()}>{t('importer.exportCsv')}</button>
        <button type="button" className="button button--small" onClick={() => void backup()}>{t('importer.exportBackup')}</button>
        <button type="button" className="button button--small" onClick={() => setDialog('pdf')}>{t('importer.exportPdf')}</button>
        <button type="button" className="button button--small" onClick={() => setDialog('png')}>{t('importer.exportPng')}</button>
      </div>
      <Suspense fallback={null}>
        {dialog === 'pdf' && <PdfExportDialog onClose={() => setDialog(null)} />}
        {dialog === 'png' && <PngExportDialog onClose={() => setDialog(null)} />}
      </Suspense>
    </section>
  );
}
