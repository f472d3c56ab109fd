import { isEdgeKey, type LegendEntry } from '../../export/legendLayout';
import { EdgeSwatch } from './EdgeSwatch';
import { LayerSwatch } from './LayerSwatch';

/** A project mark's key as the map draws it: a ring for an approximate place, the thin ± ring round a dot. */
function PointKeySwatch({ kind, color }: { kind: 'point-approx' | 'point-precision'; color: string }) {
  return (
    <svg class="swatch" width="22" height="16" viewBox="0 0 22 16" aria-hidden="true" data-key={kind}>
      {kind === 'point-approx' ? (
        <circle cx="11" cy="8" r="5" fill="#ffffff" stroke={color} stroke-width="2.5" />
      ) : (
        <>
          <circle cx="11" cy="8" r="7.5" fill="none" stroke={color} stroke-opacity="0.6" stroke-width="1" />
          <circle cx="11" cy="8" r="3" fill={color} stroke="#ffffff" stroke-width="1.5" />
        </>
      )}
    </svg>
  );
}

/** The swatch of one legend row (presenter, print sheet): a layer's colour, an edge style or a project mark. */
export function LegendSwatch({ entry }: { entry: LegendEntry }) {
  if (isEdgeKey(entry.kind)) return <EdgeSwatch kind={entry.kind} color={entry.color} />;
  if (entry.kind === 'point-approx' || entry.kind === 'point-precision') return <PointKeySwatch kind={entry.kind} color={entry.color} />;
  return <LayerSwatch color={entry.color} geometry={entry.kind} fillOpacity={0.3} />;
}
