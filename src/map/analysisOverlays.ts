/**
 * Keeps the map's analysis overlays in step with the analysis state: imported
 * sites, the shared areas of the picked site, the picked matrix cell, and the
 * measure tool. Started by the map bindings (mountMap.ts) when the Analyze panel first
 * opens; lives as long as the map. The picked site's emphasis is a feature-state, composed
 * with the others in featureStates.ts.
 */
import { effect, untracked } from '@preact/signals';
import type { Feature, FeatureCollection } from 'geojson';
import { intersectionOf, prepareArea } from '../analysis/overlap';
import { isAreaFeature } from '../data/types';
import { measureFeatures } from './MeasureTool';
import { labelPointOf } from './styleBuilder';
import type { MapController } from './MapController';
import { matrixCellOnMap, measureMode, measurePoints, pickedSite, siteImports } from '../state/analysis';
import { atlasIndex } from '../state/selection';
import { liveMap } from './liveMap';
import { siteKey } from '../state/analysisActions';

let binding: (() => void) | null = null;

const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

/** Every imported site; which one is picked is a feature-state (composed in featureStates.ts). */
function sitesLayer(): FeatureCollection {
  return collection(
    siteImports.value.flatMap((entry) =>
      entry.summary.sites.map((s) => {
        // Only what the map needs: the file's attributes stay out of the style.
        return { type: 'Feature' as const, geometry: s.geometry, properties: { key: siteKey(entry, s.properties.id), name: s.properties.name } };
      }),
    ),
  );
}

/** Above this many sites their names are left off the map: thousands of parcels' names only collide, and placing them costs each frame. */
const SITE_LABEL_LIMIT = 2000;

/** One label point per site (none for a mass import; the panel lists every site). */
function siteLabels(sites: FeatureCollection): FeatureCollection {
  if (sites.features.length > SITE_LABEL_LIMIT) return collection([]);
  return collection(sites.features.map((f) => ({ type: 'Feature' as const, geometry: labelPointOf(f), properties: { name: f.properties?.name } })));
}

function pickedSiteHits(): FeatureCollection {
  const picked = pickedSite.value;
  for (const entry of siteImports.value) {
    for (const row of entry.report?.rows ?? []) {
      if (siteKey(entry, row.siteId) !== picked) continue;
      return collection(
        row.hits.flatMap((h) => (h.intersection ? [{ type: 'Feature' as const, geometry: h.intersection, properties: { planId: h.planId } }] : [])),
      );
    }
  }
  return collection([]);
}

/** The two features of the picked cell and the area they share, while the matrix is on screen (one pair: quick enough here). */
function cellLayer(): FeatureCollection {
  const cell = matrixCellOnMap.value;
  const index = atlasIndex.value;
  const a = cell && index?.byId.get(cell.aId)?.feature;
  const b = cell && index?.byId.get(cell.bId)?.feature;
  if (!a || !b || !isAreaFeature(a) || !isAreaFeature(b)) return collection([]);
  const features: Feature[] = [
    { type: 'Feature', geometry: a.geometry, properties: { role: 'a' } },
    { type: 'Feature', geometry: b.geometry, properties: { role: 'b' } },
  ];
  try {
    const shared = intersectionOf(prepareArea(a), prepareArea(b));
    if (shared) features.unshift({ type: 'Feature', geometry: shared, properties: { role: 'shared' } });
  } catch {
    // The outlines still show the pair; the panel reports the failed intersection.
  }
  return collection(features);
}

function bind(controller: MapController): () => void {
  const measure = controller.attachMeasureTool(
    (p) => (measurePoints.value = [...measurePoints.peek(), p]),
    (index, p) => (measurePoints.value = measurePoints.peek().map((q, i) => (i === index ? p : q))),
  );
  const disposers = [
    effect(() => {
      const sites = sitesLayer();
      controller.setOverlay('sites', sites);
      controller.setOverlay('siteLabels', siteLabels(sites));
    }),
    effect(() => controller.setOverlay('siteHits', pickedSiteHits())),
    effect(() => controller.setOverlay('cell', cellLayer())),
    effect(() => {
      const mode = measureMode.value;
      measure.tool.setActive(mode !== 'off');
      controller.setOverlay('measure', mode === 'off' ? null : measureFeatures(measurePoints.value, mode));
    }),
  ];
  return () => {
    measure.detach();
    disposers.forEach((d) => d());
  };
}

/** Binds to the live map, now or as soon as it is ready (idempotent; follows a new map). */
export function bindAnalysisMap(): void {
  binding ??= effect(() => {
    const controller = liveMap.value;
    if (controller) return untracked(() => bind(controller));
  });
}
