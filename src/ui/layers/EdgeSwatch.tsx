import { useId } from 'preact/hooks';
import { EDGE_KEY_INK, type EdgeKeyKind } from '../../export/legendLayout';

/** A key to one edge style as the map draws it: solid, dashed, soft glow, or the pale band round a line. */
export function EdgeSwatch({ kind, color = EDGE_KEY_INK }: { kind: EdgeKeyKind; color?: string }) {
  // An id fit for url(#…) whatever useId returns.
  const glowId = `edge-glow-${useId().replace(/[^\w-]/g, '')}`;
  return (
    <svg class="swatch" width="22" height="16" viewBox="0 0 22 16" aria-hidden="true" data-edge={kind}>
      {kind === 'located' && <path d="M1 8 H21" stroke={color} stroke-width="2.2" stroke-linecap="round" />}
      {kind === 'estimated' && <path d="M1 8 H21" stroke={color} stroke-width="2.2" stroke-dasharray="5 4" />}
      {kind === 'mark' && (
        // The map's glow: a 12 px line blurred across its whole width, no hard edge (edgeLayers.ts). Drawn as a
        // band fading from its middle, so it shows wherever SVG does (no filter to fall back from).
        <>
          <linearGradient id={glowId} x1="0" y1="0" x2="0" y2="1">
            <stop offset="0" stop-color={color} stop-opacity="0" />
            <stop offset="0.5" stop-color={color} stop-opacity="0.6" />
            <stop offset="1" stop-color={color} stop-opacity="0" />
          </linearGradient>
          <rect x="1" y="2" width="20" height="12" rx="3" fill={`url(#${glowId})`} />
        </>
      )}
      {kind === 'band' && (
        <g stroke={color}>
          <path d="M1 8 H21" stroke-width="12" stroke-opacity="0.2" />
          <path d="M1 8 H21" stroke-width="1.6" />
        </g>
      )}
    </svg>
  );
}
