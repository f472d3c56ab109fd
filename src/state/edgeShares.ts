import { computed } from '@preact/signals';
import { edgeShares, type EdgeShares } from '../analysis/edgeShares';
import { atlas } from './atlasState';
import { selectedRecord } from './selection';

/** How much of the selected feature's outline is located, estimated or a location mark (record panel). */
export const selectedEdgeShares = computed<EdgeShares | null>(() => {
  const record = selectedRecord.value;
  if (!record) return null;
  const edges = atlas.value?.layers.find((l) => l.info.id === record.layer.id)?.edges;
  return edgeShares(record.feature.properties.id, record.feature.geometry, edges);
});
