import type { GeometryKind } from '../../data/types';

/** A legend key to the layer's colour: translucent square, line or dot (how precise its edges are: EdgeSwatch). */
export function LayerSwatch({ color, geometry, fillOpacity }: { color: string; geometry: GeometryKind; fillOpacity: number }) {
  return (
    <svg class="swatch" width="22" height="16" viewBox="0 0 22 16" aria-hidden="true">
      {geometry === 'polygon' && (
        <rect x="1.5" y="1.5" width="19" height="13" rx="2" fill={color} fill-opacity={Math.max(fillOpacity, 0.08)} stroke={color} stroke-width="2" />
      )}
      {geometry === 'line' && <path d="M1 12 C 7 2, 14 14, 21 4" fill="none" stroke={color} stroke-width="3" stroke-linecap="round" />}
      {geometry === 'point' && <circle cx="11" cy="8" r="5.5" fill={color} stroke="#fff" stroke-width="2" />}
    </svg>
  );
}
