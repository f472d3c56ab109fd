import type { ProjectKind } from '../../data/projects';
import { PROJECT_KIND_COLORS } from '../../data/projectColors';

/** A project mark as the map draws it: solid when located, a ring when approximate; with `precision`, its pale ± circle. */
export function ProjectSwatch({ kind, located = true, precision = false }: { kind: ProjectKind; located?: boolean; precision?: boolean }) {
  const color = PROJECT_KIND_COLORS[kind];
  if (precision)
    return (
      <svg class="swatch" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
        <circle cx="8" cy="8" r="7.5" fill={color} fill-opacity="0.12" stroke={color} stroke-opacity="0.5" stroke-width="1" />
        <circle cx="8" cy="8" r="3" fill={color} stroke="#ffffff" stroke-width="1.5" />
      </svg>
    );
  return (
    <svg class="swatch" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      <circle cx="8" cy="8" r="5" fill={located ? color : '#ffffff'} stroke={located ? '#ffffff' : color} stroke-width={located ? 1.5 : 2.5} />
    </svg>
  );
}
