import type { ProjectKind } from '../../data/projects';
import { PROJECT_KIND_COLORS } from '../../map/projectLayers';

/** A project mark as the map draws it: solid when located, a ring when approximate. */
export function ProjectSwatch({ kind, located = true }: { kind: ProjectKind; located?: boolean }) {
  const color = PROJECT_KIND_COLORS[kind];
  return (
    <svg class="swatch" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      <circle cx="8" cy="8" r="5" fill={located ? color : '#ffffff'} stroke={located ? '#ffffff' : color} stroke-width={located ? 1.5 : 2.5} />
    </svg>
  );
}
