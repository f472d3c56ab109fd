import { EDGE_KEY_INK, type EdgeKeyKind } from '../../export/legendLayout';

/** A key to one edge style as the map draws it: solid, dashed, soft glow, or the pale band round a line. */
export function EdgeSwatch({ kind, color = EDGE_KEY_INK }: { kind: EdgeKeyKind; color?: string }) {
  return (
    <svg class="swatch" width="22" height="16" viewBox="0 0 22 16" aria-hidden="true" data-edge={kind}>
      {kind === 'located' && <path d="M1 8 H21" stroke={color} stroke-width="2.2" stroke-linecap="round" />}
      {kind === 'estimated' && <path d="M1 8 H21" stroke={color} stroke-width="2.2" stroke-dasharray="5 4" />}
      {kind === 'mark' && (
        // Stacked strokes fading outwards: a glow with no hard line.
        <g stroke={color} stroke-linecap="round">
          <path d="M3 8 H19" stroke-width="12" stroke-opacity="0.12" />
          <path d="M3 8 H19" stroke-width="8" stroke-opacity="0.16" />
          <path d="M3 8 H19" stroke-width="4" stroke-opacity="0.22" />
        </g>
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
