import { localName } from '../../i18n';
import { atlasIndex } from '../../state/selection';

/** A plan feature's (or district's) name in the UI language, its id if unknown. Reads signals. */
export function planName(id: string): string {
  const p = atlasIndex.value?.byId.get(id)?.feature.properties;
  if (!p) return id;
  return localName(p);
}
