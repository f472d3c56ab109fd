import type { LoadedAtlas } from './loadAtlas';
import type { LayerInfo, PlanFeature, PlanText } from './types';

/** Everything the UI shows about one feature, found by id. */
export interface FeatureRecord {
  feature: PlanFeature;
  layer: LayerInfo;
  text: PlanText;
}

export interface AtlasIndex {
  byId: Map<string, FeatureRecord>;
}

export function indexAtlas(atlas: LoadedAtlas): AtlasIndex {
  const byId = new Map<string, FeatureRecord>();
  for (const { info, data } of atlas.layers) {
    for (const feature of data.features) {
      byId.set(feature.properties.id, { feature, layer: info, text: atlas.manifest.text[feature.properties.id] ?? {} });
    }
  }
  return { byId };
}
