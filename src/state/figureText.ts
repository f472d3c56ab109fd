/**
 * The texts of an export figure or print sheet, from the app's state: legend
 * rows for the visible layers, title, subtitle (story, step, spotlight) and the
 * source note. The drawing is in src/export, the snapshot in src/map/exportFigure.
 */
import { citationText } from '../export/citationText';
import { EDGE_KEY_INK, EDGE_KEY_KINDS, type EdgeKeyKind, type LegendEntry } from '../export/legendLayout';
import { lang, localName, pick, t, type StringKey } from '../i18n';
import { styledLayers, visibleLayers } from './atlasState';
import { basemap } from './basemap';
import { currentStep, currentStepNumber, currentStory, spotlight } from './presenter';
import { atlasIndex, selectedRecord } from './selection';
import { OSM_RASTER } from '../config/basemaps';
import { LEVELS } from '../data/levels';
import { PROJECT_KIND_NAMES } from '../data/projects';
import { projectLegendEntries } from '../export/projectLegend';
import { projects, projectsDrawn } from './projects';

/**
 * Visible layers in the order the layer panel lists them (二七区, 中原区, 郑州市, districts), as legend
 * rows named with their plan level ("二七区 · 四区联动"). Read inside a component it follows the map.
 */
export function legendEntries(): LegendEntry[] {
  const visible = visibleLayers.value;
  const layers = styledLayers.value;
  const rows: LegendEntry[] = LEVELS.flatMap(({ level, label }) =>
    layers
      .filter((l) => l.info.level === level && visible.has(l.info.id))
      .map((l) => ({
        label: level === 'admin' ? pick(l.info.title) : `${t(label)} · ${pick(l.info.title)}`,
        color: l.info.style.color,
        kind: l.info.geometry,
      })),
  );
  // With any plan area or line on the map, the key to its edges too.
  const edged = layers.some((l) => l.info.edges && visible.has(l.info.id));
  // The 项目 layer, when on the map: its kinds after the plan layers, the keys to its marks after the edge key.
  const projectRows = projectsDrawn.value ? projectLegendEntries(projects.value ?? [], projectLegendText()) : [];
  return [...rows, ...projectRows.filter((e) => !e.key), ...(edged ? edgeLegendEntries() : []), ...projectRows.filter((e) => e.key)];
}

const projectLegendText = () => ({
  title: t('prjLayerTitle'),
  kind: (k: keyof typeof PROJECT_KIND_NAMES) => pick(PROJECT_KIND_NAMES[k]),
  located: t('prjLocatedKey'),
  approximate: t('prjApproxKey'),
  precision: t('prjPrecisionKey'),
});

const EDGE_KEY_TEXT: Record<EdgeKeyKind, StringKey> = { located: 'edgeLocated', estimated: 'edgeEstimated', mark: 'edgeMark', band: 'edgeBand' };

/** The key to how precise the lines are: solid, dashed, soft glow, the band (in grey: it holds for every layer's colour). */
export function edgeLegendEntries(): (LegendEntry & { kind: EdgeKeyKind })[] {
  return EDGE_KEY_KINDS.map((kind) => ({ label: t(EDGE_KEY_TEXT[kind]), color: EDGE_KEY_INK, kind, key: true }));
}

/** The story step's title; else the selected area's name, marked schematic ("二七商圈板块 · 示意范围"); else the app's. */
export function defaultFigureTitle(): string {
  const step = currentStep.peek();
  if (step) return pick(step.title);
  const selected = selectedRecord.peek();
  if (selected) return t('figureSchematicTitle').replace('{name}', localName(selected.feature.properties));
  return t('appTitle');
}

/** Story and step, and what is spotlighted, under the title. */
export function figureSubtitle(): string {
  const parts: string[] = [];
  const story = currentStory.peek();
  if (story) parts.push(`${pick(story.title)} · ${currentStepNumber.peek()}/${story.steps.length}`);
  else {
    parts.push(t('appSubtitle'));
    // The layout the titled area belongs to ("六核协同").
    const selected = selectedRecord.peek();
    if (selected) parts.push(pick(selected.layer.title));
  }
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
