/**
 * The names of the gazetteer places that drawings list as their vertices (drawing.vertices holds
 * place ids), for the record panel's drawing trace. Only those places, so the manifest stays small.
 */
import type { Place, PlanCollection } from '../../src/data/types';

export function vertexPlaceNames(collections: Iterable<PlanCollection>, places: Iterable<Pick<Place, 'id' | 'name'>>): Record<string, string> {
  const byId = new Map([...places].map((p) => [p.id, p.name]));
  const names: Record<string, string> = {};
  for (const collection of collections) {
    for (const feature of collection.features) {
      for (const id of feature.properties?.drawing?.vertices ?? []) {
        const name = byId.get(id);
        if (name !== undefined) names[id] = name;
      }
    }
  }
  return names;
}
