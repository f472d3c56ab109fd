import { localName, pick } from '../../i18n';
import { atlas } from '../../state/atlasState';
import { atlasIndex } from '../../state/selection';

/** A plan feature's (or district's) name in the UI language, its id if unknown. Reads signals. */
export function planName(id: string): string {
  const p = atlasIndex.value?.byId.get(id)?.feature.properties;
  if (!p) return id;
  return localName(p);
}

/** A layer's title in the UI language ("六核协同"), its id if unknown. Reads signals. */
export function layerName(id: string): string {
  const info = atlas.value?.manifest.layers.find((l) => l.id === id);
  return info ? pick(info.title) : id;
}
