/**
 * Going to something named elsewhere (a search result, a mention in the plan
 * text): a feature is shown with its layer, selected and its record opened; a
 * place becomes the "what is planned here" spot.
 */
import { bbox } from '@turf/turf';
import { visibleLayers } from './atlasState';
import { askHere, atlasIndex, selectedId } from './selection';
import { openTab } from './ui';
import { fitRequest, requestCamera } from './view';

export function goToFeature(id: string): void {
  const record = atlasIndex.peek()?.byId.get(id);
  if (!record) return;
  if (!visibleLayers.peek().has(record.layer.id)) visibleLayers.value = new Set([...visibleLayers.peek(), record.layer.id]);
  selectedId.value = id;
  openTab('info');
  fitRequest.value = bbox(record.feature) as [number, number, number, number];
}

/**
 * The spot's "what is planned here" answer, at street zoom (where stations and roads are named).
 * openTab raises a peeking phone sheet to half, so the answer shows.
 */
export function goToPlace(lon: number, lat: number, name?: { zh: string; en?: string } | string, zoom = 15): void {
  askHere([lon, lat], typeof name === 'string' ? { zh: name } : (name ?? null));
  requestCamera({ lon, lat, zoom });
  openTab('here');
}
