/**
 * Links between the atlas files: ids unique across them, district and relation
 * targets that exist, one text entry per plan feature in its layer's text file.
 */
import type { DataProblem } from '../../../src/data/types';
import { isObj, type Obj } from './common';

export interface AtlasFiles {
  /** Every FeatureCollection: admin districts and each built layer. */
  collections: { file: string; layer: string; data: unknown; admin?: boolean }[];
  /** Every geodata/text file with the layer its name says it describes. */
  texts: { file: string; layer: string; data: unknown }[];
}

const featuresOf = (data: unknown): Obj[] =>
  isObj(data) && Array.isArray(data.features) ? data.features.filter(isObj).map((f) => (isObj(f.properties) ? f.properties : {})) : [];

/**
 * Links between files: ids unique across all of them, `district` and relation
 * targets that exist, and exactly one text entry per plan feature, in the text
 * file named after its layer.
 */
export function validateLinks({ collections, texts }: AtlasFiles): DataProblem[] {
  const problems: DataProblem[] = [];
  const firstFile = new Map<string, string>();
  const layerOf = new Map<string, string>();
  const districts = new Set<string>();
  for (const c of collections) {
    for (const p of featuresOf(c.data)) {
      if (typeof p.id !== 'string') continue;
      const first = firstFile.get(p.id);
      if (first) {
        problems.push({ file: c.file, featureId: p.id, problem: `id also used in ${first}` });
        continue;
      }
      firstFile.set(p.id, c.file);
      if (c.admin) districts.add(p.id);
      else layerOf.set(p.id, c.layer);
    }
  }
  for (const c of collections) {
    for (const p of featuresOf(c.data)) {
      const id = String(p.id);
      if (typeof p.district === 'string' && !districts.has(p.district)) problems.push({ file: c.file, featureId: id, problem: `district "${p.district}" is not an admin district id` });
      if (Array.isArray(p.relations)) p.relations.forEach((r: unknown, i) => {
        if (isObj(r) && typeof r.target === 'string' && !firstFile.has(r.target)) problems.push({ file: c.file, featureId: id, problem: `relations[${i}]: target "${r.target}" is no feature id` });
      });
    }
  }

  const textLayer = new Map<string, string>(); // feature id → layer of the text file holding it
  const layers = new Set(collections.map((c) => c.layer));
  for (const t of texts) {
    if (!layers.has(t.layer)) problems.push({ file: t.file, featureId: '-', problem: `no layer "${t.layer}" (zones/${t.layer}.json) for this text file` });
    if (!isObj(t.data)) continue;
    for (const id of Object.keys(t.data)) {
      textLayer.set(id, t.layer);
      const layer = layerOf.get(id);
      if (layer === undefined) problems.push({ file: t.file, featureId: id, problem: 'text entry for an id that no layer feature has' });
      else if (layer !== t.layer) problems.push({ file: t.file, featureId: id, problem: `the feature is in layer "${layer}": move this entry to text/${layer}.json` });
    }
  }
  for (const [id, layer] of layerOf) {
    if (!textLayer.has(id)) problems.push({ file: `text/${layer}.json`, featureId: id, problem: 'no text entry for this feature (add at least {})' });
  }
  return problems;
}
