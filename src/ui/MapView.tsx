import { useEffect, useRef } from 'preact/hooks';
import { effect } from '@preact/signals';
import { MapController } from '../map/MapController';
import { lang, t } from '../i18n';
import { layerOpacity, styledLayers, visibleLayers } from '../state/atlasState';

/** Owns the map container element; hands state changes to the MapController. */
export function MapView({ onController }: { onController?: (c: MapController | null) => void }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const controller = new MapController(container.current!, { lang: lang.peek(), attribution: t('attribution') });
    (window as unknown as { __atlasMap?: unknown }).__atlasMap = controller.map; // test and debugging hook
    onController?.(controller);
    let ready = false;
    const disposers: (() => void)[] = [];
    controller.map.once('load', () => {
      ready = true;
      disposers.push(
        effect(() => {
          const layers = styledLayers.value;
          controller.setLayers(layers, (id) => visibleLayers.peek().has(id), (id) => layerOpacity.peek()[id] ?? 1);
          if (layers.length && !container.current!.hasAttribute('data-atlas-ready')) {
            container.current!.setAttribute('data-atlas-ready', 'true');
            // Read by `npm run bench`: time from navigation to the first fully drawn atlas.
            controller.map.once('idle', () => performance.mark('atlas:first-idle'));
          }
        }),
        effect(() => {
          const visible = visibleLayers.value;
          for (const l of styledLayers.peek()) controller.setVisible(l.info.id, visible.has(l.info.id));
        }),
        effect(() => {
          const opacity = layerOpacity.value;
          for (const [id, value] of Object.entries(opacity)) controller.setOpacity(id, value);
        }),
        effect(() => controller.setLanguage(lang.value)),
      );
    });
    return () => {
      disposers.forEach((d) => d());
      if (ready) onController?.(null);
      controller.destroy();
    };
  }, []);
  return <div ref={container} class="map" role="region" aria-label={t('mapLabel')} data-testid="map" />;
}
