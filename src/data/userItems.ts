/**
 * A planner's own work, as the app keeps it (IndexedDB, src/state/keptItems.ts) and
 * exports it (src/export/): imported sites, sketches and boundary proposals. Plain
 * data only (structured-cloneable: no File, no class instances), so one record is
 * the same thing in memory, in the store and in an export.
 *
 * Every record carries `v`, the version of its shape. A record read back from the
 * store goes through readItem(): records of this version are checked and returned,
 * older ones are upgraded here, and anything unreadable (a later app version's
 * record after a downgrade, a damaged value) is skipped, never deleted.
 */
import type { LineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { ImportSummary } from '../formats/importFile';
import type { Citation } from './types';

/** The version of a record's shape written by this app. Raise it with an upgrade in readItem(). */
export const ITEM_VERSION = 1;

export type UserItemKind = 'site' | 'sketch' | 'proposal';

interface ItemBase {
  /** Unique across kinds and sessions; also the key in the store. */
  id: string;
  kind: UserItemKind;
  /** The version of this record's shape (ITEM_VERSION when written). */
  v: number;
  /** What the user calls it (the file's name for an import). */
  name: string;
  /** Milliseconds since 1970, when first kept and when last changed. */
  created: number;
  updated: number;
}

/** A file's bytes and name, so an import can be read again (another CRS or encoding) after a reload. */
export interface KeptFile {
  name: string;
  type: string;
  lastModified: number;
  bytes: ArrayBuffer;
}

/** An imported file of site boundaries: the file itself, how it was read, and what was read. */
export interface SiteItem extends ItemBase {
  kind: 'site';
  file: KeptFile;
  /** 'auto' or a CRS preset id (formats/datum CRS_PRESETS). */
  crsChoice: string;
  /** 'auto' or an encoding id (formats/decode). */
  encodingChoice: string;
  /** The sites as read (WGS-84), with the file's cleaned attributes, notes and CRS. */
  summary: ImportSummary;
}

export type SketchGeometry = Point | LineString | Polygon;

/** Something the user drew: a point, line or polygon with a name, a note and a colour. */
export interface SketchItem extends ItemBase {
  kind: 'sketch';
  note: string;
  /** `#rrggbb`. */
  colour: string;
  geometry: SketchGeometry;
}

/** A proposed boundary for a plan feature: its outline as drawn by the atlas and as the user would have it. */
export interface ProposalItem extends ItemBase {
  kind: 'proposal';
  /** The plan feature's id (PlanProperties.id) and layer. */
  featureId: string;
  layerId: string;
  /** Where the plan states the feature (its sources). */
  citations: Citation[];
  original: Polygon | MultiPolygon;
  proposed: Polygon | MultiPolygon;
  note: string;
}

export type UserItem = SiteItem | SketchItem | ProposalItem;

/** A new id: time-ordered, random enough that two tabs or two sessions never collide. */
export function newItemId(kind: UserItemKind, now = Date.now(), random = Math.random): string {
  const tail = Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0');
  return `${kind}-${now.toString(36)}-${tail}`;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isString = (x: unknown): x is string => typeof x === 'string';
const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isPosition = (x: unknown): boolean => Array.isArray(x) && x.length >= 2 && isNumber(x[0]) && isNumber(x[1]);
const isRing = (x: unknown): boolean => Array.isArray(x) && x.length >= 4 && x.every(isPosition);
const isRings = (x: unknown): boolean => Array.isArray(x) && x.length >= 1 && x.every(isRing);

function isAreaGeometry(g: unknown): g is Polygon | MultiPolygon {
  if (!isObject(g)) return false;
  if (g.type === 'Polygon') return isRings(g.coordinates);
  return g.type === 'MultiPolygon' && Array.isArray(g.coordinates) && g.coordinates.length >= 1 && g.coordinates.every(isRings);
}

function isSketchGeometry(g: unknown): g is SketchGeometry {
  if (!isObject(g)) return false;
  if (g.type === 'Point') return isPosition(g.coordinates);
  if (g.type === 'LineString') return Array.isArray(g.coordinates) && g.coordinates.length >= 2 && g.coordinates.every(isPosition);
  return g.type === 'Polygon' && isRings(g.coordinates);
}

function isBase(r: Record<string, unknown>): boolean {
  return isString(r.id) && r.id.length > 0 && isString(r.name) && isNumber(r.created) && isNumber(r.updated);
}

function isSite(r: Record<string, unknown>): boolean {
  const file = r.file;
  const summary = r.summary;
  return (
    isObject(file) &&
    isString(file.name) &&
    file.bytes instanceof ArrayBuffer &&
    isString(r.crsChoice) &&
    isString(r.encodingChoice) &&
    isObject(summary) &&
    Array.isArray(summary.sites) &&
    summary.sites.every((s) => isObject(s) && isAreaGeometry(s.geometry) && isObject(s.properties) && isString(s.properties.id))
  );
}

const isSketch = (r: Record<string, unknown>): boolean => isString(r.note) && isString(r.colour) && isSketchGeometry(r.geometry);

const isProposal = (r: Record<string, unknown>): boolean =>
  isString(r.featureId) &&
  isString(r.layerId) &&
  Array.isArray(r.citations) &&
  r.citations.every((c) => isObject(c) && isString(c.file) && isString(c.lines)) &&
  isAreaGeometry(r.original) &&
  isAreaGeometry(r.proposed) &&
  isString(r.note);

const CHECKS: Record<UserItemKind, (r: Record<string, unknown>) => boolean> = { site: isSite, sketch: isSketch, proposal: isProposal };

/**
 * A record read from the store as an item of this version, or null when it cannot
 * be read (damaged, or written by a later version of the app): the caller skips it
 * and leaves it in the store, so going back to the newer app finds it again.
 */
export function readItem(record: unknown): UserItem | null {
  if (!isObject(record) || !isBase(record)) return null;
  const kind = record.kind;
  if (kind !== 'site' && kind !== 'sketch' && kind !== 'proposal') return null;
  // Upgrades of older shapes go here, one version at a time (none yet: version 1 is the first).
  if (record.v !== ITEM_VERSION) return null;
  return CHECKS[kind](record) ? (record as unknown as UserItem) : null;
}
