import { VERDICT_TEXT, type SiteReportRow as Row } from '../../analysis/siteReport';
import { formatArea, formatShare } from '../../analysis/units';
import { lang, localName, pick, t } from '../../i18n';
import { pickedSite, type SiteImport } from '../../state/analysis';
import { atlasIndex } from '../../state/selection';
import { selectFeature } from '../../state/goTo';
import { siteKey, zoomToSites } from '../../state/analysisActions';
import { AreaInUnits } from './AreaInUnits';
import { orderHits } from '../../analysis/hitOrder';
import { NearbyProjects } from '../projects/NearbyProjects';

/** One imported polygon: its area and every plan area it touches. File values are shown as text only. */
export function SiteReportRow({ entry, row, projectsChecked = false }: { entry: SiteImport; row: Row; projectsChecked?: boolean }) {
  const l = lang.value;
  const key = siteKey(entry, row.siteId);
  const site = entry.summary.sites.find((s) => s.properties.id === row.siteId);
  const attrs = Object.entries(site?.properties.attrs ?? {});
  const index = atlasIndex.value;
  const focus = () => {
    pickedSite.value = key;
    zoomToSites(entry, row.siteId);
  };
  return (
    <section class={`site-row${pickedSite.value === key ? ' site-row--picked' : ''}`} data-testid="site-report-row">
      <h4>
        <button type="button" class="link-button" onClick={focus}>
          {row.siteName}
        </button>
      </h4>
      <p class="site-row__area">
        <AreaInUnits km2={row.siteAreaKm2} />
      </p>
      {row.error && <p class="analyze-error">{t('anSiteError')}{t('colon')}{row.error}</p>}
      {row.hits.length === 0 ? (
        <p class="muted">{t('anNoHits')}</p>
      ) : (
        <ul class="site-hits">
          {orderHits(row.hits).map((h) => {
            const layer = index?.byId.get(h.planId)?.layer;
            return (
              <li key={h.planId} data-plan-id={h.planId}>
                <button
                  type="button"
                  class="link-button"
                  onClick={() => selectFeature(h.planId)}
                >
                  {localName({ name: h.planName, nameEn: h.planNameEn })}
                </button>
                {layer && <span class="muted"> · {pick(layer.title)}</span>}
                <span class="site-hits__figures">
                  {t('anShared')} {formatArea(h.intersectionKm2, l)} · {t('anOfSite')} {formatShare(h.shareOfSite, l)} · {t('anOfPlan')} {formatShare(h.shareOfPlan, l)} · {VERDICT_TEXT[l][h.verdict]}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {projectsChecked && (
        <NearbyProjects
          hits={row.projects.map((p) => ({ id: p.projectId, distanceM: p.distanceM }))}
          title="prjAtSite"
          none="prjAtSiteNone"
          insideLabel="prjInsideSite"
        />
      )}
      {attrs.length > 0 && (
        <details class="site-row__attrs">
          <summary>{t('anAttributes')} ({attrs.length})</summary>
          <dl>
            {attrs.map(([k, v]) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd>{String(v)}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </section>
  );
}
