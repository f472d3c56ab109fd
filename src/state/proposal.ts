/**
 * The open proposal compared with the plan feature it redraws (analysis/proposalDiff.ts), against the feature's
 * edge classes as the atlas loaded them (geodata/edges) and the area the plan states.
 */
import { computed } from '@preact/signals';
import { diffProposal, type ProposalDiff } from '../analysis/proposalDiff';
import type { ProposalItem } from '../data/userItems';
import type { PlanFeature } from '../data/types';
import { atlas } from './atlasState';
import { editingItem } from './drawing';
import { atlasIndex } from './selection';

export interface ProposalView {
  item: ProposalItem;
  /** The plan feature as the atlas draws it now; null when the data no longer has it. */
  feature: PlanFeature | null;
  diff: ProposalDiff;
}

/** The comparison for one proposal (also for exports). */
export function proposalView(item: ProposalItem): ProposalView {
  const feature = atlasIndex.value?.byId.get(item.featureId)?.feature ?? null;
  const edges = atlas.value?.layers.find((l) => l.info.id === item.layerId)?.edges?.features.filter((e) => e.properties.id === item.featureId) ?? [];
  const diff = diffProposal({ before: item.original, after: item.proposed, edges, statedAreaKm2: feature?.properties.statedAreaKm2 ?? null });
  return { item, feature, diff };
}

/** The proposal open in the panel, compared (recomputed when it changes, not on every drag frame). */
export const editingProposal = computed<ProposalView | null>(() => {
  const item = editingItem.value;
  return item?.kind === 'proposal' ? proposalView(item) : null;
});
