import { computed } from '@preact/signals';
import { createPointIndex, queryPoint, type PointQueryResult } from '../analysis/pointQuery';
import { atlas } from './atlasState';
import { herePoint } from './selection';

/** One spatial index over every loaded feature, all levels. */
const pointIndex = computed(() => createPointIndex(atlas.value?.layers.flatMap((l) => l.data.features) ?? []));

/** "What is planned here?" for the current point, computed in the browser. */
export const hereResult = computed<PointQueryResult | null>(() => {
  const point = herePoint.value;
  return point ? queryPoint(pointIndex.value, point) : null;
});
