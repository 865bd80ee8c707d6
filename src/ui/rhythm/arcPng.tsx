import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { TFunction } from 'i18next';
import { formatDuration, type BoardSnapshot, type RhythmReport, type RhythmThresholds } from '../../model';
import { CurveMarks, EndingsMarks, labelEveryFor } from './ArcMarks';
import { drawCurve, drawEndings, seriesSpanMs } from './arcGeometry';
import { CARD_BOX } from './ArcCard';
import type { ArcLabels } from './useArcLabels';

const WIDTH = 1400;
const MARGIN = 24;
const COLUMNS = 6;
const CELL = { width: (WIDTH - 2 * MARGIN) / COLUMNS, height: 132 };
const ENDINGS = { width: 1000, height: 170, pad: 28 };
const FONT = "Inter, 'Noto Sans SC', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

interface ArcPictureInput {
  board: BoardSnapshot;
  report: RhythmReport;
  thresholds: RhythmThresholds;
  labels: ArcLabels;
  t: TFunction;
}

/** The whole arc as one SVG picture, drawn with the same marks as the screen. */
function ArcPicture({ board, report, thresholds, t }: ArcPictureInput) {
  const spanMs = seriesSpanMs(report.curves.values());
  const endings = drawEndings(board.episodes, report.curves, ENDINGS);
  const endingsHeight = ((WIDTH - 2 * MARGIN) / ENDINGS.width) * (ENDINGS.height + 8);
  const gridTop = 64 + endingsHeight + 16;
  const height = gridTop + Math.ceil(board.episodes.length / COLUMNS) * CELL.height + MARGIN;
  const chart = { width: CELL.width - 16, height: ((CELL.width - 16) / CARD_BOX.width) * CARD_BOX.height };
  return (
    <svg xmlns="http://www.w3.org/2000/svg" width={WIDTH} height={height} viewBox={`0 0 ${WIDTH} ${height}`} fontFamily={FONT}>
      <rect width={WIDTH} height={height} fill="#ffffff" />
      <text x={MARGIN} y={36} fontSize={22} fontWeight={700} fill="#1f2430">{`${board.meta.title} · ${t('rhythm.arc.title')}`}</text>
      <text x={MARGIN} y={56} fontSize={12} fill="#6b7280">
        {`${t('rhythm.arc.endings')}: ${t('rhythm.arc.endingsHint')} `}
        {`${t('rhythm.rule.open-ending')} ≥ ${thresholds.endingMinIntensity}, ${t('rhythm.rule.paywall-strength')} ≥ ${thresholds.paywallEndingMinIntensity}.`}
      </text>
      <svg x={MARGIN} y={64} width={WIDTH - 2 * MARGIN} height={endingsHeight} viewBox={`0 0 ${ENDINGS.width} ${ENDINGS.height + 8}`}>
        <EndingsMarks {...endings} width={ENDINGS.width} labelEvery={labelEveryFor(board.episodes.length)} flagged={new Set()}
          paywallLabel={t('rhythm.arc.paywallShort')}
          guides={[thresholds.endingMinIntensity, thresholds.paywallEndingMinIntensity]} />
      </svg>
      {board.episodes.map((episode, index) => {
        const curve = report.curves.get(episode.id)!;
        const x = MARGIN + (index % COLUMNS) * CELL.width;
        const y = gridTop + Math.floor(index / COLUMNS) * CELL.height;
        const findings = report.openByEpisode.get(episode.id)?.length ?? 0;
        const ending = curve.ending;
        const stats = [
          `${t('rhythm.arc.opening')} ${curve.opening?.intensity ?? '–'}`,
          `${t('rhythm.arc.peak')} ${curve.peak?.intensity ?? '–'}`,
          `${t('rhythm.arc.ending')} ${ending?.intensity ?? '–'}${ending?.type ? ` ${t(`ui.beatType.${ending.type}`)}` : ''}`,
        ].join(' · ');
        const title = `${index + 1}${episode.paywall ? ` [${t('rhythm.arc.paywallShort')}]` : ''} ${episode.title}`;
        return (
          <g key={episode.id} transform={`translate(${x} ${y})`}>
            <rect x={2} y={0} width={CELL.width - 6} height={CELL.height - 8} rx={6} fill="#f7f8fa" stroke="#e2e5ea" />
            <text x={10} y={18} fontSize={12} fontWeight={600} fill="#1f2430">{title.length > 28 ? `${title.slice(0, 27)}…` : title}</text>
            {findings > 0 && <text x={CELL.width - 12} y={18} fontSize={11} textAnchor="end" fill="#d12f2f">{t('rhythm.arc.findings', { count: findings })}</text>}
            <svg x={8} y={24} width={chart.width} height={chart.height} viewBox={`0 0 ${CARD_BOX.width} ${CARD_BOX.height}`}>
              <CurveMarks drawing={drawCurve(curve, CARD_BOX, spanMs)} width={CARD_BOX.width} strongAt={thresholds.flatMinIntensity} />
            </svg>
            <text x={10} y={CELL.height - 28} fontSize={10} fill="#1f2430">{stats}</text>
            <text x={10} y={CELL.height - 14} fontSize={10} fill={curve.runtimeMs > curve.targetMs ? '#d12f2f' : '#6b7280'}>
              {t('rhythm.arc.runtime', { runtime: formatDuration(curve.runtimeMs), target: formatDuration(curve.targetMs) })}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The arc as a PNG at twice its size, for a pitch deck or a notes meeting. */
export async function renderArcPng(input: ArcPictureInput): Promise<Blob> {
  const host = document.createElement('div');
  const root = createRoot(host);
  flushSync(() => root.render(<ArcPicture {...input} />));
  const svg = host.querySelector('svg')!;
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const markup = new XMLSerializer().serializeToString(svg);
  root.unmount();

  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * 2;
  canvas.height = height * 2;
  const context = canvas.getContext('2d')!;
  context.scale(2, 2);
  context.drawImage(image, 0, 0);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png'));
}
