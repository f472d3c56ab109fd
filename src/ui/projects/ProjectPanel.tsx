import { useEffect, useRef } from 'preact/hooks';
import type { Feature } from 'geojson';
import { PROJECT_KIND_NAMES, PROJECT_STATUS_NAMES, type ProjectFeature } from '../../data/projects';
import { isLocated, placeOf } from '../../analysis/projectLists';
import { lang, localName, pick, t } from '../../i18n';
import { fitTo } from '../../state/view';
import { CitationLink } from '../info/CitationLink';
import { FeatureLink } from '../plans/FeatureLink';
import { ProjectSwatch } from './ProjectSwatch';

/**
 * The record of one planned project: what the plan says (quoted and cited), the board or zone it
 * belongs to, its schedule as the plans give it, and where it is and how sure that is — or why it
 * is not on the map.
 */
export function ProjectPanel({ project }: { project: ProjectFeature }) {
  const p = project.properties;
  const zh = lang.value === 'zh';
  const located = isLocated(project);
  const schedule = [...p.schedule].sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999));
  const panel = useRef<HTMLElement>(null);
  // A project opened from a long list (the layer panel, a board's record) is read from its name down.
  useEffect(() => panel.current?.closest('.sidebar__body')?.scrollTo(0, 0), [p.id]);
  return (
    <article ref={panel} class="feature-panel project-panel" data-testid="project-panel" data-project={p.id} aria-labelledby="project-title">
      <header>
        <h2 id="project-title">{localName(p)}</h2>
        <p class="feature-panel__secondary" lang={zh ? 'en' : 'zh-CN'}>
          {zh ? p.nameEn : p.name}
        </p>
        <p class="feature-panel__layer">
          {t('prjRecord')} · <ProjectSwatch kind={p.kind} place={placeOf(project)} /> {pick(PROJECT_KIND_NAMES[p.kind])}
          {!p.placed && <span class="badge"> {t('prjUnplaced')}</span>}
        </p>
        {project.geometry && (
          <button type="button" class="button button--small" onClick={() => fitTo(project as Feature)}>
            {t('zoomTo')}
          </button>
        )}
      </header>

      <section>
        <h3>{t('prjSays')}</h3>
        {p.quotes.map((q, i) => (
          <div key={i} class="project-panel__quote">
            <blockquote lang="zh-CN">{q.text}</blockquote>
            <CitationLink source={q.source} />
          </div>
        ))}
      </section>

      {p.features.length > 0 && (
        <section data-testid="project-belongs">
          <h3>{t('prjBelongsTo')}</h3>
          <ul class="plain">
            {p.features.map((id) => (
              <li key={id}>
                <FeatureLink id={id} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <section data-testid="project-schedule">
        <h3>{t('prjSchedule')}</h3>
        {schedule.length === 0 ? (
          <p class="muted">{t('prjNoSchedule')}</p>
        ) : (
          <ul class="results">
            {schedule.map((s, i) => (
              <li key={i}>
                <span class="results__year">
                  {s.year ?? '—'} · {pick(PROJECT_STATUS_NAMES[s.status])} ·{' '}
                </span>
                <span lang="zh-CN">{s.text}</span> <CitationLink source={s.source} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section class="drawing" data-testid="project-position">
        <h3>{t('prjPosition')}</h3>
        {p.placed && p.evidence ? (
          <>
            <p>{pick(p.evidence)}</p>
            <p>
              {t('precision')}{t('colon')}±{p.precisionM} m{project.geometry?.type === 'LineString' ? t('prjLinePrecision') : ''} ·{' '}
              {t(located ? 'prjLocatedKey' : 'prjApproxKey')}
            </p>
          </>
        ) : (
          <p data-testid="project-unplaced">
            {t('prjUnplacedReason')}
            {p.unplacedReason ? pick(p.unplacedReason) : ''}
          </p>
        )}
      </section>

      {p.findings.length > 0 && (
        <section data-testid="project-findings">
          <h3>{t('prjFindings')}</h3>
          <ul class="plain">
            {p.findings.map((f, i) => (
              <li key={i}>{pick(f)}</li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
