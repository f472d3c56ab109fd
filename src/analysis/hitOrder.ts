import type { SiteHit } from './siteReport';
import type { Level } from '../data/levels';

/** District plans are the most specific, then the city plan, then the administrative districts. */
const LEVEL_RANK: Record<Level, number> = { erqi: 0, zhongyuan: 0, city: 1, admin: 2 };

/**
 * The order a planner reads a site's hits in: by plan level, then by how much
 * of the site each covers. (The report itself ranks by share alone, where a
 * city-wide structure covering the whole site would come before the board it is in.)
 */
export function orderHits<H extends Pick<SiteHit, 'level' | 'shareOfSite' | 'planId'>>(hits: readonly H[]): H[] {
  return [...hits].sort(
    (a, b) => (LEVEL_RANK[a.level] ?? 3) - (LEVEL_RANK[b.level] ?? 3) || b.shareOfSite - a.shareOfSite || a.planId.localeCompare(b.planId),
  );
}
