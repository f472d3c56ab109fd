/**
 * The table of URL fields: every `key=value` pair the hash can hold, in the
 * order they are written. encode() and decode() (urlCodec.ts) only walk this
 * table; each field is written only when it differs from its default, and a
 * value a field cannot use leaves the default and shows the field's notice.
 *
 * To add a field: its property in UrlState (types.ts), its notice (notices.ts)
 * and one entry here (`oneOf` and the text helpers below cover the usual kinds).
 *
 *   m=zoom/lat/lon[/bearing[/pitch]]   map view; lat/lon decimals follow the zoom (sub-pixel)
 *   l=a,b,c                     visible layers (a layer's first alias where it has one; the 项目 layer as pj, state/projectLinkLayer.ts); `l=` = none;
 *   l=-a,+d                     …or, when shorter, the changes against the default layers
 *   o=a:60,b:0                  layer opacity in percent
 *   f=<feature id>              selected feature; `f=` = none
 *   lg=zh|en                    language
 *   s=<story id>:<step>         presenter story; `s=` = none
 *   b=on|off                    basemap online/offline
 *   p=<panel>                   open panel; `p=` = none
 *   r=<doc>:<from>[-<to>]       plan reader open at those lines of a document (doc = the seed's 3-digit number)
 *   y=<year>                    the timeline's chosen year (20xx)
 *   vr=<variant feature id>     a board's two boundary readings drawn together; `vr=` = none
 *   pj=<project id>             the planned project whose record is open (prj-…); `pj=` = none
 */
import { formatLayers, formatOpacity, parseLayers, parseOpacity } from './layerText';
import { SLUG } from './slug';
import { INVALID, type DecodeContext, type EncodeContext, type ReaderLines, type StoryPosition, type UrlField, type UrlState } from './types';
import { formatView, parseView } from './viewText';

const MAX_STORY_STEP = 999;
const MAX_LINE = 99999;

/** Writes `text(value)` unless the default's text is the same (or there is no text). */
const unlessDefault =
  <T>(text: (value: T) => string | undefined) =>
  (value: T, { fallback }: EncodeContext<T>): string | undefined => {
    const written = text(value);
    return written !== undefined && written !== text(fallback) ? written : undefined;
  };

/** A value from a fixed set, written as its word (`b=on` ↔ 'online'); no value, nothing written. */
function oneOf<const T extends string>(byWord: Readonly<Record<string, T>>) {
  const values = new Map(Object.entries(byWord));
  const words = new Map(Object.entries(byWord).map(([word, value]) => [value, word]));
  return {
    encode: unlessDefault<T | undefined>((value) => (value === undefined ? undefined : words.get(value))),
    decode: (text: string): T | typeof INVALID => values.get(text) ?? INVALID,
  };
}

/** A slug, from a list when `known` gives one; '' (`f=`) is "none", so a link can clear what the default has. */
function knownSlug(known: (context: DecodeContext<string | undefined>) => ReadonlySet<string> | readonly string[] | undefined) {
  return {
    encode: unlessDefault<string | undefined>((value) => (value !== undefined && SLUG.test(value) ? value : '')),
    decode: (text: string, context: DecodeContext<string | undefined>): string | undefined | typeof INVALID => {
      if (text === '') return undefined;
      const list = known(context);
      const listed = list === undefined || ('has' in list ? list.has(text) : list.includes(text));
      return SLUG.test(text) && listed ? text : INVALID;
    },
  };
}

const storyText = (story: StoryPosition | undefined): string =>
  story && SLUG.test(story.id) && Number.isInteger(story.step) && story.step >= 0 && story.step <= MAX_STORY_STEP ? `${story.id}:${story.step}` : '';

const readerText = (r: ReaderLines | undefined): string =>
  r && /^\d{3}$/.test(r.doc) && Number.isInteger(r.from) && Number.isInteger(r.to) && r.from >= 1 && r.to >= r.from && r.to <= MAX_LINE
    ? `${r.doc}:${r.from}${r.to > r.from ? `-${r.to}` : ''}`
    : '';

const YEAR = /^20\d\d$/;
const PROJECT_ID = /^prj-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const yearText = (year: number | undefined): string | undefined => (year !== undefined && YEAR.test(String(year)) ? String(year) : undefined);

/** Keeps each entry's encode and decode typed by its property. */
const field = <P extends keyof UrlState>(f: UrlField<P>): UrlField<P> => f;

export const URL_FIELDS = [
  field({ key: 'm', prop: 'view', notice: 'urlIgnoredView', encode: unlessDefault(formatView), decode: (text, { options }) => parseView(text, options) ?? INVALID }),
  field({ key: 'l', prop: 'layers', notice: 'urlIgnoredLayers', encode: (layers, { fallback, options }) => formatLayers(layers, fallback, options), decode: parseLayers }),
  field({ key: 'o', prop: 'opacity', notice: 'urlIgnoredOpacity', encode: (opacity, { fallback, options }) => formatOpacity(opacity, fallback, options), decode: parseOpacity }),
  field({ key: 'f', prop: 'selected', notice: 'urlIgnoredSelected', ...knownSlug(({ knownFeatureIds }) => knownFeatureIds) }),
  field({ key: 'lg', prop: 'lang', notice: 'urlIgnoredLang', ...oneOf({ zh: 'zh', en: 'en' }) }),
  field({
    key: 's',
    prop: 'story',
    notice: 'urlIgnoredStory',
    encode: unlessDefault(storyText),
    decode: (text, { options: { knownStoryIds: known } }) => {
      if (text === '') return undefined;
      const match = /^(.+):(\d{1,3})$/.exec(text);
      return match && SLUG.test(match[1]) && (!known || known.includes(match[1])) ? { id: match[1], step: Number(match[2]) } : INVALID;
    },
  }),
  field({ key: 'b', prop: 'basemap', notice: 'urlIgnoredBasemap', ...oneOf({ on: 'online', off: 'offline' }) }),
  field({ key: 'p', prop: 'panel', notice: 'urlIgnoredPanel', ...knownSlug(({ options }) => options.knownPanels) }),
  field({
    key: 'r',
    prop: 'reader',
    notice: 'urlIgnoredReader',
    encode: unlessDefault(readerText),
    decode: (text, { options: { knownPlanDocs: known } }) => {
      if (text === '') return undefined;
      const match = /^(\d{3}):(\d{1,5})(?:-(\d{1,5}))?$/.exec(text);
      const lines = match && { doc: match[1], from: Number(match[2]), to: Number(match[3] ?? match[2]) };
      return lines && lines.from >= 1 && lines.to >= lines.from && (!known || known.includes(lines.doc)) ? lines : INVALID;
    },
  }),
  field({ key: 'y', prop: 'year', notice: 'urlIgnoredYear', encode: unlessDefault(yearText), decode: (text) => (YEAR.test(text) ? Number(text) : INVALID) }),
  field({ key: 'vr', prop: 'variant', notice: 'urlIgnoredVariant', ...knownSlug(({ knownFeatureIds }) => knownFeatureIds) }),
  // Any project-shaped slug: the projects load lazily, after the link is read (urlSync checks the id then).
  field({ key: 'pj', prop: 'project', notice: 'urlIgnoredProject', ...knownSlug(() => undefined), decode: (text) => (text === '' ? undefined : PROJECT_ID.test(text) ? text : INVALID) }),
] as const;
