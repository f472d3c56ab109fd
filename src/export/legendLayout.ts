/**
 * Where each legend entry goes in a legend box: one column while it fits the
 * height available, more columns otherwise; labels too wide are shortened with
 * an ellipsis. Pure: text width comes from the caller's `measure`.
 */
/** Keys to how precise the lines are, the same for every layer: solid, dashed, a soft glow, the pale band. */
export type EdgeKeyKind = 'located' | 'estimated' | 'mark' | 'band';
export const EDGE_KEY_KINDS: readonly EdgeKeyKind[] = ['located', 'estimated', 'mark', 'band'];
/** The key's ink: the edge styles apply to every layer's colour, so the key shows them in grey. */
export const EDGE_KEY_INK = '#374151';

/**
 * Keys to the project marks beside the solid dot (`point`): a ring for an approximate place, and the thin ring
 * of its ± precision around a dot.
 */
export type PointKeyKind = 'point-approx' | 'point-precision';
export const POINT_KEY_KINDS: readonly PointKeyKind[] = ['point-approx', 'point-precision'];

export type SwatchKind = 'polygon' | 'line' | 'point' | EdgeKeyKind | PointKeyKind;

export const isEdgeKey = (kind: SwatchKind): kind is EdgeKeyKind => (EDGE_KEY_KINDS as readonly string[]).includes(kind);
export const isPointKey = (kind: SwatchKind): kind is PointKeyKind => (POINT_KEY_KINDS as readonly string[]).includes(kind);

export interface LegendEntry {
  label: string;
  color: string;
  kind: SwatchKind;
  /** A key to the symbols rather than a layer (the edge styles' rows always are): kept when layers must give way. */
  key?: boolean;
  /** One of several rows of one layer (the 项目 layer's kinds): where room is short they share a line under its title. */
  group?: { title: string; label: string };
}

/** Whether an entry explains the symbols (kept to the end of the legend) rather than naming a layer. */
export const isKeyEntry = (e: LegendEntry): boolean => e.key === true || isEdgeKey(e.kind);

export interface LegendOptions {
  /** Widest the box may be, px. */
  maxWidth: number;
  /** Tallest the box may be, px. */
  maxHeight: number;
  title: string;
  measure: (text: string) => number;
  padding?: number;
  rowHeight?: number;
  titleHeight?: number;
  swatchWidth?: number;
  gap?: number;
  columnGap?: number;
}

export interface LegendItem extends LegendEntry {
  /** Top-left of the row, relative to the box. */
  x: number;
  y: number;
  /** The label as drawn (maybe shortened). */
  text: string;
}

export interface LegendLayout {
  width: number;
  height: number;
  columns: number;
  items: LegendItem[];
  /** Entries that did not fit even in the widest layout, and where the "+ n more" line goes. */
  hidden: number;
  more?: { x: number; y: number };
  /** Constants the drawing code needs. */
  padding: number;
  rowHeight: number;
  titleHeight: number;
  swatchWidth: number;
  gap: number;
}

/** `text` shortened with "…" until `measure` says it fits `width`. */
export function fitText(text: string, width: number, measure: (t: string) => number): string {
  if (measure(text) <= width) return text;
  const chars = [...text];
  while (chars.length > 1 && measure(`${chars.join('')}…`) > width) chars.pop();
  return `${chars.join('')}…`;
}

export function layoutLegend(entries: LegendEntry[], o: LegendOptions): LegendLayout {
  const padding = o.padding ?? 10;
  const rowHeight = o.rowHeight ?? 20;
  const titleHeight = o.titleHeight ?? 22;
  const swatchWidth = o.swatchWidth ?? 24;
  const gap = o.gap ?? 8;
  const columnGap = o.columnGap ?? 16;
  const rowsThatFit = Math.max(1, Math.floor((o.maxHeight - 2 * padding - titleHeight) / rowHeight));
  const labelWidth = Math.max(...entries.map((e) => o.measure(e.label)), o.measure(o.title) - swatchWidth - gap, 0);

  let columns = Math.max(1, Math.ceil(entries.length / rowsThatFit));
  // Columns share the width; never so many that a label gets under ~4 characters.
  const columnWidthFor = (n: number) => (o.maxWidth - 2 * padding - (n - 1) * columnGap) / n;
  while (columns > 1 && columnWidthFor(columns) < swatchWidth + gap + 48) columns--;
  const capacity = columns * rowsThatFit;
  // The keys (edge styles, project marks) explain every layer, so layers give way first: "+ n more", then the keys.
  const key = entries.filter(isKeyEntry);
  const layers = entries.filter((e) => !isKeyEntry(e));
  const shownLayers = entries.length > capacity ? layers.slice(0, Math.max(0, capacity - 1 - key.length)) : layers;
  const hidden = layers.length - shownLayers.length;
  const slots = shownLayers.length + (hidden ? 1 : 0) + key.length;
  const rows = Math.ceil(slots / columns);
  const columnWidth = Math.min(columnWidthFor(columns), swatchWidth + gap + labelWidth);
  const maxLabel = columnWidth - swatchWidth - gap;

  const cell = (i: number) => ({ x: padding + Math.floor(i / rows) * (columnWidth + columnGap), y: padding + titleHeight + (i % rows) * rowHeight });
  const slotOf = (i: number) => (i < shownLayers.length ? i : i + (hidden ? 1 : 0));
  const items = [...shownLayers, ...key].map((e, i) => ({ ...e, ...cell(slotOf(i)), text: fitText(e.label, maxLabel, o.measure) }));
  return {
    width: Math.ceil(2 * padding + columns * columnWidth + (columns - 1) * columnGap),
    height: Math.ceil(2 * padding + titleHeight + rows * rowHeight),
    columns,
    items,
    hidden,
    more: hidden ? cell(shownLayers.length) : undefined,
    padding,
    rowHeight,
    titleHeight,
    swatchWidth,
    gap,
  };
}
