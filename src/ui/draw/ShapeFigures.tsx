import type { MultiPolygon, Polygon } from 'geojson';
import { areaKm2 } from '../../analysis/area';
import { measureGeometry, pathLengthM, type SketchGeometry } from '../../analysis/measure';
import { formatLength } from '../../analysis/units';
import { lang, t } from '../../i18n';
import { AreaInUnits } from '../analyze/AreaInUnits';

/** A shape's length, or its area (km², ha, 亩) and perimeter; nothing for a point. */
export function ShapeFigures({ geometry, testId }: { geometry: SketchGeometry | Polygon | MultiPolygon; testId?: string }) {
  const l = lang.value;
  if (geometry.type === 'MultiPolygon') {
    const perimeter = geometry.coordinates.reduce((s, p) => s + pathLengthM(p[0]), 0);
    return (
      <dl class="area-figures" data-testid={testId}>
        <dt>{t('anArea')}</dt>
        <dd>
          <AreaInUnits km2={areaKm2(geometry)} />
        </dd>
        <dt>{t('anPerimeter')}</dt>
        <dd>{formatLength(perimeter, l)}</dd>
      </dl>
    );
  }
  const m = measureGeometry(geometry);
  if (!m) return null;
  return (
    <dl class="area-figures" data-testid={testId}>
      {geometry.type === 'Polygon' && (
        <>
          <dt>{t('anArea')}</dt>
          <dd data-testid={testId && `${testId}-area`}>{m.areaKm2 === null ? '–' : <AreaInUnits km2={m.areaKm2} />}</dd>
        </>
      )}
      <dt>{t(geometry.type === 'Polygon' ? 'anPerimeter' : 'drawLength')}</dt>
      <dd data-testid={testId && `${testId}-length`}>{formatLength(m.lengthM, l)}</dd>
      {m.selfCrossing && <dd class="analyze-error">{t('drawCrossing')}</dd>}
    </dl>
  );
}
