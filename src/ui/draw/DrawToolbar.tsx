import { t, type StringKey } from '../../i18n';
import { drawCanRedo, drawCanUndo, drawing, drawTool, redoDrawing, startDrawing, stopDrawing, undoDrawing, type DrawTool } from '../../state/drawing';

const TOOLS: { id: DrawTool; label: StringKey; hint: StringKey }[] = [
  { id: 'select', label: 'drawToolSelect', hint: 'drawHintSelect' },
  { id: 'point', label: 'drawToolPoint', hint: 'drawHintPoint' },
  { id: 'linestring', label: 'drawToolLine', hint: 'drawHintLine' },
  { id: 'polygon', label: 'drawToolPolygon', hint: 'drawHintPolygon' },
];

/** The draw mode's switch, its tools, undo and redo, and what the tool in hand does. */
export function DrawToolbar() {
  const on = drawing.value;
  const tool = drawTool.value;
  return (
    <>
      <div class="analyze__toolbar" role="group" aria-label={t('drawTools')}>
        {on ? (
          TOOLS.map((x) => (
            <button key={x.id} type="button" class="button button--small" aria-pressed={tool === x.id} onClick={() => startDrawing(x.id)} data-testid={`draw-tool-${x.id}`}>
              {t(x.label)}
            </button>
          ))
        ) : (
          <button type="button" class="button button--small" onClick={() => startDrawing()} data-testid="draw-start">
            {t('drawStart')}
          </button>
        )}
      </div>
      <div class="analyze__toolbar">
        <button type="button" class="button button--small" disabled={!drawCanUndo.value} onClick={undoDrawing} data-testid="draw-undo">
          {t('drawUndo')}
        </button>
        <button type="button" class="button button--small" disabled={!drawCanRedo.value} onClick={redoDrawing} data-testid="draw-redo">
          {t('drawRedo')}
        </button>
        {on && (
          <button type="button" class="button button--small" onClick={stopDrawing} data-testid="draw-stop">
            {t('drawStop')}
          </button>
        )}
      </div>
      {on && <p class="hint">{t(TOOLS.find((x) => x.id === tool)!.hint)}</p>}
    </>
  );
}
