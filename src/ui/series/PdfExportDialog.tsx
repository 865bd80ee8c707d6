import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoard } from '../../hooks/board';
import { useBoardSession } from '../../hooks/session';
import type { SheetGrid } from '../../io/pdf/storyboardLayout';
import type { SheetLabels } from '../../io/pdf/storyboardPdf';
import type { Shot } from '../../model/types';
import { Dialog, DialogActions } from '../dialogs/Dialog';
import { SelectField } from '../fields/SelectField';
import { downloadBlob, fileNameOf } from '../lib/download';
import { analyseBoard, readRhythmSettings, shotNumbers } from '../../model';
import type { ArcPageInput } from '../../io/pdf/arcPage';
import { findingMessage, ruleName } from '../rhythm/findingText';
import { pdfBeatLabel } from './pdfBeatLabel';

const GRIDS: SheetGrid[] = ['2x2', '3x2', '4x2', '3x3'];

/**
 * Storyboard sheets as a PDF: which episodes, and how many panels a page holds. The PDF code
 * and the typeface load on first use; only the font slices the board's text needs are fetched.
 */
export function PdfExportDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const board = useBoard();
  const { assets, doc } = useBoardSession();
  const [withArc, setWithArc] = useState(true);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(board.episodes.map((episode) => episode.id)));
  const [grid, setGrid] = useState<SheetGrid>(board.meta.aspect === '9:16' ? '4x2' : '3x2');
  const [state, setState] = useState<{ status: 'idle' | 'working' } | { status: 'failed'; message: string }>({ status: 'idle' });

  const labels: SheetLabels = {
    episode: (number, title) => t('importer.pdf.episode', { number, title: title || t('importer.untitled') }),
    page: (number, total) => t('importer.pdf.page', { number, total }),
    camera: (shot: Shot) =>
      [shot.size, shot.angle && t(`ui.angle.${shot.angle}`), shot.movement && t(`ui.movement.${shot.movement}`)].filter(Boolean).join(' · '),
    beat: (shot: Shot) => pdfBeatLabel(shot.beat, t),
    noShots: t('importer.pdf.noShots'),
  };

  const exportPdf = async () => {
    setState({ status: 'working' });
    try {
      const [{ buildStoryboardPdf }, { browserFonts, assetImageReader }] = await Promise.all([
        import('../../io/pdf/storyboardPdf'),
        import('../../io/pdf/browserSources'),
      ]);
      const episodeIds = board.episodes.filter((episode) => chosen.has(episode.id)).map((episode) => episode.id);
      const arc = withArc ? arcPage() : undefined;
      const bytes = await buildStoryboardPdf({ board, episodeIds, grid, labels, arc, fonts: browserFonts, image: assetImageReader((id) => assets.getUrl(id)) });
      downloadBlob(`${fileNameOf(board.meta.title, 'board')}-storyboard.pdf`, new Blob([bytes as BlobPart], { type: 'application/pdf' }));
      onClose();
    } catch (error) {
      console.error(error);
      setState({ status: 'failed', message: t('importer.pdf.failed', { message: error instanceof Error ? error.message : String(error) }) });
    }
  };

  /** The series page: the board's arc and open findings, worded in the interface language. */
  const arcPage = (): ArcPageInput => {
    const settings = readRhythmSettings(doc);
    const numbers = shotNumbers(board);
    const { thresholds } = settings;
    return {
      report: analyseBoard(board, settings),
      thresholds,
      labels: {
        title: t('rhythm.arc.title'),
        endings: t('rhythm.arc.endings'),
        guides: `${t('rhythm.rule.open-ending')} ≥ ${thresholds.endingMinIntensity} · ${t('rhythm.rule.paywall-strength')} ≥ ${thresholds.paywallEndingMinIntensity}`,
        paywall: `- - ${t('rhythm.arc.paywallLegend')}`,
        findings: t('rhythm.pdf.findings'),
        noFindings: t('rhythm.checks.none'),
        finding: (finding) => {
          const index = board.episodes.findIndex((episode) => episode.id === finding.episodeId);
          const where = index >= 0 ? t('rhythm.checks.episodeN', { n: index + 1 }) : t('rhythm.checks.series');
          const shot = finding.shotId && numbers[finding.shotId] ? ` · ${t('rhythm.checks.shotN', { number: numbers[finding.shotId] })}` : '';
          return `${where}${shot} · ${ruleName(t, finding.ruleId)}: ${findingMessage(t, finding)}`;
        },
      },
    };
  };

  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };
  const working = state.status === 'working';
  return (
    <Dialog title={t('importer.pdf.title')} onClose={onClose}
      footer={
        <DialogActions
          onCancel={onClose}
          confirmLabel={working ? t('importer.pdf.working') : t('importer.pdf.export')}
          disabled={working || chosen.size === 0}
          onConfirm={() => void exportPdf()}
        />
      }>
      <fieldset className="export-choices">
        <legend>{t('importer.pdf.episodes')}</legend>
        <label className="export-choices__all">
          <input type="checkbox" checked={chosen.size === board.episodes.length}
            onChange={(event) => setChosen(new Set(event.target.checked ? board.episodes.map((episode) => episode.id) : []))} />
          {' '}{t('importer.pdf.allEpisodes')}
        </label>
        <ul>
          {board.episodes.map((episode, index) => (
            <li key={episode.id}>
              <label>
                <input type="checkbox" checked={chosen.has(episode.id)} onChange={(event) => toggle(episode.id, event.target.checked)} />
                {' '}{t('importer.pdf.episode', { number: index + 1, title: episode.title || t('importer.untitled') })}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <label className="choice">
        <input type="checkbox" checked={withArc} onChange={(event) => setWithArc(event.target.checked)} />
        <span>{t('rhythm.pdf.include')}</span>
      </label>
      <SelectField label={t('importer.pdf.grid')} value={grid} onChange={(value) => value && setGrid(value as SheetGrid)}
        options={GRIDS.map((value) => {
          const [columns, rows] = value.split('x');
          return { value, label: t('importer.pdf.gridOption', { columns, rows, count: Number(columns) * Number(rows) }) };
        })} />
      {state.status === 'failed' && <p role="alert" className="field-error">{state.message}</p>}
    </Dialog>
  );
}
