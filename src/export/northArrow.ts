/**
 * North arrow geometry for a map turned by `bearing` degrees (MapLibre: the
 * compass direction at the top of the screen). North then points at
 * −bearing from "up", clockwise positive.
 */
export interface Point {
  x: number;
  y: number;
}

export interface NorthArrow {
  /** The rotation of the arrow from straight up, degrees clockwise. */
  rotationDeg: number;
  tip: Point;
  left: Point;
  right: Point;
  /** The notch at the back of the arrow. */
  tail: Point;
  /** Where the "N" goes: beyond the tip. */
  label: Point;
}

const round = (v: number) => Math.round(v * 1000) / 1000;

export function northArrow(bearing: number, cx: number, cy: number, size: number): NorthArrow {
  const rotationDeg = (((-bearing % 360) + 540) % 360) - 180;
  const a = (rotationDeg * Math.PI) / 180;
  // Screen coordinates: y grows downwards, so "up" is (0, -1).
  const at = (dx: number, dy: number): Point => ({
    x: round(cx + dx * Math.cos(a) - dy * Math.sin(a)),
    y: round(cy + dx * Math.sin(a) + dy * Math.cos(a)),
  });
  const h = size / 2;
  return {
    rotationDeg,
    tip: at(0, -h),
    left: at(-h * 0.55, h * 0.6),
    right: at(h * 0.55, h * 0.6),
    tail: at(0, h * 0.25),
    label: at(0, -h - size * 0.28),
  };
}
