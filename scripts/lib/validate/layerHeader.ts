/**
 * The layer registry's rules: the `style` and `aliases` keys of a layer's header
 * (geodata/zones/<layer>.json, geodata/admin/layer.json) and, across all layers,
 * that every short link name points at one layer only. Pure: returns problems.
 */
import type { DataProblem, LayerStyle } from '../../../src/data/types';
import { isObj } from './common';

/** A short link name: what `l=` and `o=` may hold besides a layer id (no `,` `:` `+` `-`). */
export const ALIAS = /^[a-z0-9]{1,8}$/;
const COLOR = /^#[0-9a-f]{6}$/i;
const STYLE_KEYS: readonly (keyof LayerStyle)[] = ['color', 'fillOpacity', 'visibleByDefault', 'order'];
const STYLE_SHAPE = '{ "color": "#rrggbb", "fillOpacity": 0–1, "visibleByDefault": true|false, "order": <number> }';


/** Problems of a header's `style` (required: every layer says how it is drawn). */
export function styleProblems(style: unknown): string[] {
  if (!isObj(style)) return [`style must be ${STYLE_SHAPE}`];
  const out: string[] = [];
  const unknown = Object.keys(style).filter((k) => !(STYLE_KEYS as readonly string[]).includes(k));
  if (unknown.length) out.push(`style: unknown key(s) ${unknown.join(', ')} (allowed: ${STYLE_KEYS.join(', ')})`);
  if (typeof style.color !== 'string' || !COLOR.test(style.color)) out.push(`style.color ${JSON.stringify(style.color)} must be "#rrggbb"`);
  const fill = style.fillOpacity;
  if (typeof fill !== 'number' || !(fill >= 0 && fill <= 1)) out.push(`style.fillOpacity ${JSON.stringify(fill)} must be a number from 0 to 1`);
  if (typeof style.visibleByDefault !== 'boolean') out.push('style.visibleByDefault must be true or false');
  if (typeof style.order !== 'number' || !Number.isFinite(style.order)) out.push(`style.order ${JSON.stringify(style.order)} must be a number (higher draws on top)`);
  return out;
}

/** Problems of a header's `aliases` (optional): a list of distinct short names. */
export function aliasesProblems(aliases: unknown): string[] {
  if (aliases === undefined) return [];
  if (!Array.isArray(aliases) || aliases.length === 0) return ['aliases must be a non-empty list of short link names, e.g. ["e4"]'];
  const out: string[] = [];
  for (const a of aliases) {
    if (typeof a !== 'string' || !ALIAS.test(a)) out.push(`alias ${JSON.stringify(a)} must be 1–8 lowercase letters or digits`);
  }
  if (new Set(aliases).size !== aliases.length) out.push('aliases repeat a name');
  return out;
}

/** A layer as the registry check needs it: where it is defined, its id and its link names. */
export interface RegisteredLayer {
  file: string;
  layer: string;
  aliases?: readonly string[];
}

/**
 * Across every layer: ids are unique, and each alias names one layer and is no
 * layer's id (in a link a layer id wins over an alias, so such an alias would
 * silently open the other layer).
 */
export function layerRegistryProblems(layers: readonly RegisteredLayer[]): DataProblem[] {
  const problems: DataProblem[] = [];
  const idFile = new Map<string, string>();
  for (const { file, layer } of layers) {
    const first = idFile.get(layer);
    if (first !== undefined) problems.push({ file, featureId: '-', problem: `layer "${layer}" is also defined in ${first}` });
    else idFile.set(layer, file);
  }
  const aliasOwner = new Map<string, string>();
  for (const { file, layer, aliases } of layers) {
    for (const alias of Array.isArray(aliases) ? aliases : []) {
      const owner = aliasOwner.get(alias);
      if (idFile.has(alias) && alias !== layer) problems.push({ file, featureId: '-', problem: `alias "${alias}" is the id of another layer` });
      else if (owner !== undefined && owner !== layer) problems.push({ file, featureId: '-', problem: `alias "${alias}" is also used by layer ${owner}` });
      else aliasOwner.set(alias, layer);
    }
  }
  return problems;
}
