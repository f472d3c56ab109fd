import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n';
import { mountMap } from '../map/mountMap';

/** The map's element; src/map/mountMap.ts puts the map in it and keeps it in step with the app's state. */
export function MapView() {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => mountMap(container.current!), []);
  return <div ref={container} class="map" role="region" aria-label={t('mapLabel')} data-testid="map" />;
}
