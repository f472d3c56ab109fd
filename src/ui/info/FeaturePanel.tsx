import { lang, pick, t } from '../../i18n';
import { atlas } from '../../state/atlasState';
import { selectedRecord } from '../../state/selection';
import { selectedEdgeShares } from '../../state/edgeShares';
import { fitTo } from '../../state/view';
import { proposeBoundary } from '../../state/drawing';
import { isAreaFeature } from '../../data/types';
import { AreaFigures } from './AreaFigures';
import { CitationLink } from './CitationLink';
import { CitedParagraph } from './CitedParagraph';
import { RelatedList } from './RelatedList';
import { Translated } from './Translated';
import { VariantNote } from './VariantNote';
import { selectedProject, selectedProjectId } from '../../state/projects';
import { lazyComponent } from '../lazyComponent';

// A project's record and a board's list of projects load with the projects' data (on first use), not with the first map.
const ProjectPanel = lazyComponent(() => import('../projects/ProjectPanel').then((m) => m.ProjectPanel));
const BoardProjects = lazyComponent(() => import('../projects/BoardProjects').then((m) => m.BoardProjects));

/**
 * The record panel of one plan feature: everything the plan says about it,
 * each sentence with its citation, and how its shape was drawn.
 */
export function FeaturePanel() {
  // A project's record, when one is selected (it may still be loading, from a link).
  if (selectedProjectId.value) {
    const project = selectedProject.value;
    return project ? <ProjectPanel project={project} /> : <p class="hint" role="status">{t('loading')}</p>;
  }
  const record = selectedRecord.value;
  if (!record) return <p class="hint">{t('noSelection')}</p>;
  const { feature, layer, text } = record;
  const p = feature.properties;
  const primary = lang.value === 'zh' ? p.name : p.nameEn;
  const secondary = lang.value === 'zh' ? p.nameEn : p.name;
  const zoom = () => fitTo(feature);
  // The places the outline passes, by their names (the build ships the names of exactly these).
  const placeNames = atlas.value?.manifest.placeNames ?? {};
  const vertexNames = (p.drawing.vertices ?? []).flatMap((id) => (Object.hasOwn(placeNames, id) ? [placeNames[id]] : []));
  const shares = selectedEdgeShares.value;
  return (
    <article class="feature-panel" data-testid="feature-panel" aria-labelledby="feature-title">
      <header>
        <h2 id="feature-title">{primary}</h2>
        <p class="feature-panel__secondary" lang={lang.value === 'zh' ? 'en' : 'zh-CN'}>
          {secondary}
        </p>
        <p class="feature-panel__layer">
          {t('layer')}{t('colon')}{pick(layer.title)} <span class="badge">{t('schematicShort')}</span>
        </p>
        <button type="button" class="button button--small" onClick={zoom}>
          {t('zoomTo')}
        </button>{' '}
        {isAreaFeature(feature) && (
          <button type="button" class="button button--small" title={t('proposeHint')} onClick={() => proposeBoundary(feature)} data-testid="propose-boundary">
            {t('proposeBoundary')}
          </button>
        )}
      </header>

      {!!text.aliases?.length && (
        <section>
          <h3>{t('aliases')}</h3>
          <ul class="plain">
            {text.aliases.map((a) => (
              <li key={a.name}>
                {a.name} <CitationLink source={a.source} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <AreaFigures feature={feature} />
      <VariantNote featureId={p.id} />

      {text.positioning && <CitedParagraph heading={t('positioning')} cited={text.positioning} />}

      {!!text.projects?.length && (
        <section>
          {/* The plans' words, one line per mention (a project two plans name is here twice): not to be read as the
              count of the planned projects listed below (规划项目). */}
          <h3>{t('projects').replace('{n}', String(text.projects.length))}</h3>
          <ul class="projects">
            {text.projects.map((project, i) => (
              <li key={i}>
                <Translated original={project.name} en={project.nameEn} />
                {project.note && <span class="muted"> ({pick(project.note)})</span>} <CitationLink source={project.source} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <BoardProjects featureId={p.id} />

      {!!text.results?.length && (
        <section>
          <h3>{t('results')}</h3>
          <ul class="results">
            {text.results.map((result, i) => (
              <li key={i}>
                {result.year !== undefined && <span class="results__year">{result.year} · </span>}
                <Translated original={result.text} en={result.en} /> <CitationLink source={result.source} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {text.boundaryText && <CitedParagraph heading={t('boundaryText')} cited={text.boundaryText} quote />}

      <RelatedList featureId={p.id} />

      <section class="drawing">
        <h3>{t('drawing')}</h3>
        <p>{pick(p.drawing.method)}</p>
        {p.drawing.note && <p class="muted">{pick(p.drawing.note)}</p>}
        <p>
          {t('precision')}{t('colon')}±{p.drawing.precisionM} m
        </p>
        {shares && (
          <p data-testid="edge-shares">
            {t('edgeShares')
              .replace('{located}', String(shares.located))
              .replace('{estimated}', String(shares.estimated))
              .replace('{mark}', String(shares.mark))}
          </p>
        )}
        {p.drawing.fit && (
          <p data-testid="fitted-edge">
            {t('fittedEdge')
              .replace('{edge}', pick(p.drawing.fit.edge))
              .replace('{offset}', String(Math.abs(p.drawing.fit.offsetM)))
              .replace('{band}', String(p.drawing.fit.bandM))}
            {p.drawing.fit.clamped && t('fittedEdgeClamped')}
          </p>
        )}
        {vertexNames.length > 0 && (
          <details>
            <summary>
              {t('vertices')} ({vertexNames.length})
            </summary>
            <p class="muted vertices" data-testid="drawing-vertices">
              {vertexNames.join(' → ')}
            </p>
          </details>
        )}
      </section>

      <section>
        <h3>{t('citations')}</h3>
        <ul class="plain">
          {p.sources.map((s) => (
            <li key={`${s.file}:${s.lines}`}>
              <CitationLink source={s} />
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
