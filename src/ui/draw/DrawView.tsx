import type { StringKey } from '../../i18n';
import { t } from '../../i18n';
import { useEffect } from 'preact/hooks';
import { drawing, drawnItems, editingId, editingItem, liveShape, stopDrawing } from '../../state/drawing';
import type { DrawnItem } from '../../state/drawingModel';
import { editingProposal } from '../../state/proposal';
import { DrawToolbar } from './DrawToolbar';
import { ProposalCard } from './ProposalCard';
import { ShapeFigures } from './ShapeFigures';
import { SketchEditor } from './SketchEditor';
import '../../../styles/draw.css';

const KIND: Record<string, StringKey> = { Point: 'drawKindPoint', LineString: 'drawKindLine', Polygon: 'drawKindPolygon' };
const kindLabel = (item: DrawnItem): StringKey => (item.kind === 'proposal' ? 'drawKindProposal' : KIND[item.geometry.type]);

/** The Analyze panel's Draw view: the draw mode and its tools, live figures, the drawings and the one open. */
export function DrawView() {
  // Leaving the view ends drawing, so map clicks go back to "what is planned here".
  useEffect(() => stopDrawing, []);
  const items = drawnItems.value;
  const open = editingItem.value;
  const proposal = editingProposal.value;
  const live = liveShape.value;
  return (
    <div class="draw" data-testid="draw">
      <h2>{t('drawTitle')}</h2>
      {!drawing.value && <p class="hint">{t('drawIntro')}</p>}
      <DrawToolbar />
      {drawing.value && live && (
        <div class="draw-live" aria-live="polite" data-testid="draw-live">
          <strong>{t('drawLive')}</strong>
          <ShapeFigures geometry={live} testId="draw-live-figures" />
        </div>
      )}
      {open?.kind === 'sketch' && <SketchEditor item={open} />}
      {proposal && <ProposalCard view={proposal} />}
      <h3>{t('drawList')}</h3>
      {items.length ? (
        <ul class="plain draw-list" data-testid="draw-list">
          {items.map((item) => (
            <li key={item.id}>
              <button type="button" class="draw-list__item" aria-pressed={item.id === editingId.value} onClick={() => (editingId.value = item.id)}>
                <span class={item.kind === 'sketch' ? 'draw-swatch' : 'draw-swatch draw-swatch--proposal'} style={item.kind === 'sketch' ? { background: item.colour } : undefined} aria-hidden="true" />
                <span class="draw-list__name">{item.name}</span> <span class="hint">{t(kindLabel(item))}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="hint">{t('drawEmpty')}</p>
      )}
    </div>
  );
}
