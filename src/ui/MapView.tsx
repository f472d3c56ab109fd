import { useEffect, useRef } from 'preact/hooks';
import { effect } from '@preact/signals';
import { MapController } from '../map/MapController';
import { lang, t } from '../i18n';
import { OSM_RASTER } from '../config/basemaps';
import { layerOpacity, styledLayers, visibleLayers } from '../state/atlasState';
import { basemap } from '../state/basemap';
import { selectedId, atlasIndex, herePoint } from '../state/selection';
import { liveMap } from '../map/liveMap';
import { cameraRequest, fitRequest, mapView } from '../state/view';
import { sheetCoverPx, sheetSnap } from '../state/sheet';
import { orientation, orientationVisible } from '../state/orientation';
import { startServiceWorker } from '../state/appUpdate';
import { timelineHighlight } from '../state/planViews';
import { presenting } from '../state/presenter';
import { shownVariants } from '../state/variants';
import { bindVariantMap } from '../map/variantOverlay';

/** Owns the map container element; hands state changes to the MapController. */
export function MapView({ onMapClick }: { onMapClick?: (lonLat: [number, number]) => void }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const controller = new MapController(container.current!, {
      lang: lang.peek(),
      view: mapView.peek(),
      attribution: t('attribution'),
      callbacks: {
        onClick: (lonLat) => onMapClick?.(lonLat),
        onViewChange: (view) => (mapView.value = view),
      },
    });
    (window as unknown as { __atlasMap?: unknown }).__atlasMap = controller.map; // test and debugging hook
    // Layers start at the opacity they were added with (setLayers reads layerOpacity).
    let applied: Record<string, number> = { ...layerOpacity.peek() };
    const disposers: (() => void)[] = [];
    controller.map.once('load', () => {
      disposers.push(
        // Orientation first: it is on the map when the atlas layers make the map live.
        effect(() => {
          const bundle = orientation.value;
          if (bundle) controller.setOrientation(bundle, orientationVisible.peek());
        }),
        effect(() => {
          const layers = styledLayers.value;
          controller.setLayers(layers, (id) => visibleLayers.peek().has(id), (id) => layerOpacity.peek()[id] ?? 1);
          if (layers.length && !container.current!.hasAttribute('data-atlas-ready')) {
            container.current!.setAttribute('data-atlas-ready', 'true');
            liveMap.value = controller;
            controller.map.once('idle', () => {
              // Read by `npm run bench`: time from navigation to the first fully drawn atlas.
              performance.mark('atlas:first-idle');
              startServiceWorker(); // precaching starts only now, so it never slows the first map
            });
          }
        }),
        effect(() => {
          const visible = visibleLayers.value;
          for (const l of styledLayers.peek()) controller.setVisible(l.info.id, visible.has(l.info.id));
        }),
        effect(() => {
          // Repaint only layers whose opacity changed; a layer dropped from the record goes back to 1.
          const opacity = layerOpacity.value;
          for (const id of new Set([...Object.keys(applied), ...Object.keys(opacity)])) {
            const value = opacity[id] ?? 1;
            if ((applied[id] ?? 1) !== value) controller.setOpacity(id, value);
          }
          applied = { ...opacity };
        }),
        effect(() => {
          controller.setLanguage(lang.value);
          controller.setAttribution(t('attribution'));
        }),
        effect(() => controller.setHereMarker(herePoint.value)),
        // Both readings of a board, asked for by the contradictions list or a link (`vr=`).
        effect(() => {
          if (shownVariants.value) bindVariantMap();
        }),
        effect(() => controller.setOrientationVisible(orientationVisible.value)),
        effect(() => {
          // Phones: the panel is a bottom sheet over the map (see styles/app.css, 760 px).
          const phone = window.matchMedia('(max-width: 760px)').matches;
          const room = container.current!.parentElement?.parentElement?.clientHeight ?? window.innerHeight;
          controller.setBottomInset(phone ? sheetCoverPx(sheetSnap.value, room) : 0);
        }),
        effect(() => {
          const request = cameraRequest.value;
          if (request) controller.flyTo(request.view, request.duration);
        }),
        effect(() => {
          const box = fitRequest.value;
          if (box) controller.fitBounds(box);
        }),
        effect(() => controller.setOnlineBasemap(basemap.value === 'online' ? OSM_RASTER : null)),
        effect(() => {
          // The timeline's year, unless presenter mode owns the highlight.
          const ids = presenting.value ? [] : timelineHighlight.value;
          if (styledLayers.value.length) controller.highlight(ids);
        }),
        effect(() => {
          const id = selectedId.value;
          const record = id ? atlasIndex.value?.byId.get(id) : null;
          controller.select(record?.layer.id ?? null, record ? id : null);
        }),
      );
    });
    return () => {
      disposers.forEach((d) => d());
      if (liveMap.peek() === controller) liveMap.value = null;
      controller.destroy();
    };
  }, []);
  return <div ref={container} class="map" role="region" aria-label={t('mapLabel')} data-testid="map" />;
}
