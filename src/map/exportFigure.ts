/**
 * Export of the current view: the PNG figure (map snapshot + title, legend,
 * scale bar, north arrow, source note) and the print job for the print sheet.
 * The texts come from src/state/figureText, the drawing from src/export.
 */
import { composeFigure, type ComposedFigure } from '../export/composeFigure';
import type { LegendEntry } from '../export/legendLayout';
import { metresPerPixel } from '../export/scaleBar';
import { paperLayout, type Orientation, type Paper, type PaperLayout } from '../export/paper';
import { fitViewToFrame, printScaleDenominator, type PrintFit } from '../export/printFit';
import { t } from '../i18n';
import { currentStepNumber, currentStory } from '../state/presenter';
import { downloadBlob } from '../state/downloadBlob';
import { figureNote, figureSubtitle, legendEntries } from '../state/figureText';
import { liveMap } from './liveMap';
import type { MapSnapshot } from './snapshot';

function requireMap() {
  const controller = liveMap.peek();
  if (!controller) throw new Error('map not ready');
  return controller;
}

export async function snapshot(pixelRatio: number): Promise<MapSnapshot> {
  return requireMap().capture({ pixelRatio });
}

export function composeCurrent(shot: MapSnapshot, title: string): ComposedFigure {
  return composeFigure(shot, {
    title,
    subtitle: figureSubtitle(),
    legendTitle: t('legendTitle'),
    legend: legendEntries(),
    note: figureNote(),
    north: t('northLetter'),
    more: (n) => t('legendMore').replace('{n}', String(n)),
  });
}

function pngBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

export interface PngResult {
  width: number;
  height: number;
  /** Pixel ratio asked for and actually drawn (lower when the graphics limit was reached). */
  asked: number;
  pixelRatio: number;
  /** The legend box in output pixels, for checks. */
  legend: { x: number; y: number; width: number; height: number };
  fileName: string;
}

export async function exportPng(scale: number, title: string): Promise<PngResult> {
  const figure = composeCurrent(await snapshot(scale), title);
  const blob = await pngBlob(figure.canvas);
  const story = currentStory.peek();
  const name = story ? `${story.id}-${currentStepNumber.peek()}` : 'view';
  const fileName = `zhengzhou-plan-atlas-${name}-${scale}x.png`;
  downloadBlob(blob, fileName);
  const r = figure.pixelRatio;
  const l = figure.layout.legend;
  return {
    width: figure.canvas.width,
    height: figure.canvas.height,
    asked: scale,
    pixelRatio: Math.round(r * 100) / 100,
    legend: { x: Math.round(l.x * r), y: Math.round(l.y * r), width: Math.round(l.width * r), height: Math.round(l.height * r) },
    fileName,
  };
}

/** Everything the print sheet shows. */
export interface PrintJob {
  paper: PaperLayout;
  imageUrl: string;
  /** The map image's CSS size (its aspect ratio and the scale bar's share of its width). */
  mapCssWidth: number;
  mapCssHeight: number;
  metresPerPixel: number;
  bearing: number;
  title: string;
  subtitle: string;
  legend: LegendEntry[];
  note: string;
  /** [west, south, east, north] the map image shows. */
  bounds: [number, number, number, number];
  /** The names drawn on the map image (for its text alternative), with their points in CSS px of the image. */
  names: MapSnapshot['names'];
}

/** What a paper's frame shows of the current view: its zoom, what is cut, and its scale at 100 %. */
export interface PrintPlan extends PrintFit {
  layout: PaperLayout;
  /** n of "1 : n" printed at actual size. */
  scale: number;
}

/** The print frame's camera for this paper: the whole of what the user sees (the map minus a phone sheet's cover). */
export function planPrint(paper: Paper, orientation: Orientation): PrintPlan | null {
  const controller = liveMap.peek();
  if (!controller) return null;
  const layout = paperLayout(paper, orientation);
  const view = controller.printView();
  const fit = fitViewToFrame(view, { width: layout.mapWidthPx, height: layout.mapHeightPx }, view.zoom, view.minZoom);
  return { ...fit, layout, scale: printScaleDenominator(metresPerPixel(view.centerLat, fit.zoom)) };
}

/** Redraws the map in the paper's map frame at 2×, the whole view fitted, and returns the job; the URL is a blob URL to revoke later. */
export async function preparePrint(paper: Paper, orientation: Orientation, title: string): Promise<PrintJob> {
  const plan = planPrint(paper, orientation);
  if (!plan) throw new Error('map not ready');
  const { layout } = plan;
  const shot = await requireMap().capture({ pixelRatio: 2, size: { width: layout.mapWidthPx, height: layout.mapHeightPx }, zoom: plan.zoom });
  const blob = await pngBlob(shot.canvas);
  return jobFrom(layout, shot, URL.createObjectURL(blob), title);
}

/** For the browser's own Print command: the live map as it is (synchronous, no redraw). */
export function printJobFromLiveMap(paper: Paper, orientation: Orientation, title: string): PrintJob | null {
  const controller = liveMap.peek();
  if (!controller) return null;
  const shot = controller.snapshotNow();
  return jobFrom(paperLayout(paper, orientation), shot, shot.canvas.toDataURL('image/png'), title);
}

function jobFrom(paper: PaperLayout, shot: MapSnapshot, imageUrl: string, title: string): PrintJob {
  return {
    paper,
    imageUrl,
    mapCssWidth: shot.cssWidth,
    mapCssHeight: shot.cssHeight,
    metresPerPixel: metresPerPixel(shot.center.lat, shot.zoom),
    bearing: shot.bearing,
    title,
    subtitle: figureSubtitle(),
    legend: legendEntries(),
    note: figureNote(),
    bounds: shot.bounds,
    names: shot.names,
  };
}
