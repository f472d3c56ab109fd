import type { ProjectKind } from '../../data/projects';
import type { ProjectPlace } from '../../analysis/projectLists';
import { PROJECT_KIND_COLORS } from '../../data/projectColors';

/**
 * A project mark as the map draws it: solid when located, a ring when approximate; with `precision`, its thin ±
 * circle. A project not placed has no mark on the map: its sign is a struck-through dashed circle (⊘), never the
 * approximate ring, so no list suggests it can be found there.
 */
export function ProjectSwatch({ kind, place = 'located', precision = false }: { kind: ProjectKind; place?: ProjectPlace; precision?: boolean }) {
  const color = PROJECT_KIND_COLORS[kind];
  if (precision)
    return (
      <svg class="swatch" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
        <circle cx="8" cy="8" r="7.5" fill="none" stroke={color} stroke-opacity="0.6" stroke-width="1" />
        <circle cx="8" cy="8" r="3" fill={color} stroke="#ffffff" stroke-width="1.5" />
      </svg>
    );
  if (place === 'unplaced')
    return (
      <svg class="swatch" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" data-place="unplaced">
        <circle cx="8" cy="8" r="5.5" fill="none" stroke="#6b7280" stroke-width="1.5" stroke-dasharray="2.2 1.8" />
        <line x1="4" y1="12" x2="12" y2="4" stroke="#6b7280" stroke-width="1.5" stroke-linecap="round" />
      </svg>
    );
  const located = place === 'located';
  return (
    <svg class="swatch" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" data-place={place}>
      <circle cx="8" cy="8" r="5" fill={located ? color : '#ffffff'} stroke={located ? '#ffffff' : color} stroke-width={located ? 1.5 : 2.5} />
    </svg>
  );
}
