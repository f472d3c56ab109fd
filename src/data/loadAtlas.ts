import { dataUrl } from '../config/dataVersion';
import type { AtlasLayer, AtlasManifest, EdgeCollection, PlanCollection } from './types';
import type { LabelCollection } from './labels';

/** Where the atlas bundle comes from: the built app's `data/` folder, or a test double. */
export interface AtlasSource {
  getJson(path: string): Promise<unknown>;
}

/**
 * Reads the bundle from the page's own origin, relative to the page (works from any sub-path),
 * at the URLs of this build's data version (the ones the service worker precached).
 */
export function fetchSource(base = 'data/'): AtlasSource {
  return {
    async getJson(path) {
      const res = await fetch(dataUrl(base, path));
      if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
      return res.json();
    },
  };
}

export interface LoadedAtlas {
  manifest: AtlasManifest;
  layers: AtlasLayer[];
}

/** Loads the manifest, then every layer it lists with its edge classes and label points, in parallel. */
export async function loadAtlas(source: AtlasSource): Promise<LoadedAtlas> {
  const manifest = (await source.getJson('atlas.json')) as AtlasManifest;
  if (manifest?.version !== 1 || !Array.isArray(manifest.layers)) {
    throw new Error('atlas.json: unsupported manifest');
  }
  const layers = await Promise.all(
    manifest.layers.map(async (info) => {
      const [data, edges, labels] = await Promise.all([
        source.getJson(info.file),
        info.edges ? source.getJson(info.edges) : undefined,
        info.labels ? source.getJson(info.labels) : undefined,
      ]);
      return { info, data: data as PlanCollection, ...(edges ? { edges: edges as EdgeCollection } : {}), ...(labels ? { labels: labels as LabelCollection } : {}) };
    }),
  );
  return { manifest, layers };
}
