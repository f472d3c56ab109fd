/**
 * Print layout sizes: the page, its margins, and the map frame between the
 * title band and the source note, in millimetres and in CSS pixels (96 per
 * inch, what the browser prints at 100 %).
 */
export type Paper = 'A4' | 'A3';
export type Orientation = 'portrait' | 'landscape';

const SIZES_MM: Record<Paper, [number, number]> = { A4: [210, 297], A3: [297, 420] };
export const PX_PER_MM = 96 / 25.4;

export const PRINT = {
  marginMm: 10,
  headerMm: 16,
  footerMm: 14,
  /** Kept free so rounding never spills the sheet onto a second page. */
  slackMm: 2,
};

export interface PaperLayout {
  paper: Paper;
  orientation: Orientation;
  pageWidthMm: number;
  pageHeightMm: number;
  mapWidthMm: number;
  mapHeightMm: number;
  /** The map frame in CSS pixels: the size to render the map at for this page. */
  mapWidthPx: number;
  mapHeightPx: number;
  /** The `@page` rule for this paper. */
  pageRule: string;
}

export function paperLayout(paper: Paper, orientation: Orientation): PaperLayout {
  const [short, long] = SIZES_MM[paper];
  const [pageWidthMm, pageHeightMm] = orientation === 'portrait' ? [short, long] : [long, short];
  const mapWidthMm = pageWidthMm - 2 * PRINT.marginMm;
  const mapHeightMm = pageHeightMm - 2 * PRINT.marginMm - PRINT.headerMm - PRINT.footerMm - PRINT.slackMm;
  return {
    paper,
    orientation,
    pageWidthMm,
    pageHeightMm,
    mapWidthMm,
    mapHeightMm,
    mapWidthPx: Math.floor(mapWidthMm * PX_PER_MM),
    mapHeightPx: Math.floor(mapHeightMm * PX_PER_MM),
    pageRule: `@page { size: ${paper} ${orientation}; margin: ${PRINT.marginMm}mm; }`,
  };
}
