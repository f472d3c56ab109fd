/**
 * Areas prepared once (bbox, area, edge index: overlap.ts prepareArea) and picked
 * by id for each analysis. The analysis worker keeps the plan's areas this way, so a
 * matrix does not prepare them again and the first one a user asks for finds them ready.
 */
import { prepareArea, type IdentifiedArea, type PreparedArea } from './overlap';

export interface PreparedAreas {
  readonly size: number;
  /** The prepared areas with these ids in this order, or the ids that are not here. */
  pick(ids: readonly string[]): { ok: true; areas: PreparedArea[] } | { ok: false; missing: string[] };
}

export function prepareAreas(areas: readonly IdentifiedArea[]): PreparedAreas {
  const byId = new Map(areas.map((a) => [a.properties.id, prepareArea(a)]));
  return {
    size: byId.size,
    pick(ids) {
      const missing = ids.filter((id) => !byId.has(id));
      return missing.length ? { ok: false, missing } : { ok: true, areas: ids.map((id) => byId.get(id)!) };
    },
  };
}
