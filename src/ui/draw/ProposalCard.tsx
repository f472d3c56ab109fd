import { formatArea, formatLength, formatShare } from '../../analysis/units';
import type { Compass, MovedEdge } from '../../analysis/proposalDiff';
import { proposalCollection } from '../../export/proposalGeoJson';
import { lang, localName, t, type StringKey } from '../../i18n';
import { message } from '../../i18n/message';
import { deleteItem } from '../../state/drawing';
import { NoteField } from './NoteField';
import { analyzeView } from '../../state/analysis';
import { exportChoice } from '../../state/dataExport';
import type { ProposalView } from '../../state/proposal';
import { AreaInUnits } from '../analyze/AreaInUnits';
import { downloadText, safeStem } from '../analyze/download';
import { CitationLink } from '../info/CitationLink';

const SIDE: Record<Compass, StringKey> = { n: 'sideN', ne: 'sideNE', e: 'sideE', se: 'sideSE', s: 'sideS', sw: 'sideSW', w: 'sideW', nw: 'sideNW' };
const EDGE: Record<NonNullable<MovedEdge['edge']> | 'none', StringKey> = {
  located: 'proposalEdgeLocated',
  estimated: 'proposalEdgeEstimated',
  mark: 'proposalEdgeMark',
  none: 'proposalEdgeOutline',
};

const signed = (text: string, v: number) => (v > 0 ? `+${text}` : text);

/** One moved edge: "西南侧估计边（±120 米）：移动 85 米，在其精度范围内". */
function MovedEdgeRow({ m }: { m: MovedEdge }) {
  const l = lang.value;
  const params = { side: t(SIDE[m.side]), edge: t(EDGE[m.edge ?? 'none']), moved: formatLength(m.movedM, l) };
  const text =
    m.precisionM === null
      ? message('proposalMovedRowNoBand', params)
      : message('proposalMovedRow', { ...params, band: formatLength(m.precisionM, l), verdict: t(m.withinBand ? 'proposalInBand' : 'proposalBeyondBand') });
  return (
    <li class={m.withinBand ? 'moved-edge' : 'moved-edge moved-edge--beyond'} data-testid="moved-edge" data-edge={m.edge ?? 'none'}>
      {text[l]}
    </li>
  );
}

/** A boundary proposal: which feature and where the plan states it, the note, the area and edge changes, export. */
export function ProposalCard({ view }: { view: ProposalView }) {
  const { item, feature, diff } = view;
  const l = lang.value;
  const change = diff.areaAfterKm2 - diff.areaBeforeKm2;
  const gap = (g: number | null) => (g === null ? '' : ` (${signed(formatShare(g, l), g)})`);
  const exportGeoJson = () =>
    downloadText(`${safeStem(item.name)}-proposal.geojson`, JSON.stringify(proposalCollection(item, diff), null, 2), 'application/geo+json');
  // KML/KMZ, Shapefile, CSV-WKT, DXF: the export panel, with the proposals chosen (they are kept as they change).
  const exportOtherFormats = () => {
    exportChoice.value = { ...exportChoice.peek(), sources: ['proposals'] };
    analyzeView.value = 'data';
  };
  const touched = diff.touched;
  return (
    <div class="draw-editor proposal" data-testid="proposal-card">
      <h3>{feature ? localName(feature.properties) : item.name}</h3>
      <p class="hint">
        {t('proposalOf')}{t('colon')}<code>{item.featureId}</code>
      </p>
      {!feature && <p class="hint">{t('proposalGone')}</p>}
      <div class="proposal__citations">
        {t('proposalCitation')}{t('colon')}
        {item.citations.map((c) => (
          <CitationLink key={`${c.file}:${c.lines}`} source={c} />
        ))}
      </div>
      <NoteField id={item.id} note={item.note} rows={3} testId="proposal-note" />
      <dl class="area-figures" data-testid="proposal-areas">
        <dt>{t('statedArea')}</dt>
        <dd>{diff.statedAreaKm2 === null ? t('noStatedArea') : <AreaInUnits km2={diff.statedAreaKm2} />}</dd>
        <dt>{t('drawnArea')}</dt>
        <dd data-testid="proposal-area-before">
          <AreaInUnits km2={diff.areaBeforeKm2} />
          {gap(diff.gapBefore)}
        </dd>
        <dt>{t('proposalArea')}</dt>
        <dd data-testid="proposal-area-after">
          <AreaInUnits km2={diff.areaAfterKm2} />
          {gap(diff.gapAfter)}
        </dd>
        <dt>{t('proposalAreaChange')}</dt>
        <dd data-testid="proposal-area-change">
          {signed(formatArea(change, l, { unit: 'km2', decimals: 3 }), change)} · {signed(formatArea(change, l, { unit: 'ha', decimals: 1 }), change)} ·{' '}
          {signed(formatArea(change, l, { unit: 'mu', decimals: 0 }), change)}
        </dd>
      </dl>
      {diff.selfCrossing && <p class="analyze-error">{t('drawCrossing')}</p>}
      <h4>{t('proposalMoved')}</h4>
      {diff.moved.length ? (
        <>
          <ul class="plain moved-edges" data-testid="moved-edges">
            {diff.moved.map((m) => (
              <MovedEdgeRow key={m.index} m={m} />
            ))}
          </ul>
          <p class="hint" data-testid="proposal-touched">
            {message('proposalTouched', {
              located: touched.located.moved,
              locatedBeyond: touched.located.beyondBand,
              estimated: touched.estimated.moved,
              estimatedBeyond: touched.estimated.beyondBand,
            })[l]}
          </p>
          {touched.located.beyondBand > 0 && <p class="analyze-error">{t('proposalLocatedWarning')}</p>}
        </>
      ) : (
        <p class="hint">{t('proposalNoMove')}</p>
      )}
      <p class="hint">{t('proposalHint')}</p>
      <div class="analyze__toolbar">
        <button type="button" class="button button--small" onClick={exportGeoJson} data-testid="proposal-export">
          {t('proposalExport')}
        </button>
        <button type="button" class="button button--small" onClick={exportOtherFormats} data-testid="proposal-export-more">
          {t('proposalExportMore')}
        </button>
        <button type="button" class="button button--small" onClick={() => deleteItem(item.id)} data-testid="proposal-delete">
          {t('drawDelete')}
        </button>
      </div>
    </div>
  );
}
