/**
 * Where a story step names what it shows, chosen at build time for the screens a story is shown on: a phone held
 * in the hand, a desktop and a projector. Each screen shows the step at its own zoom (src/state/stepCamera.ts) and
 * text size (the presenter's theme: src/map/projectorTheme.ts), so one name takes more ground on a phone than on a
 * projector. The layout reckons each name's box on every screen at once and keeps them apart on all of them, each
 * centred on its point, so MapLibre places every one at its first anchor whatever order it places them in:
 *
 * - an area is named at a point inside it, the roomiest first, out of the areas smaller than it that the step
 *   names (a large area takes its name away from the small ones inside it, into an empty part of itself), or just
 *   beside it (not in a neighbour) where it is too small;
 * - a line along itself, its middle first, or just beside itself, always nearer it than any other line;
 * - a point's name is MapLibre's to place beside its dot (that layer is placed first): where it would go is kept.
 *
 * The most constrained name is placed first (the one with the fewest free places); a name left without one goes
 * first in the next try. Where full names leave one out, the step takes its short names (geodata/labels.json): on
 * the phone only when the phone shows the step a whole zoom level out from the others (the map writes the short
 * name below the zoom `full`), else on every screen; the full name stays in the record and the legend. A name with
 * no free place at all goes where it overlaps least, for MapLibre's other anchors to try; the build reports it
 * (`crowded`).
 */
import polylabel from 'polylabel';
import { along, bbox, booleanPointInPolygon, length, pointToLineDistance } from '@turf/turf';
import type { Feature, LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { Level } from '../../src/data/levels';
import type { GeometryKind, PlanFeature } from '../../src/data/types';
import { FULL_NAME_ZOOM, labelBoxPx, labelTextPx, type LabelCollection, type LabelProperties } from '../../src/data/labels';
import type { StoryStep } from '../../src/data/story';
import { fromWorld, stepCamera, toWorld, type Padding } from '../../src/state/stepCamera';
import { PROJECTOR_MIN_TEXT_PX, projectorTextMinPx } from '../../src/map/projectorTheme';
import type { ShortNames } from './labelPoints';

export interface StepLayer {
  id: string;
  level: Level;
  geometry: GeometryKind;
  order: number;
  features: PlanFeature[];
}

/**
 * A screen a story is shown on: the map's size and the overlay's room, measured on the built app. On a phone the
 * title may wrap and the caption card grows with the step's words (`card`: the card's height from its lines,
 * fitted to the cards measured at 360 px, a little over); on wider screens the card's usual room.
 */
export interface Screen {
  name: string;
  width: number;
  height: number;
  padding: Padding;
  titleWrap?: { chars: number; linePx: number };
  card?: (step: StepInput) => number;
}

const lines = (text: string | undefined, perLine: number) => (text ? Math.ceil(text.length / perLine) : 0);

export const STORY_SCREENS: Screen[] = [
  {
    name: 'phone',
    width: 360,
    height: 740,
    padding: { top: 83, bottom: 290, left: 24, right: 24 },
    titleWrap: { chars: 10, linePx: 24 },
    // Buttons and margins 121 px; caption lines of 22 characters at 24 px, the quote's of 24 at 22 px, the sources' chips two lines at most, the year's chip 30 px.
    card: (step) =>
      129 + 24 * lines(step.caption?.zh, 22) + 22 * lines(step.quote?.text, 24) + 20 * Math.min(2, step.sources?.length ?? 1) + (step.year === undefined ? 0 : 30),
  },
  { name: 'desktop', width: 1440, height: 900, padding: { top: 122, bottom: 280, left: 24, right: 448 } },
  { name: 'projector', width: 1920, height: 1080, padding: { top: 138, bottom: 330, left: 24, right: 455 } },
];

/** The presenter's text size for a name on a screen (projectorTheme: enlarged, at least 24 px but on a phone). */
export function presenterTextPx(info: { level: Level; geometry: string }, screen: Screen): number {
  const min = projectorTextMinPx(screen.width) === null ? 0 : PROJECTOR_MIN_TEXT_PX;
  return Math.max(min, Math.round(labelTextPx(info) * 1.4 * 1000) / 1000);
}

/** A step name's size on a screen: stepLabels.ts writes areas and lines at an area's size, points at a point's. */
const textPx = (item: { kind: string }, screen: Screen) => presenterTextPx({ level: 'erqi', geometry: item.kind === 'point' ? 'point' : 'polygon' }, screen);

/** Mercator world px at a zoom (MapLibre's 512 px world). */
function worldPx([lon, lat]: Position, zoom: number): [number, number] {
  const [x, y] = toWorld([lon, lat]);
  return [x * 512 * 2 ** zoom, y * 512 * 2 ** zoom];
}

/** A screen's view of the step: zoom, and where a lon/lat lands in px on it. */
interface View {
  screen: Screen;
  zoom: number;
  at: (p: Position) => [number, number];
  /** The lon/lat at a px of the screen. */
  from: (px: [number, number]) => Position;
}

function viewOf(step: StepInput, screen: Screen, bounds: [number, number, number, number] | null): View {
  const wrap = screen.titleWrap;
  const titleLines = wrap && step.title ? Math.ceil(step.title.zh.length / wrap.chars) : 1;
  const padding = { ...screen.padding, top: screen.padding.top + (wrap ? wrap.linePx * (titleLines - 1) : 0), bottom: screen.card?.(step) ?? screen.padding.bottom };
  const cam = stepCamera(step.camera, screen.width, screen.height, padding, bounds);
  const [cx, cy] = worldPx(cam.center, cam.zoom);
  const { top, bottom, left, right } = padding;
  const ox = left + (screen.width - left - right) / 2;
  const oy = top + (screen.height - top - bottom) / 2;
  return {
    screen: { ...screen, padding },
    zoom: cam.zoom,
    at: (p) => {
      const [x, y] = worldPx(p, cam.zoom);
      return [x - cx + ox, y - cy + oy];
    },
    from: ([x, y]) => {
      const size = 512 * 2 ** cam.zoom;
      return fromWorld([(x - ox + cx) / size, (y - oy + cy) / size]);
    },
  };
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** MapLibre's text-padding and a little slack for the estimate of a name's width. */
const BOX_PAD_PX = 1.5;

function boxAt([x, y]: [number, number], text: string, px: number, offset: [number, number] = [0, 0]): Box {
  const { width, height } = labelBoxPx(text, px);
  const cx = x + offset[0];
  const cy = y + offset[1];
  return { x0: cx - width / 2 - BOX_PAD_PX, y0: cy - height / 2 - BOX_PAD_PX, x1: cx + width / 2 + BOX_PAD_PX, y1: cy + height / 2 + BOX_PAD_PX };
}

const overlap = (a: Box, b: Box) => Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));

/** Whether a box lies in the part of the screen the overlay leaves free. */
const onScreen = (b: Box, s: Screen) => b.x0 >= 0 && b.y0 >= s.padding.top && b.x1 <= s.width && b.y1 <= s.height - s.padding.bottom;

type Lang = 'zh' | 'en';
/** Which name a screen writes: the full one, or the short one (on the phone only, or everywhere below street zoom). */
type Variant = 'full' | 'shortPhone' | 'shortAll';
const VARIANTS: Variant[] = ['full', 'shortPhone', 'shortAll'];

interface Item {
  layer: StepLayer;
  feature: PlanFeature;
  kind: 'area' | 'line' | 'point';
  /** Candidate places, best first. */
  candidates: Position[];
  names: Record<Lang, { full: string; short?: string }>;
  size: number;
}

/** Point names: where MapLibre tries them around the dot (stepLabels.ts: the anchors in order, 0.9 em off). */
const POINT_OFFSETS: [number, number][] = [
  [1, 0], [-1, 0], [0, -1], [0, 1], [0.7, -0.7], [-0.7, -0.7], [0.7, 0.7], [-0.7, 0.7],
];

/** Places beside an area for its name where it is too small to hold it (unit offsets of the name from its point). */
const AREA_ANCHORS: [number, number][] = [[0, 1], [0, -1], [1, 0], [-1, 0], [0.7, 0.7], [-0.7, 0.7], [0.7, -0.7], [-0.7, -0.7]];

/** Where along a line its name may stand: from the middle out, never at an end. */
const LINE_FRACTIONS = [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8, 0.15, 0.85, 0.1, 0.9];

function longestPart(geometry: LineString | MultiLineString): Feature<LineString> {
  const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  const lines = parts.map((coordinates): Feature<LineString> => ({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates } }));
  return lines.map((l) => ({ l, km: length(l) })).reduce((a, b) => (b.km > a.km ? b : a)).l;
}

/** Km from a point to a line or multi-line. */
function lineDistance(p: Position, line: Feature<LineString | MultiLineString>): number {
  const g = line.geometry;
  const parts = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
  return Math.min(...parts.map((coordinates) => pointToLineDistance(p, { type: 'LineString', coordinates })));
}

/** Inner places of an area, the roomiest first (its pole, then a grid's points by their distance to the outline). */
function areaCandidates(f: Feature<Polygon | MultiPolygon>): Position[] {
  const parts = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const poles = parts.map((rings) => polylabel(rings as [number, number][][], 1e-5)).map((p) => [p[0], p[1]] as Position);
  const [w, s, e, n] = bbox(f);
  const N = 14;
  const grid: Position[] = [];
  for (let i = 1; i < N; i++) for (let j = 1; j < N; j++) grid.push([w + ((e - w) * i) / N, s + ((n - s) * j) / N]);
  // Every ring as a line (an area with holes or parts makes several).
  const lines = parts.flat().map((ring): Feature<LineString> => ({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: ring } }));
  const room = (p: Position) => Math.min(...lines.map((l) => pointToLineDistance(p, l)));
  const inner = grid.filter((p) => booleanPointInPolygon(p, f)).map((p) => ({ p, r: room(p) }));
  inner.sort((a, b) => b.r - a.r);
  return [...poles, ...inner.map((x) => x.p)];
}

function itemOf(layer: StepLayer, feature: PlanFeature, short: ShortNames): Item {
  const p = feature.properties;
  const g = feature.geometry;
  const names = { zh: { full: p.name, short: short[p.id]?.zh }, en: { full: p.nameEn, short: short[p.id]?.en } };
  if (g.type === 'Point') return { layer, feature, kind: 'point', candidates: [g.coordinates], names, size: 0 };
  if (g.type === 'LineString' || g.type === 'MultiLineString') {
    const line = longestPart(g);
    const km = length(line);
    return { layer, feature, kind: 'line', candidates: LINE_FRACTIONS.map((fr) => along(line, km * fr).geometry.coordinates), names, size: km };
  }
  const area = feature as Feature<Polygon | MultiPolygon>;
  const [w, s, e, n] = bbox(area);
  return { layer, feature, kind: 'area', candidates: areaCandidates(area), names, size: (e - w) * (n - s) };
}

/** The zoom from which the full name is written (labelField: full when floor(zoom) ≥ full). */
function fullFrom(variant: Variant, views: View[], phone: View): number {
  if (variant === 'full') return 0;
  if (variant === 'shortAll') return FULL_NAME_ZOOM;
  return Math.min(...views.filter((v) => v !== phone).map((v) => Math.floor(v.zoom)));
}

/** The text a view writes for an item under a variant. */
function textOn(item: Item, lang: Lang, variant: Variant, view: View, views: View[], phone: View): string {
  const { full, short } = item.names[lang];
  if (!short) return full;
  return Math.floor(view.zoom) >= fullFrom(variant, views, phone) ? full : short;
}

/** What the layout reads of a step: its view, layers, and the words of its overlay (they take the phone's map). */
type StepInput = Pick<StoryStep, 'camera' | 'layers'> & Partial<Pick<StoryStep, 'title' | 'caption' | 'quote' | 'sources' | 'year'>>;

export interface StepLayout {
  labels: LabelCollection;
  /** Names that found no place clear of the others on some screen. */
  crowded: string[];
}

/**
 * The step's label points: every area and line it names (its spotlight, or all its plan layers' features), at
 * places chosen together for every screen. Points are left to MapLibre (beside their dot) and kept clear of.
 */
export function layoutStepLabels(layers: StepLayer[], step: StepInput, shown: readonly string[], short: ShortNames = {}, screens = STORY_SCREENS): StepLayout {
  const wanted = new Set(step.layers);
  const own = layers.filter((l) => wanted.has(l.id) && l.level !== 'admin');
  const all = own.flatMap((layer) => layer.features.map((feature) => ({ layer, feature })));
  const lit = new Set(shown);
  const picked = all.filter((x) => lit.has(x.feature.properties.id));
  const items = (picked.length ? picked : all).map(({ layer, feature }) => itemOf(layer, feature, short));
  if (!items.length) return { labels: { type: 'FeatureCollection', features: [] }, crowded: [] };
  const bounds = bbox({ type: 'FeatureCollection', features: items.map((i) => i.feature) }) as [number, number, number, number];
  const views = screens.map((s) => viewOf(step, s, bounds));
  const phone = views.reduce((a, b) => (b.screen.width < a.screen.width ? b : a));
  // An area small on a screen may have its name beside it (places around its pole), a line beside itself (above,
  // below or to either side of a place along it), as far off as the phone's name needs.
  for (const item of items.filter((i) => i.kind !== 'point')) {
    const px = textPx(item, phone.screen);
    const { width, height } = labelBoxPx(item.names.zh.full, px);
    const off = item.kind === 'area' ? 0.6 * px : 0.3 * px;
    const around = item.kind === 'area' ? AREA_ANCHORS : AREA_ANCHORS.slice(0, 4);
    const bases = item.kind === 'area' ? [item.candidates[0]] : [...item.candidates];
    for (const base of bases) {
      const [x, y] = phone.at(base);
      item.candidates.push(...around.map(([dx, dy]) => phone.from([x + dx * (width / 2 + off), y + dy * (height / 2 + off)])));
    }
    // A small area crowded by its neighbours: a ring further out, a name's height or a half-name more.
    if (item.kind === 'area') {
      const [x, y] = phone.at(item.candidates[0]);
      item.candidates.push(...around.map(([dx, dy]) => phone.from([x + dx * (width + off), y + dy * (height * 1.5 + off)])));
    }
  }
  // A name beside its line stands nearer it than any other line of the step, and one beside its area in no
  // neighbouring area the step names: else it would read as theirs.
  const lines = items.filter((i) => i.kind === 'line');
  const areas = items.filter((i) => i.kind === 'area');
  for (const item of items.filter((i) => i.kind !== 'point')) {
    const own = item.kind === 'line' ? (item.feature as Feature<LineString | MultiLineString>) : null;
    const kept = item.candidates.filter((p, i) => {
      if (own) {
        const d = lineDistance(p, own);
        return lines.every((o) => o === item || lineDistance(p, o.feature as Feature<LineString | MultiLineString>) > d);
      }
      const inside = (q: Position, o: Item) => booleanPointInPolygon(q, o.feature as Feature<Polygon | MultiPolygon>);
      // Beside it, but not in a neighbour (inside an area that holds it is fine: 龙湖北部 within 郑东新区).
      return i === 0 || inside(p, item) || !areas.some((o) => o !== item && inside(p, o) && !inside(item.candidates[0], o));
    });
    if (kept.length) item.candidates = kept;
  }
  const canShortenPhoneOnly = views.every((v) => v === phone || Math.floor(v.zoom) > Math.floor(phone.zoom));

  // Shorter names all round before a name left out: the layout with the fewest names without a place, the
  // fewest short names first (0: full names where they fit, 1: short names on the phone, 2: everywhere).
  // A name left without a place goes first in the next try (a few tries per level).
  let bestLayout: StepLayout | null = null;
  for (let level = 0; level < VARIANTS.length && bestLayout?.crowded.length !== 0; level++) {
    const first = new Set<string>();
    for (let attempt = 0; attempt < 4; attempt++) {
      const layout = layoutAt(level, first);
      if (!bestLayout || layout.crowded.length < bestLayout.crowded.length) bestLayout = layout;
      if (!layout.crowded.length || layout.crowded.every((name) => first.has(name))) break;
      layout.crowded.forEach((name) => first.add(name));
    }
  }
  return bestLayout!;

  function layoutAt(level: number, first: ReadonlySet<string>): StepLayout {
    // The names placed so far, per view and language, in the order MapLibre places them.
    const taken = views.map(() => ({ zh: [] as Box[], en: [] as Box[] }));
    const free = (b: Box, vi: number, lang: Lang) => !taken[vi][lang].some((t) => overlap(t, b) > 0);
    // The points first, as MapLibre places them (their layer is placed before the areas' and lines'): each name at
    // the first place around its dot that is free, per screen.
    for (const item of items.filter((i) => i.kind === 'point')) {
      views.forEach((v, vi) => {
        const px = textPx(item, v.screen);
        const at = v.at(item.candidates[0]);
        for (const lang of ['zh', 'en'] as Lang[]) {
          const text = item.names[lang].full;
          const { width, height } = labelBoxPx(text, px);
          const box = POINT_OFFSETS.map(([dx, dy]) => boxAt(at, text, px, [dx * (width / 2 + 0.9 * px), dy * (height / 2 + 0.9 * px)])).find((b) => free(b, vi, lang));
          if (box) taken[vi][lang].push(box);
        }
      });
    }

    const named = items.filter((i) => i.kind !== 'point');
    /** Smaller named areas that hold a place: a larger area's name stays out of them. */
    const insideSmaller = (item: Item, p: Position) =>
      item.kind === 'area' && named.some((o) => o !== item && o.kind === 'area' && o.size < item.size && booleanPointInPolygon(p, o.feature as Feature<Polygon | MultiPolygon>));

    /**
     * The box of a name centred at `p` on one view, if it is clear of the names placed and of the overlay. Every
     * name is kept clear at its centre, so MapLibre places it there (its first anchor) whatever order it places
     * them in; its other anchors are left for a name the layout found no place for.
     */
    const placeOn = (item: Item, p: Position, lang: Lang, variant: Variant, vi: number): Box | null => {
      const v = views[vi];
      const b = boxAt(v.at(p), textOn(item, lang, variant, v, views, phone), textPx(item, v.screen));
      return free(b, vi, lang) && onScreen(b, v.screen) ? b : null;
    };
    const placedEverywhere = (item: Item, p: Position, lang: Lang, variant: Variant) => views.every((_, vi) => placeOn(item, p, lang, variant, vi) !== null);
    /** How much a name centred at `p` overlaps the names placed, summed over the views (for a name with no free place). */
    const clash = (item: Item, p: Position, variant: Variant) =>
      views.reduce((sum, v, vi) => {
        const b = boxAt(v.at(p), textOn(item, 'zh', variant, v, views, phone), textPx(item, v.screen));
        return sum + taken[vi].zh.reduce((s2, t) => s2 + overlap(t, b), 0) + (onScreen(b, v.screen) ? 0 : 1e6);
      }, 0);

    /** Options for an item, best first: variants (full names first), both languages free before Chinese only. */
    const tiers = (item: Item): { variant: Variant; langs: Lang[] }[] => {
      const hasShort = !!(item.names.zh.short || item.names.en.short);
      const allowed = VARIANTS.filter((v) => v === 'full' || (hasShort && (v !== 'shortPhone' || canShortenPhoneOnly)));
      const variants = hasShort ? allowed.slice(Math.min(level, allowed.length - 1)) : allowed;
      return variants.flatMap((variant) => [{ variant, langs: ['zh', 'en'] as Lang[] }, { variant, langs: ['zh'] as Lang[] }]);
    };
    /** An item's best option now: the first tier with a free place, its free places (out of smaller areas first). */
    const best = (item: Item) => {
      const ts = tiers(item);
      for (let t = 0; t < ts.length; t++) {
        const ok = item.candidates.filter((p) => ts[t].langs.every((lang) => placedEverywhere(item, p, lang, ts[t].variant)));
        if (ok.length) {
          const clear = ok.filter((p) => !insideSmaller(item, p));
          return { tier: t, variant: ts[t].variant, free: clear.length ? clear : ok };
        }
      }
      return null;
    };

    const out: Feature<Point, LabelProperties>[] = [];
    const crowded: string[] = [];
    const left = new Set(named);
    while (left.size) {
      // The most constrained first: no free place at all, then the worst tier, then the fewest free places.
      let pick: { item: Item; tier: number; variant: Variant; at: Position } | null = null;
      let most = Infinity;
      const urgent = [...left].filter((i) => first.has(i.feature.properties.name));
      for (const item of urgent.length ? urgent : left) {
        const b = best(item);
        const constraint = b ? -b.tier * 1000 + b.free.length : -Infinity;
        if (constraint >= most) continue;
        most = constraint;
        if (b) pick = { item, tier: b.tier, variant: b.variant, at: b.free[0] };
        else {
          // Nowhere free: the place and names that overlap least.
          const variant: Variant = tiers(item).at(-1)!.variant;
          const at = [...item.candidates].sort((p, q) => clash(item, p, variant) - clash(item, q, variant))[0];
          pick = { item, tier: Infinity, variant, at };
        }
      }
      const { item, variant, at, tier } = pick!;
      left.delete(item);
      if (tier === Infinity) crowded.push(item.feature.properties.name);
      // As MapLibre will: each view, each language, the name where it finds room (none: not written, takes none).
      for (const lang of ['zh', 'en'] as Lang[])
        views.forEach((_, vi) => {
          const b = placeOn(item, at, lang, variant, vi);
          if (b) taken[vi][lang].push(b);
        });
      const p = item.feature.properties;
      const shortZh = item.names.zh.short;
      const shortEn = item.names.en.short;
      out.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [Math.round(at[0] * 1e6) / 1e6, Math.round(at[1] * 1e6) / 1e6] },
        properties: {
          id: p.id,
          name: p.name,
          nameEn: p.nameEn,
          ...(shortZh ? { short: shortZh } : {}),
          ...(shortEn ? { shortEn } : {}),
          full: shortZh ? fullFrom(variant, views, phone) : 0,
          fullEn: shortEn ? fullFrom(variant, views, phone) : 0,
          // A name without a free place is placed last at run time: it must not take the place of one that has it.
          rank: out.length + (tier === Infinity ? 1000 : 0),
        },
      });
    }
    out.sort((a, b) => a.properties.id.localeCompare(b.properties.id));
    return { labels: { type: 'FeatureCollection', features: out }, crowded };
  }
}
