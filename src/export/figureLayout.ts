/**
 * The layout of an exported map figure, in CSS pixels of the map: a title band
 * above the map, a source note below it, and on the map a legend (top left), a
 * north arrow (top right) and a scale bar (bottom left). The PNG composer
 * multiplies everything by the pixel ratio the map was drawn at.
 */
import { FONT_STACK } from '../config/fonts';
import { layoutLegend, type LegendEntry, type LegendLayout } from './legendLayout';
import { scaleBar, type ScaleBar } from './scaleBar';
import { wrapText } from './wrapText';

export type FontRole = 'title' | 'subtitle' | 'legendTitle' | 'legend' | 'note' | 'scale' | 'north';

/** Canvas fonts per role (CSS px); the family is the map labels' local font stack, quoted for CSS. */
export const FIGURE_FONT_FAMILY = FONT_STACK.map((f) => (f.includes(' ') ? `'${f}'` : f)).join(', ');
export const FIGURE_FONTS: Record<FontRole, string> = {
  title: `700 22px ${FIGURE_FONT_FAMILY}`,
  subtitle: `400 13px ${FIGURE_FONT_FAMILY}`,
  legendTitle: `700 13px ${FIGURE_FONT_FAMILY}`,
  legend: `400 12px ${FIGURE_FONT_FAMILY}`,
  note: `400 11px ${FIGURE_FONT_FAMILY}`,
  scale: `600 12px ${FIGURE_FONT_FAMILY}`,
  north: `700 13px ${FIGURE_FONT_FAMILY}`,
};

export const FIGURE = {
  headerHeight: 64,
  margin: 12,
  noteLineHeight: 15,
  notePadding: 8,
  northSize: 40,
  scaleMaxWidth: 160,
  scalePlateHeight: 30,
  /** The legend never covers more than this share of the map's width. */
  legendMaxShare: 0.42,
};

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FigureInput {
  mapWidth: number;
  mapHeight: number;
  title: string;
  subtitle?: string;
  legendTitle: string;
  legend: LegendEntry[];
  /** Ground metres per CSS pixel at the map's centre. */
  metresPerPixel: number;
  bearing: number;
  note: string;
  measure: (text: string, role: FontRole) => number;
}

export interface FigureLayout {
  width: number;
  height: number;
  header: Rect;
  map: Rect;
  footer: Rect;
  title: string;
  subtitle?: string;
  noteLines: string[];
  legend: LegendLayout & { x: number; y: number };
  north: { cx: number; cy: number; size: number };
  scale: ScaleBar & { plate: Rect; barX: number; barY: number };
}

export function figureLayout(input: FigureInput): FigureLayout {
  const { mapWidth: W, mapHeight: H } = input;
  const m = FIGURE.margin;
  const header: Rect = { x: 0, y: 0, width: W, height: FIGURE.headerHeight };
  const map: Rect = { x: 0, y: header.height, width: W, height: H };

  const noteLines = wrapText(input.note, W - 2 * m, (t) => input.measure(t, 'note'));
  const footer: Rect = { x: 0, y: map.y + H, width: W, height: 2 * FIGURE.notePadding + noteLines.length * FIGURE.noteLineHeight };

  const north = { cx: W - m - FIGURE.northSize / 2, cy: map.y + m + FIGURE.northSize / 2 + 8, size: FIGURE.northSize };

  const bar = scaleBar(input.metresPerPixel, Math.min(FIGURE.scaleMaxWidth, W * 0.3));
  const labelWidth = input.measure(bar.label, 'scale');
  const plate: Rect = {
    x: m,
    y: map.y + H - m - FIGURE.scalePlateHeight,
    width: Math.ceil(bar.widthPx + labelWidth + 30),
    height: FIGURE.scalePlateHeight,
  };

  const legendBox = layoutLegend(input.legend, {
    title: input.legendTitle,
    maxWidth: Math.max(120, Math.min(W * FIGURE.legendMaxShare, north.cx - north.size - 2 * m)),
    // Room between the top margin and the scale plate.
    maxHeight: plate.y - map.y - 2 * m,
    measure: (t) => input.measure(t, 'legend'),
  });

  return {
    width: W,
    height: footer.y + footer.height,
    header,
    map,
    footer,
    title: input.title,
    subtitle: input.subtitle,
    noteLines,
    legend: { ...legendBox, x: m, y: map.y + m },
    north,
    scale: { ...bar, plate, barX: plate.x + 10, barY: plate.y + 19 },
  };
}
