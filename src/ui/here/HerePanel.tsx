import { useEffect, useRef } from 'preact/hooks';
import type { PointHit } from '../../analysis/pointQuery';
import { formatLength } from '../../analysis/units';
import { both, lang, localName, pick, t } from '../../i18n';
import { ZHENGZHOU_BBOX } from '../../config/region';
import { hereResult } from '../../state/here';
import { askHere, atlasIndex, herePlace, herePoint } from '../../state/selection';
import { pushNotice } from '../../state/ui';
import { selectFeature } from '../../state/goTo';
import { requestCamera } from '../../state/view';
import { Translated } from '../info/Translated';
import { ensureProjects, hereProjects } from '../../state/projects';
import { lazyComponent } from '../lazyComponent';

/** Shown once the projects' data has arrived: its code comes with it, not with the first map. */
const NearbyProjects = lazyComponent(() => import('../projects/NearbyProjects').then((m) => m.NearbyProjects));

/** A long passage cut for a list row; the record panel shows it whole. */
const clip = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** Lists every plan feature at the clicked spot (or the nearest ones), with its positioning. */
export function HerePanel() {
  const point = herePoint.value;
  const result = hereResult.value;
  const place = herePlace.value;
  const panel = useRef<HTMLElement>(null);
  // A new spot is read from its top, whatever the panel was scrolled to before.
  useEffect(() => panel.current?.closest('.sidebar__body')?.scrollTo(0, 0), [point]);
  // The projects near the spot come with the answer: they load when a spot is first asked about.
  useEffect(() => {
    if (point) ensureProjects();
  }, [point]);
  const projectsNear = hereProjects.value;
  return (
    <section ref={panel} class="here-panel" data-testid="here-panel" aria-live="polite">
      {/* One line for the heading and the button, one for the spot: on a phone's half sheet the answer starts above the fold. */}
      <div class="here-panel__head">
        <h2>{t('hereTitle')}</h2>
        <LocateButton />
      </div>
      {!point || !result ? (
        <p class="hint">{t('hereHint')}</p>
      ) : (
        <>
          <p class="here-panel__spot">
            {place && (
              <span class="here-panel__place" data-testid="here-place">
                {t('hereNearPlace').replace('{place}', localName({ name: place.zh, nameEn: place.en }))}
              </span>
            )}{' '}
            <span class="muted here-panel__coords">
              {point[1].toFixed(5)}°N, {point[0].toFixed(5)}°E
            </span>
          </p>
          {result.inside.length ? (
            <>
              <h3>{t('hereInside')}</h3>
              <HitList hits={result.inside} />
            </>
          ) : (
            <p>{t('hereNothing')}</p>
          )}
          {result.near.length > 0 && (
            <>
              <h3>{t('hereNear')}</h3>
              <HitList hits={result.near} showDistance />
            </>
          )}
          {projectsNear && <NearbyProjects hits={projectsNear} title="prjNear" none="prjNearNone" insideLabel="prjHereInside" />}
        </>
      )}
    </section>
  );
}

function HitList({ hits, showDistance = false }: { hits: PointHit[]; showDistance?: boolean }) {
  const index = atlasIndex.value;
  return (
    <ul class="hits">
      {hits.map((hit) => {
        const record = index?.byId.get(hit.id);
        if (!record) return null;
        const p = record.feature.properties;
        const positioning = record.text.positioning;
        return (
          <li key={hit.id} data-feature={hit.id}>
            <button
              type="button"
              class="link-button"
              onClick={() => selectFeature(hit.id)}
            >
              {localName(p)}
            </button>
            <span class="muted"> · {pick(record.layer.title)}</span>
            {showDistance && <span class="muted"> · {t('distance')} {formatLength(hit.distanceM, lang.value)}</span>}
            {positioning && (
              <p class="hits__positioning">
                <Translated original={clip(positioning.text)} en={positioning.en && clip(positioning.en, 160)} />
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Asks for the device location only when the user presses the button. */
function LocateButton() {
  if (!('geolocation' in navigator)) return null;
  const locate = () =>
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        const lonLat: [number, number] = [pos.coords.longitude, pos.coords.latitude];
        if (!insideZhengzhou(lonLat)) {
          pushNotice('error', both('locationOutside'));
          return;
        }
        askHere(lonLat);
        requestCamera({ lon: lonLat[0], lat: lonLat[1], zoom: 14 });
      },
      (err) => {
        const denied = both('locationDenied');
        pushNotice('error', { zh: denied.zh + err.message, en: denied.en + err.message });
      },
      { enableHighAccuracy: true, timeout: 10_000 },
    );
  return (
    <button type="button" class="button button--small" onClick={locate}>
      {t('useLocation')}
    </button>
  );
}

const insideZhengzhou = ([lon, lat]: [number, number]) =>
  lon >= ZHENGZHOU_BBOX[0] && lat >= ZHENGZHOU_BBOX[1] && lon <= ZHENGZHOU_BBOX[2] && lat <= ZHENGZHOU_BBOX[3];
