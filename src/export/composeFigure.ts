/**
 * Draws the export figure on a 2D canvas: the map snapshot at its own
 * resolution, and around and on it the title, legend, north arrow, scale bar
 * and source note laid out by figureLayout. Everything is drawn in the
 * browser from local data; nothing is fetched.
 */
import { FIGURE_FONTS, figureLayout, type FigureLayout, type FontRole } from './figureLayout';
import { isEdgeKey, type EdgeKeyKind, type LegendEntry } from './legendLayout';
import { metresPerPixel } from './scaleBar';
import { northArrow } from './northArrow';

/** A drawn map: its canvas, its size in CSS pixels and the camera it was drawn with. */
export interface MapImage {
  canvas: HTMLCanvasElement;
  cssWidth: number;
  cssHeight: number;
  /** Canvas pixels per CSS pixel, as drawn (may be below the ratio asked for). */
  pixelRatio: number;
  center: { lon: number; lat: number };
  zoom: number;
  bearing: number;
}

export interface FigureText {
  title: string;
  subtitle?: string;
  legendTitle: string;
  legend: LegendEntry[];
  note: string;
  /** The letter on the north arrow (N / 北). */
  north: string;
  /** Appended to the legend when entries had to be left out: "+ 3 more". */
  more: (n: number) => string;
}

export interface ComposedFigure {
  canvas: HTMLCanvasElement;
  layout: FigureLayout;
  pixelRatio: number;
}

const INK = '#111827';
const PLATE = 'rgba(255, 255, 255, 0.94)';

function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number) {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
}

/** The key to an edge style, drawn as the map draws it (src/map/edgeLayers.ts): solid, dashed, a glow, the band. */
function drawEdgeKey(ctx: CanvasRenderingContext2D, kind: EdgeKeyKind, x: number, y: number, w: number, h: number) {
  const stroke = (width: number, alpha: number, dash: number[] = [], inset = 1) => {
    ctx.globalAlpha = alpha;
    ctx.lineWidth = width;
    ctx.setLineDash(dash);
    ctx.beginPath();
    ctx.moveTo(x + inset, y + h / 2);
    ctx.lineTo(x + w - inset, y + h / 2);
    ctx.stroke();
  };
  ctx.lineCap = kind === 'estimated' ? 'butt' : 'round';
  if (kind === 'located') stroke(2.2, 1);
  else if (kind === 'estimated') stroke(2.2, 1, [5, 4]);
  else if (kind === 'mark') {
    // No hard line: a soft glow.
    ctx.filter = 'blur(2px)';
    stroke(8, 0.5, [], 4);
    ctx.filter = 'none';
  } else {
    ctx.lineCap = 'butt';
    stroke(h - 2, 0.2);
    stroke(1.6, 1);
  }
}

function drawSwatch(ctx: CanvasRenderingContext2D, e: LegendEntry, x: number, y: number, w: number, h: number) {
  ctx.save();
  ctx.strokeStyle = e.color;
  ctx.fillStyle = e.color;
  if (isEdgeKey(e.kind)) drawEdgeKey(ctx, e.kind, x, y, w, h);
  else if (e.kind === 'polygon') {
    ctx.globalAlpha = 0.3;
    ctx.fillRect(x, y + 2, w, h - 4);
    ctx.globalAlpha = 1;
    ctx.lineWidth = 1.6;
    ctx.strokeRect(x + 0.8, y + 2.8, w - 1.6, h - 5.6);
  } else if (e.kind === 'line') {
    ctx.lineWidth = 3;
    ctx.lineCap = 'round';
    ctx.beginPath();
    ctx.moveTo(x + 2, y + h / 2);
    ctx.lineTo(x + w - 2, y + h / 2);
    ctx.stroke();
  } else if (e.kind === 'point-approx') {
    // An approximate project: a ring, white inside, as the map draws it.
    ctx.beginPath();
    ctx.arc(x + w / 2, y + h / 2, 5, 0, Math.PI * 2);
    ctx.fillStyle = '#ffffff';
    ctx.fill();
    ctx.lineWidth = 2.5;
    ctx.stroke();
  } else {
    if (e.kind === 'point-precision') {
      // The thin ring of a project's ± precision around its dot (filled on the map only for the open record).
      ctx.beginPath();
      ctx.arc(x + w / 2, y + h / 2, h / 2, 0, Math.PI * 2);
      ctx.globalAlpha = 0.6;
      ctx.lineWidth = 1;
      ctx.stroke();
      ctx.globalAlpha = 1;
    }
    const r = e.kind === 'point-precision' ? 3 : 5;
    ctx.beginPath();
    ctx.arc(x + w / 2, y + h / 2, r, 0, Math.PI * 2);
    ctx.fill();
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = '#ffffff';
    ctx.stroke();
  }
  ctx.restore();
}

function drawLegend(ctx: CanvasRenderingContext2D, f: FigureLayout, text: FigureText) {
  const l = f.legend;
  ctx.fillStyle = PLATE;
  roundRect(ctx, l.x, l.y, l.width, l.height, 6);
  ctx.fill();
  ctx.strokeStyle = '#6b7280';
  ctx.lineWidth = 1;
  ctx.stroke();
  ctx.fillStyle = INK;
  ctx.textBaseline = 'middle';
  ctx.font = FIGURE_FONTS.legendTitle;
  ctx.fillText(text.legendTitle, l.x + l.padding, l.y + l.padding + l.titleHeight / 2 - 2);
  ctx.font = FIGURE_FONTS.legend;
  for (const item of l.items) {
    drawSwatch(ctx, item, l.x + item.x, l.y + item.y + 3, l.swatchWidth, l.rowHeight - 6);
    ctx.fillStyle = INK;
    ctx.fillText(item.text, l.x + item.x + l.swatchWidth + l.gap, l.y + item.y + l.rowHeight / 2);
  }
  if (l.more) {
    ctx.fillStyle = '#4b5563';
    ctx.fillText(text.more(l.hidden), l.x + l.more.x, l.y + l.more.y + l.rowHeight / 2);
  }
}

function drawNorth(ctx: CanvasRenderingContext2D, f: FigureLayout, bearing: number, letter: string) {
  const { cx, cy, size } = f.north;
  const a = northArrow(bearing, cx, cy, size * 0.8);
  ctx.fillStyle = PLATE;
  ctx.beginPath();
  ctx.arc(cx, cy - 4, size / 2 + 8, 0, Math.PI * 2);
  ctx.fill();
  ctx.strokeStyle = INK;
  ctx.lineWidth = 1.2;
  ctx.lineJoin = 'round';
  // Classic two-tone arrow: the left half filled, the right half open.
  ctx.beginPath();
  ctx.moveTo(a.tip.x, a.tip.y);
  ctx.lineTo(a.left.x, a.left.y);
  ctx.lineTo(a.tail.x, a.tail.y);
  ctx.closePath();
  ctx.fillStyle = INK;
  ctx.fill();
  ctx.stroke();
  ctx.beginPath();
  ctx.moveTo(a.tip.x, a.tip.y);
  ctx.lineTo(a.right.x, a.right.y);
  ctx.lineTo(a.tail.x, a.tail.y);
  ctx.closePath();
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  ctx.stroke();
  ctx.fillStyle = INK;
  ctx.font = FIGURE_FONTS.north;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(letter, a.label.x, a.label.y);
  ctx.textAlign = 'left';
}

function drawScale(ctx: CanvasRenderingContext2D, f: FigureLayout) {
  const s = f.scale;
  ctx.fillStyle = PLATE;
  roundRect(ctx, s.plate.x, s.plate.y, s.plate.width, s.plate.height, 5);
  ctx.fill();
  const half = s.widthPx / 2;
  ctx.fillStyle = INK;
  ctx.fillRect(s.barX, s.barY - 5, half, 5);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(s.barX + half, s.barY - 5, half, 5);
  ctx.strokeStyle = INK;
  ctx.lineWidth = 1;
  ctx.strokeRect(s.barX, s.barY - 5, s.widthPx, 5);
  ctx.fillStyle = INK;
  ctx.font = FIGURE_FONTS.scale;
  ctx.textBaseline = 'middle';
  ctx.fillText(s.label, s.barX + s.widthPx + 8, s.barY - 3);
}

/** The figure as a canvas at the snapshot's resolution, and its layout (in CSS pixels). */
export function composeFigure(image: MapImage, text: FigureText): ComposedFigure {
  const out = document.createElement('canvas');
  const ctx = out.getContext('2d')!;
  const measure = (t: string, role: FontRole) => {
    ctx.font = FIGURE_FONTS[role];
    return ctx.measureText(t).width;
  };
  const layout = figureLayout({
    mapWidth: image.cssWidth,
    mapHeight: image.cssHeight,
    title: text.title,
    subtitle: text.subtitle,
    legendTitle: text.legendTitle,
    legend: text.legend,
    metresPerPixel: metresPerPixel(image.center.lat, image.zoom),
    bearing: image.bearing,
    note: text.note,
    measure,
  });
  const r = image.pixelRatio;
  out.width = image.canvas.width;
  out.height = Math.round(layout.height * r);

  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  // The map at its own pixels: no resampling of the rendered map.
  const mapTop = Math.round(layout.map.y * r);
  ctx.drawImage(image.canvas, 0, mapTop);

  ctx.setTransform(r, 0, 0, r, 0, 0);
  ctx.fillStyle = INK;
  ctx.textBaseline = 'alphabetic';
  ctx.font = FIGURE_FONTS.title;
  ctx.fillText(layout.title, 12, 31);
  if (layout.subtitle) {
    ctx.font = FIGURE_FONTS.subtitle;
    ctx.fillStyle = '#4b5563';
    ctx.fillText(layout.subtitle, 12, 52);
  }
  ctx.strokeStyle = INK;
  ctx.lineWidth = 1;
  ctx.strokeRect(0.5, layout.map.y + 0.5, layout.map.width - 1, layout.map.height - 1);

  drawLegend(ctx, layout, text);
  drawNorth(ctx, layout, image.bearing, text.north);
  drawScale(ctx, layout);

  ctx.fillStyle = '#374151';
  ctx.font = FIGURE_FONTS.note;
  ctx.textBaseline = 'top';
  layout.noteLines.forEach((line, i) => ctx.fillText(line, 12, layout.footer.y + 8 + i * 15));
  return { canvas: out, layout, pixelRatio: r };
}
