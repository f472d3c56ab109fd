import { computed, signal } from '@preact/signals';
import { indexAtlas, type AtlasIndex, type FeatureRecord } from '../data/atlasIndex';
import { atlas } from './atlasState';
import { createRelatedIndex } from '../data/related';

/** All features by id, rebuilt when the atlas loads. */
export const atlasIndex = computed<AtlasIndex | null>(() => (atlas.value ? indexAtlas(atlas.value) : null));

/** The feature whose record panel is open, by id. */
export const selectedId = signal<string | null>(null);

export const selectedRecord = computed<FeatureRecord | null>(() => {
  const id = selectedId.value;
  return id ? atlasIndex.value?.byId.get(id) ?? null : null;
});

/** The last "what is planned here?" location. */
export const herePoint = signal<[number, number] | null>(null);

/** The named place the location was picked as (a station, a road, a landmark from search); null for a tap on the map. */
export const herePlace = signal<{ zh: string; en?: string } | null>(null);

/** Asks "what is planned here?" for a spot, remembering the place name it was found by (if any). */
export function askHere(lonLat: [number, number], place: { zh: string; en?: string } | null = null): void {
  herePlace.value = place;
  herePoint.value = lonLat;
}

/** Plan-stated relations between features, both ways (inside ↔ contains …). */
export const relatedIndex = computed(() => createRelatedIndex(atlas.value?.layers.flatMap((l) => l.data.features) ?? []));
