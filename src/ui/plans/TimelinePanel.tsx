import { itemsOfYear, timelineYears, type TimelineKind } from '../../data/timeline';
import { t, type StringKey } from '../../i18n';
import { chooseTimelineYear, ensureTimeline, timeline, timelineHighlight, timelineYear } from '../../state/planViews';
import { CitationLink } from '../info/CitationLink';
import { FeatureLink } from './FeatureLink';
import { litProjects, projectById } from '../../state/projects';
import { ProjectLink } from '../projects/ProjectLink';
import { PlanView } from './PlanView';

const KIND_LABEL: Record<TimelineKind, StringKey> = {
  result: 'timelineKindResult',
  step: 'timelineKindStep',
  project: 'timelineKindProject',
  target: 'timelineKindTarget',
  goal: 'timelineKindGoal',
};

/** What the plans schedule and report by year: a year control, the year's items, the areas lit on the map. */
export function TimelinePanel() {
  return (
    <PlanView name="timeline" title="timelineTitle" hint="timelineHint" state={timeline.value} ensure={ensureTimeline}>
      {(items) => {
        const year = timelineYear.value;
        const shown = itemsOfYear(items, year);
        return (
          <>
            <fieldset class="year-control">
              <legend class="visually-hidden">{t('timelineYearLabel')}</legend>
              {timelineYears(items).map((y) => (
                <label key={y} class={y === year ? 'year-control__year year-control__year--on' : 'year-control__year'}>
                  <input type="radio" name="timeline-year" value={y} checked={y === year} onChange={() => chooseTimelineYear(y)} />
                  {y}
                </label>
              ))}
            </fieldset>
            <p class="hint" role="status" data-testid="timeline-lit">{t('timelineAreas').replace('{n}', String(timelineHighlight.value.length))}</p>
            <YearProjects />
            {shown.length ? (
              <ul class="plain plan-view__list" data-testid="timeline-items">
                {shown.map((item) => (
                  <li key={item.id}>
                    <span class="badge">{t(KIND_LABEL[item.kind])}</span>{' '}
                    <q lang="zh-CN">{item.text.replace(/\*\*/g, '')}</q> <CitationLink source={item.source} />
                    {!!item.features.length && (
                      <span class="plan-view__features">
                        {item.features.map((id) => <FeatureLink key={id} id={id} />)}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            ) : (
              <p class="hint">{t('timelineNone')}</p>
            )}
          </>
        );
      }}
    </PlanView>
  );
}

/** The planned projects the plans schedule in the chosen year (lit on the map), each a link to its record. */
function YearProjects() {
  const byId = projectById.value;
  const all = litProjects.value.map((id) => byId.get(id)).filter((p) => p !== undefined);
  if (!all.length) return null;
  // Those on the map (lit) first, then those no evidence places (their record says why).
  const lit = [...all.filter((p) => p.geometry), ...all.filter((p) => !p.geometry)];
  const placed = all.filter((p) => p.geometry).length;
  return (
    <section data-testid="timeline-projects">
      <h3>{t('timelineProjects').replace('{n}', String(lit.length)).replace('{placed}', String(placed))}</h3>
      <ul class="hits">
        {lit.map((project) => (
          <li key={project.properties.id} data-project={project.properties.id}>
            <ProjectLink project={project} />
          </li>
        ))}
      </ul>
    </section>
  );
}
