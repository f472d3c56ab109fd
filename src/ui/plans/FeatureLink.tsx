import { localName } from '../../i18n';
import { goToFeature } from '../../state/goTo';
import { atlasIndex } from '../../state/selection';

/** A feature's name as a button that selects it on the map and opens its record. */
export function FeatureLink({ id }: { id: string }) {
  const feature = atlasIndex.value?.byId.get(id)?.feature;
  if (!feature) return null;
  return (
    <button type="button" class="link-button" onClick={() => goToFeature(id)}>
      {localName(feature.properties)}
    </button>
  );
}
