import { useEffect } from 'preact/hooks';
import { t } from '../../i18n';
import { MAP_KEY_ID, mapKeyOpen } from '../../state/ui';
import { EdgeKeyRows } from './EdgeKey';

/**
 * The key to the lines over the map, opened by its map button (under the zoom buttons): one tap from the map on
 * a phone, where the layer panel's copy lies far down the sheet. It sits in the map's top-left corner, clear of the
 * buttons on the right, and closes with its ×, the button again, or Esc.
 */
export function MapKey() {
  const open = mapKeyOpen.value;
  // Listens from mount, not from opening: an effect attached on opening runs after the paint, so an Esc pressed
  // as soon as the key shows could be lost.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && mapKeyOpen.peek()) mapKeyOpen.value = false;
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  if (!open) return null;
  return (
    <section id={MAP_KEY_ID} class="map-key" aria-labelledby={`${MAP_KEY_ID}-title`} data-testid="map-edge-key">
      <header class="map-key__head">
        <h2 id={`${MAP_KEY_ID}-title`}>{t('edgeKeyTitle')}</h2>
        <button type="button" class="button button--small" onClick={() => (mapKeyOpen.value = false)} aria-label={t('mapKeyClose')} data-testid="map-edge-key-close">
          ×
        </button>
      </header>
      <EdgeKeyRows />
    </section>
  );
}
