/**
 * The app's shareable state as the URL holds it, and the shapes of the codec
 * (urlCodec.ts) and its table of fields (fields.ts).
 */
import type { Lang } from '../../lib/lang';
import type { MapView } from '../../lib/mapView';
import type { UrlNoticeKey } from './notices';

export type Basemap = 'offline' | 'online';

export interface StoryPosition {
  id: string;
  step: number;
}

/** The plan reader's place: a document (`000`) and the lines shown highlighted. */
export interface ReaderLines {
  doc: string;
  from: number;
  to: number;
}

export interface UrlState {
  view?: MapView;
  /** Visible layer ids. */
  layers?: string[];
  /** Layer id → opacity 0..1 (kept to 1 % in the URL). */
  opacity?: Record<string, number>;
  /** Selected feature id. */
  selected?: string;
  lang?: Lang;
  story?: StoryPosition;
  basemap?: Basemap;
  panel?: string;
  reader?: ReaderLines;
  /** The timeline's chosen year. */
  year?: number;
  /** A board's second boundary reading (its variant feature's id), drawn on the map beside the first. */
  variant?: string;
  /** The planned project whose record is open (its id; the projects load after the link is read, so any `prj-` slug is taken and checked then). */
  project?: string;
}

export interface CodecOptions {
  /**
   * Layer id → its short names in `l=` and `o=` (e.g. `erqi-four-zones` → `["e4"]`, from the
   * zone-file headers): the first is written, every one is read.
   */
  layerAliases?: Readonly<Record<string, readonly string[]>>;
  /** Accepted zoom range; MapLibre's own limits by default. */
  zoomRange?: readonly [number, number];
  maxPitch?: number;
  /** When given, story ids / panels outside these lists are ignored. */
  knownStoryIds?: readonly string[];
  knownPanels?: readonly string[];
  /** When given, reader documents outside this list are ignored. */
  knownPlanDocs?: readonly string[];
}

export interface IgnoredPart {
  key: UrlNoticeKey;
  /** The offending text, reduced to harmless characters and at most 40 long (safe to show). */
  value: string;
}

export interface DecodeResult {
  /** The defaults with every valid URL field applied. */
  state: UrlState;
  /** Notice keys, each once, in the order met. */
  notices: UrlNoticeKey[];
  ignored: IgnoredPart[];
  /** Set when the hash was in a legacy form and migrated (see MIGRATIONS). */
  migratedFrom?: string;
}

/** What a field's encode gets besides its value. */
export interface EncodeContext<T> {
  /** The field's default: a value equal to it is not written. */
  fallback: T;
  options: CodecOptions;
}

/** What a field's decode gets besides its text. */
export interface DecodeContext<T> {
  /** The field's default (a copy the field may return or change). */
  fallback: T;
  options: CodecOptions;
  /** Layer id for a token of the link (an id, or any alias of a known layer). */
  resolveLayer(token: string): string | undefined;
  /** Feature ids a link may select; undefined: any slug. */
  knownFeatureIds?: ReadonlySet<string>;
  /** Reports one unusable part of the value (e.g. one unknown layer of a list) under the field's notice. */
  ignore(part: string): void;
}

/** A field's decode result for text it cannot use at all: the default stays and the field's notice is shown. */
export const INVALID: unique symbol = Symbol('invalid URL field value');

/** One `key=value` pair of the hash and the UrlState property it carries. */
export interface UrlField<P extends keyof UrlState = keyof UrlState> {
  /** The key in the hash. */
  key: string;
  /** The UrlState property. */
  prop: P;
  /** What the user is told when the value in a link cannot be used. */
  notice: UrlNoticeKey;
  /** The text to write, or undefined when there is nothing to write (no value, or the default). */
  encode(value: UrlState[P], context: EncodeContext<UrlState[P]>): string | undefined;
  /** The value for the text (undefined clears the field), or INVALID. */
  decode(text: string, context: DecodeContext<UrlState[P]>): UrlState[P] | typeof INVALID;
}
