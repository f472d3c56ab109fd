/**
 * The search index the app loads (public/data/search.json, format in src/data/search.ts):
 * every entry a user can find, with the pinyin of its Chinese text computed here, at
 * build time, so the browser needs no pinyin dictionary. To make more things findable
 * (stations, landmarks, roads), pass them as places or add entries before `withPinyin`.
 */
import { pinyin } from 'pinyin-pro';
import type { PlaceLike, SearchEntry, SearchField, SearchIndexFile, SearchTarget } from '../../src/data/search';
import type { PlanCollection, PlanText } from '../../src/data/types';
import type { ProjectFeature } from '../../src/data/projects';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Toneless pinyin syllables of the Chinese characters and latin/digit runs, space-separated; punctuation dropped. */
export function pinyinOf(text: string): string {
  // Whole text at once, so polyphonic characters are read in context (长江路 is chang-jiang).
  return pinyin(text, { toneType: 'none', type: 'array' })
    .map((s) => s.toLowerCase().replace(/ü/g, 'v').replace(/[^a-z0-9]/g, ''))
    .filter((s) => s.length > 0)
    .join(' ');
}

/** Each entry with the pinyin of its text, when the text has Chinese in it. */
export function withPinyin(entries: readonly SearchEntry[]): SearchEntry[] {
  return entries.map((e) => (CJK.test(e.text) ? { ...e, pinyin: pinyinOf(e.text) } : e));
}

export function searchIndexFile(
  collections: readonly PlanCollection[],
  textById: Readonly<Record<string, PlanText>>,
  places: readonly PlaceLike[],
  projects: readonly ProjectFeature[] = [],
): SearchIndexFile {
  return { version: 1, entries: withPinyin(buildSearchEntries(collections, textById, places, projects)) };
}

const compactText = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/**
 * Entries for the planned projects: the plan's name and the English one as names, each common short
 * name (二七万达, 杉杉) as an alias, all leading to the project itself.
 */
function projectEntries(projects: readonly ProjectFeature[]): SearchEntry[] {
  const entries: SearchEntry[] = [];
  for (const project of projects) {
    const p = project?.properties;
    if (!p?.id || !p.name) continue;
    const target: SearchTarget = {
      kind: 'project',
      id: p.id,
      projectKind: p.kind,
      placed: project.geometry !== null,
      ...(p.features[0] ? { feature: p.features[0] } : {}),
      ...(p.features.length > 1 ? { otherFeatures: p.features.length - 1 } : {}),
    };
    const title = { zh: p.name, en: p.nameEn };
    const add = (text: string | undefined, field: SearchField): void => {
      if (text && text.trim()) entries.push({ text, field, target, title });
    };
    add(p.name, 'name');
    add(p.nameEn, 'name');
    for (const short of new Set(p.shortNames)) if (short !== p.name) add(short, 'alias');
  }
  return entries;
}

/**
 * Entries for every feature (Chinese and English name), its aliases and projects (pointing to the
 * feature), every planned project (pointing to the project: a name a record lists that is also a
 * planned project's name leads there, not to the record) and every gazetteer place (pointing to
 * its location). A feature id seen twice is taken once.
 */
export function buildSearchEntries(
  collections: readonly PlanCollection[],
  textById: Readonly<Record<string, PlanText>>,
  places: readonly PlaceLike[],
  projects: readonly ProjectFeature[] = [],
): SearchEntry[] {
  const entries: SearchEntry[] = projectEntries(projects);
  const projectNames = new Set(entries.map((e) => compactText(e.text)));
  const seen = new Set<string>();
  for (const collection of collections) {
    for (const feature of collection.features) {
      const p = feature.properties;
      if (!p?.id || seen.has(p.id)) continue;
      seen.add(p.id);
      const target: SearchTarget = { kind: 'feature', id: p.id, layer: p.layer, level: p.level };
      const title = { zh: p.name, en: p.nameEn };
      const add = (text: string | undefined, field: SearchField): void => {
        if (text && text.trim()) entries.push({ text, field, target, title });
      };
      add(p.name, 'name');
      add(p.nameEn, 'name');
      const text = Object.hasOwn(textById, p.id) ? textById[p.id] : undefined;
      for (const alias of text?.aliases ?? []) add(alias.name, 'alias');
      for (const project of text?.projects ?? []) {
        if (projectNames.has(compactText(project.name))) continue;
        add(project.name, 'project');
        add(project.nameEn, 'project');
      }
    }
  }
  for (const place of places) {
    if (!place?.id || !place.name) continue;
    const target: SearchTarget = {
      kind: 'place',
      id: place.id,
      lon: place.lon,
      lat: place.lat,
      placeKind: place.kind ?? 'place',
      ...(place.detail ? { detail: place.detail } : {}),
      ...(place.detailEn ? { detailEn: place.detailEn } : {}),
    };
    const title = { zh: place.name, en: place.nameEn };
    entries.push({ text: place.name, field: 'place', target, title });
    if (place.nameEn) entries.push({ text: place.nameEn, field: 'place', target, title });
  }
  return entries;
}
