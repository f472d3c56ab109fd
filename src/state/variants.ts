/**
 * Both readings of a board the plan bounds twice, drawn together on the map: which
 * disagreement is shown (null = none), the comparison of the two drawings, and the
 * overlay features (outline and label per reading) the map draws above the atlas.
 */
import { bbox, centerOfMass } from '@turf/turf';
import { computed, signal } from '@preact/signals';
import type { Feature, FeatureCollection } from 'geojson';
import { compareVariants, type VariantComparison } from '../analysis/boundaryVariants';
import { formatArea } from '../analysis/units';
import type { Contradiction } from '../data/contradictions';
import type { Citation } from '../data/types';
import { lang, t } from '../i18n';
import { loadContradictions } from './planViews';
import { atlasIndex } from './selection';
import { fitRequest } from './view';

/** The disagreement whose two readings are on the map. */
export const shownVariants = signal<Contradiction | null>(null);

/** `000:272`: the short form of a citation used on the map, where the reader's full label does not fit. */
export const shortCitation = (c: Citation) => `${c.file.slice(0, 3)}:${c.lines.replace(/^(\d+)-\1$/, '$1')}`;

/** The two drawings of a disagreement that has a variant: the main reading cites the first statement, the variant the second. */
export function variantComparison(c: Contradiction | null): VariantComparison | null {
  const index = atlasIndex.value;
  const main = c?.featureId ? index?.byId.get(c.featureId)?.feature : undefined;
  const variant = c?.variantId ? index?.byId.get(c.variantId)?.feature : undefined;
  if (!c || !main || !variant || c.statements.length < 2) return null;
  return compareVariants({ feature: main, source: c.statements[0].source }, { feature: variant, source: c.statements[1].source });
}

/** Counts show/hide requests, so a link's late answer cannot undo what came after it. */
let request = 0;

export function showBothVariants(c: Contradiction, { fit = true } = {}): void {
  const comparison = variantComparison(c);
  if (!comparison) return;
  request++;
  shownVariants.value = c;
  if (!fit) return;
  const boxes = comparison.readings.map((r) => bbox(r.feature));
  fitRequest.value = [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
}

export function hideVariants(): void {
  request++;
  shownVariants.value = null;
}

/**
 * A link's `vr=`: draws the two readings of the disagreement whose second reading is
 * `variantId`, once the list of disagreements has loaded. Resolves false when no
 * disagreement has that reading (or the list cannot load); a show or hide that comes
 * first wins over a late answer.
 */
export async function showVariantsOfReading(variantId: string, options: { fit: boolean }): Promise<boolean> {
  const mine = ++request;
  const list = await loadContradictions().catch(() => []);
  const conflict = list.find((c) => c.variantId === variantId);
  if (!conflict || !variantComparison(conflict)) return false;
  if (mine === request) showBothVariants(conflict, options);
  return true;
}

/**
 * What the map draws: each reading's outline (role `a` for the first statement, `b` for the
 * other) and a label point with its citation and drawn area.
 */
export const variantOverlay = computed<FeatureCollection | null>(() => {
  const comparison = variantComparison(shownVariants.value);
  if (!comparison) return null;
  const l = lang.value;
  const features: Feature[] = comparison.readings.flatMap((r, i) => {
    const role = i === 0 ? 'a' : 'b';
    const label = `${shortCitation(r.source)} · ${t('variantDrawn')} ${formatArea(r.drawnKm2, l, { unit: 'km2', decimals: 2 })}`;
    return [
      { type: 'Feature' as const, geometry: r.feature.geometry, properties: { role } },
      { type: 'Feature' as const, geometry: centerOfMass(r.feature).geometry, properties: { role, label } },
    ];
  });
  return { type: 'FeatureCollection', features };
});
