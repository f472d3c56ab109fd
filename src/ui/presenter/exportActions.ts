/**
 * Export of the current view: the PNG figure (map snapshot + title, legend,
 * scale bar, north arrow, source note) and the print job for the print sheet.
 * Reads the app's state for the texts; the drawing is in src/export.
 */
import { captureMap, snapshotOf, type MapSnapshot } from '../../map/snapshot';
import { composeFigure, type ComposedFigure } from '../../export/composeFigure';
import { citationText } from '../../export/citationText';
import type { LegendEntry } from '../../export/legendLayout';
import { metresPerPixel } from '../../export/scaleBar';
import { paperLayout, type Orientation, type Paper, type PaperLayout } from '../../export/paper';
import { lang, localName, pick, t } from '../../i18n';
import { styledLayers, visibleLayers } from '../../state/atlasState';
import { basemap } from '../../state/basemap';
import { currentStep, currentStepNumber, currentStory, spotlight } from '../../state/presenter';
import { atlasIndex } from '../../state/selection';
import { OSM_RASTER } from '../../config/basemaps';
import { mapController } from '../mapBridge';
import { LEVELS } from '../levels';
import { downloadBlob } from '../downloadBlob';

/** Visible layers, top of the drawing order first, as legend rows named with their plan level ("二七区 · 四区联动"). */
export function legendEntries(): LegendEntry[] {
  const visible = visibleLayers.peek();
  const levelName = (level: string) => LEVELS.find((l) => l.level === level);
  return styledLayers
    .peek()
    .filter((l) => visible.has(l.info.id))
    .sort((a, b) => b.style.order - a.style.order)
    .map((l) => {
      const level = l.info.level === 'admin' ? undefined : levelName(l.info.level);
      const label = level ? `${t(level.label)} · ${pick(l.info.title)}` : pick(l.info.title);
      return { label, color: l.style.color, kind: l.info.geometry, dashed: l.info.level !== 'admin' };
    });
}

export function defaultFigureTitle(): string {
  const step = currentStep.peek();
  return step ? pick(step.title) : t('appTitle');
}

/** Story and step, and what is spotlighted, under the title. */
export function figureSubtitle(): string {
  const parts: string[] = [];
  const story = currentStory.peek();
  if (story) parts.push(`${pick(story.title)} · ${currentStepNumber.peek()}/${story.steps.length}`);
  else parts.push(t('appSubtitle'));
  const names = spotlight
    .peek()
    .map((id) => atlasIndex.peek()?.byId.get(id)?.feature.properties)
    .filter((p) => p !== undefined)
    .map(localName);
  if (names.length) parts.push(`${t('figureSpotlight')}${names.join(lang.peek() === 'zh' ? '、' : ', ')}`);
  return parts.join(' · ');
}

/** Sources, the schematic caveat, the plan lines cited by the step, who made it and when. */
export function figureNote(date = new Date()): string {
  const l = lang.peek();
  const sep = l === 'zh' ? '；' : '; ';
  const parts = [t('attribution'), t('schematicNote')];
  const step = currentStep.peek();
  if (step) parts.push(`${t('figureSources')}${step.sources.map((s) => citationText(s, l)).join(sep)}`);
  if (basemap.peek() === 'online') parts.push(OSM_RASTER.attribution);
  parts.push(`${t('figureMadeWith')} · ${date.toISOString().slice(0, 10)}`);
  // Each part is a sentence; drop its own full stop so they join with exactly one.
  return parts.map((p) => p.replace(/[。.]\s*$/, '')).join(l === 'zh' ? '。' : '. ');
}

function requireMap() {
  const controller = mapController();
  if (!controller) throw new Error('map not ready');
  return controller.map;
}

export async function snapshot(pixelRatio: number, size?: { width: number; height: number }): Promise<MapSnapshot> {
  return captureMap(requireMap(), { pixelRatio, size });
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
}

/** Redraws the map in the paper's map frame at 2× and returns the job; the URL is a blob URL to revoke later. */
export async function preparePrint(paper: Paper, orientation: Orientation, title: string): Promise<PrintJob> {
  const layout = paperLayout(paper, orientation);
  const shot = await snapshot(2, { width: layout.mapWidthPx, height: layout.mapHeightPx });
  const blob = await pngBlob(shot.canvas);
  return jobFrom(layout, shot, URL.createObjectURL(blob), title);
}

/** For the browser's own Print command: the live map as it is (synchronous, no redraw). */
export function printJobFromLiveMap(paper: Paper, orientation: Orientation, title: string): PrintJob | null {
  const controller = mapController();
  if (!controller) return null;
  const shot = snapshotOf(controller.map);
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
  };
}
