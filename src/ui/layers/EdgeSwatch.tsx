import { useId } from 'preact/hooks';
import { EDGE_KEY_INK, type EdgeKeyKind } from '../../export/legendLayout';

/** A key to one edge style as the map draws it: solid, dashed, soft glow, or the pale band round a line. */
export function EdgeSwatch({ kind, color = EDGE_KEY_INK }: { kind: EdgeKeyKind; color?: string }) {
  const blurId = `edge-glow-${useId()}`;
  return (
    <svg class="swatch" width="22" height="16" viewBox="0 0 22 16" aria-hidden="true" data-edge={kind}>
      {kind === 'located' && <path d="M1 8 H21" stroke={color} stroke-width="2.2" stroke-linecap="round" />}
      {kind === 'estimated' && <path d="M1 8 H21" stroke={color} stroke-width="2.2" stroke-dasharray="5 4" />}
      {kind === 'mark' && (
        // A blurred stroke: a glow with no hard line.
        <>
          <filter id={blurId} x="-50%" y="-100%" width="200%" height="300%">
            <feGaussianBlur stdDeviation="1.8" />
          </filter>
          <path d="M4 8 H18" stroke={color} stroke-width="6" stroke-opacity="0.55" stroke-linecap="round" filter={`url(#${blurId})`} />
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
