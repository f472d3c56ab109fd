import { render } from 'preact';
import { PRINT } from '../../export/paper';
import { northArrow } from '../../export/northArrow';
import { scaleBar } from '../../export/scaleBar';
import { isEdgeKey, type LegendEntry } from '../../export/legendLayout';
import { LegendSwatch } from '../layers/LegendSwatch';
import { lang, t } from '../../i18n';
import type { PrintJob } from '../../map/exportFigure';
import '../../../styles/print.css';

function Swatch({ entry }: { entry: LegendEntry }) {
  if (isEdgeKey(entry.kind) || entry.kind === 'point-approx' || entry.kind === 'point-precision') return <LegendSwatch entry={entry} />;
  const style =
    entry.kind === 'polygon'
      ? { borderColor: entry.color, borderStyle: 'solid', background: `${entry.color}4d` }
      : entry.kind === 'line'
        ? { borderTopColor: entry.color }
        : { background: entry.color };
  return <span class={`print-swatch print-swatch--${entry.kind}`} style={style} aria-hidden="true" />;
}

function NorthArrow({ bearing, letter }: { bearing: number; letter: string }) {
  const a = northArrow(bearing, 0, 0, 30);
  const pts = (...p: { x: number; y: number }[]) => p.map((q) => `${q.x},${q.y}`).join(' ');
  return (
    <svg class="print-north" viewBox="-24 -30 48 54" role="img" aria-label={letter}>
      <circle cx="0" cy="-3" r="23" fill="rgba(255,255,255,0.94)" />
      <polygon points={pts(a.tip, a.left, a.tail)} fill="#111827" stroke="#111827" stroke-width="1" stroke-linejoin="round" />
      <polygon points={pts(a.tip, a.right, a.tail)} fill="#ffffff" stroke="#111827" stroke-width="1" stroke-linejoin="round" />
      <text x={a.label.x} y={a.label.y} text-anchor="middle" dominant-baseline="middle" font-size="10" font-weight="700">
        {letter}
      </text>
    </svg>
  );
}

/**
 * The print layout: title band, the map in the paper's frame with legend,
 * north arrow and scale bar on it, and the source note. Sizes are in mm so the
 * sheet fills one page of the chosen paper.
 */
export function PrintSheet({ job }: { job: PrintJob }) {
  const { paper } = job;
  // Fit the image in the frame, keeping its shape (a live-map job may differ from the paper's).
  const aspect = job.mapCssWidth / job.mapCssHeight;
  const width = Math.min(paper.mapWidthMm, paper.mapHeightMm * aspect);
  const height = width / aspect;
  const bar = scaleBar(job.metresPerPixel, job.mapCssWidth * 0.2);
  return (
    <div class="print-sheet" style={{ width: `${paper.mapWidthMm}mm` }} data-testid="print-sheet" data-paper={`${paper.paper}-${paper.orientation}`}>
      <header class="print-sheet__header" style={{ height: `${PRINT.headerMm}mm` }}>
        <h1>{job.title}</h1>
        <p>{job.subtitle}</p>
      </header>
      <figure
        class="print-sheet__figure"
        style={{ width: `${width}mm`, height: `${height}mm` }}
        data-bounds={job.bounds.join(',')}
        data-names={JSON.stringify(job.names)}
      >
        <img src={job.imageUrl} alt={
            job.names.length
              ? t('figureNamesOnMap')
                  .replace('{title}', job.title)
                  .replace('{names}', job.names.map((n) => n.text).join(lang.value === 'zh' ? '、' : ', '))
              : job.title
          } />
        <div class="print-legend">
          <strong>{t('legendTitle')}</strong>
          <ul>
            {job.legend.map((e) => (
              <li key={e.label} data-edge={isEdgeKey(e.kind) ? e.kind : undefined} data-key={e.key && !isEdgeKey(e.kind) ? e.kind : undefined}>
                <Swatch entry={e} />
                {e.label}
              </li>
            ))}
          </ul>
        </div>
        <NorthArrow bearing={job.bearing} letter={t('northLetter')} />
        <div class="print-scale">
          {/* A share of the image width, so the bar stays true however the image is scaled. */}
          <span class="print-scale__bar" style={{ width: `${(bar.widthPx / job.mapCssWidth) * 100}%` }} />
          <span class="print-scale__label">{bar.label}</span>
        </div>
      </figure>
      <footer class="print-sheet__note" style={{ minHeight: `${PRINT.footerMm - 2}mm` }}>
        {job.note}
      </footer>
    </div>
  );
}

let previousUrl: string | null = null;

/** Puts `job` in the print-only container (synchronously, so it also works from `beforeprint`) with its @page rule. */
export function showPrintJob(job: PrintJob): void {
  let root = document.getElementById('print-root');
  if (!root) {
    root = document.createElement('div');
    root.id = 'print-root';
    document.body.append(root);
  }
  let rule = document.getElementById('print-page-rule') as HTMLStyleElement | null;
  if (!rule) {
    rule = document.createElement('style');
    rule.id = 'print-page-rule';
    document.head.append(rule);
  }
  rule.textContent = job.paper.pageRule;
  render(<PrintSheet job={job} />, root);
  if (previousUrl?.startsWith('blob:') && previousUrl !== job.imageUrl) URL.revokeObjectURL(previousUrl);
  previousUrl = job.imageUrl;
}

/** Resolves once the print sheet's map image is decoded, so the print preview shows it. */
export function printImageDecoded(): Promise<void> {
  const img = document.querySelector<HTMLImageElement>('#print-root img');
  return img ? img.decode() : Promise.resolve();
}
