/**
 * How a print frame shows what the user sees: the paper's map frame has its own size and shape,
 * so at the screen's zoom it would cut part of the view (a 1,560 px wide view on A4's 1,046 px
 * frame loses a third). The frame's zoom is lowered until the whole view fits; the other side
 * then shows a little more. Pure: sizes in CSS pixels, zoom in MapLibre levels.
 */
import { PX_PER_MM } from './paper';

export interface Size {
  width: number;
  height: number;
}

export interface PrintFit {
  /** The frame's zoom: the view's, lowered so the whole view fits (never raised). */
  zoom: number;
  /** Share of the view's width and height that is left out (0 when it all fits; above 0 only at the map's lowest zoom). */
  cutShare: number;
}

/**
 * The zoom at which a frame of `frame` px shows all of a view of `view` px drawn at `viewZoom`.
 * Each zoom level halves the ground per pixel, so fitting a view k times larger lowers the zoom by log2(k).
 * `minZoom` is the map's floor: below it the view cannot fit, and `cutShare` says how much is lost.
 */
export function fitViewToFrame(view: Size, frame: Size, viewZoom: number, minZoom = -Infinity): PrintFit {
  if (view.width <= 0 || view.height <= 0 || frame.width <= 0 || frame.height <= 0) return { zoom: viewZoom, cutShare: 0 };
  const shrink = Math.min(1, frame.width / view.width, frame.height / view.height);
  const wanted = viewZoom + Math.log2(shrink);
  const zoom = Math.max(minZoom, wanted);
  // At the floor the frame shows 2^(zoom - wanted) times less than the view on its tight side.
  const cutShare = zoom > wanted ? 1 - 2 ** (wanted - zoom) : 0;
  return { zoom, cutShare };
}

/** CSS pixels per metre of paper printed at 100 % (96 per inch). */
const CSS_PX_PER_METRE_OF_PAPER = PX_PER_MM * 1000;

/**
 * The representative fraction's n for a map of `metresPerPixel` printed at 100 %, rounded to two
 * significant figures (1:84,000, not 1:83,712): the browser's own scaling makes more digits false.
 */
export function printScaleDenominator(metresPerPixel: number): number {
  const n = metresPerPixel * CSS_PX_PER_METRE_OF_PAPER;
  if (!(n > 0) || !Number.isFinite(n)) return 0;
  const step = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / step) * step;
}
