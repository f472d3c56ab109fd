/**
 * Layers in a link: `l=` lists the visible ones (or, when shorter, the changes
 * against the default list, `l=-a,+d`), `o=` their opacity in percent. A layer
 * is written by its first alias where it has one, and read by its id or any alias.
 */
import { SLUG } from './slug';
import type { CodecOptions, DecodeContext } from './types';

/** The name written for a layer: its first alias, or its id. (The data build checks the aliases; this only keeps the URL safe.) */
function aliasOf(id: string, options: CodecOptions): string {
  const alias = options.layerAliases?.[id]?.[0];
  return alias !== undefined && SLUG.test(alias) ? alias : id;
}

/** Token in the URL → layer id: a known id wins over an alias; every alias of a layer is read. */
export function layerResolver(knownLayerIds: readonly string[], options: CodecOptions): (token: string) => string | undefined {
  const known = new Set(knownLayerIds);
  const byAlias = new Map<string, string>();
  for (const [id, aliases] of Object.entries(options.layerAliases ?? {})) {
    if (known.has(id)) for (const alias of aliases) byAlias.set(alias, id);
  }
  return (token) => (known.has(token) ? token : byAlias.get(token));
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean => {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
};

/** The `l=` text: the full list, or the changes against the default list when that is shorter; undefined when the set is the default. */
export function formatLayers(layers: readonly string[] | undefined, defaultLayers: readonly string[] = [], options: CodecOptions): string | undefined {
  if (!layers || sameSet(layers, defaultLayers)) return undefined;
  const ids = [...new Set(layers)].filter((id) => SLUG.test(id));
  const full = ids.map((id) => aliasOf(id, options)).join(',');
  const removed = defaultLayers.filter((id) => SLUG.test(id) && !ids.includes(id));
  const added = ids.filter((id) => !defaultLayers.includes(id));
  const delta = [...removed.map((id) => `-${aliasOf(id, options)}`), ...added.map((id) => `+${aliasOf(id, options)}`)].join(',');
  return ids.length > 0 && delta.length < full.length ? delta : full;
}

/** The layers an `l=` text asks for; unknown entries are reported and skipped, and a list of nothing else keeps the default. */
export function parseLayers(text: string, context: DecodeContext<string[] | undefined>): string[] | undefined {
  const tokens = text === '' ? [] : text.split(',');
  const isDelta = tokens.length > 0 && /^[+-]/.test(tokens[0]);
  const ids: string[] = isDelta ? [...(context.fallback ?? [])] : [];
  let usable = 0;
  for (const token of tokens) {
    const sign = isDelta ? token[0] : '';
    const id = isDelta && !/^[+-]/.test(token) ? undefined : context.resolveLayer(token.slice(sign.length));
    if (id === undefined) {
      context.ignore(token);
      continue;
    }
    usable++;
    const at = ids.indexOf(id);
    if (sign === '-' && at >= 0) ids.splice(at, 1);
    else if (sign !== '-' && at < 0) ids.push(id);
  }
  // A list of nothing but unknown ids is garbage, not a request to hide every layer.
  return usable > 0 || tokens.length === 0 ? ids : context.fallback;
}

const percent = (opacity: number): number => Math.round(Math.min(1, Math.max(0, opacity)) * 100);

/** The `o=` text: each layer whose opacity differs from its default (to 1 %); undefined when none does. */
export function formatOpacity(opacity: Readonly<Record<string, number>> | undefined, defaults: Readonly<Record<string, number>> = {}, options: CodecOptions): string | undefined {
  const changed = Object.entries(opacity ?? {}).filter(([id, value]) => {
    const fallback = defaults[id];
    return SLUG.test(id) && Number.isFinite(value) && (fallback === undefined || percent(fallback) !== percent(value));
  });
  return changed.length > 0 ? changed.map(([id, value]) => `${aliasOf(id, options)}:${percent(value)}`).join(',') : undefined;
}

/** The defaults with each usable `layer:percent` of an `o=` text applied; the others are reported. */
export function parseOpacity(text: string, context: DecodeContext<Record<string, number> | undefined>): Record<string, number> | undefined {
  if (text === '') return context.fallback;
  const merged = { ...context.fallback };
  for (const item of text.split(',')) {
    const match = /^([^:]+):(\d{1,3})$/.exec(item);
    const id = match ? context.resolveLayer(match[1]) : undefined;
    const value = match ? Number(match[2]) : NaN;
    if (id === undefined || !(value >= 0 && value <= 100)) context.ignore(item);
    else merged[id] = value / 100;
  }
  return merged;
}
