import { describe, expect, it } from 'vitest';
import type { DataProblem, PlacesFile, ZoneFile } from '../src/data/types';
import { ADMIN_FILE, listFiles, readJson } from './geodataFiles';
import { landmarks, LANDMARK_NAMES_FILE, ROADS_FILE, type LandmarkNames, type RoadRecipe } from './lib/orientation';
import { placeNameEn } from './lib/placeNameRomanisation';
import { bilingualStrings, roadsNotByTheRules, spelledOtherwise, translatedTwoWays, type Named } from './lib/placeNameSpellings';

describe('one place, one English spelling', () => {
  const road: Named = { zh: '中原路', en: 'Zhongyuan Lu', where: 'roads' };
  it('finds a name that writes a place otherwise than the map, matching the longer place first', () => {
    const places = [road, { zh: '中原西路', en: 'Zhongyuan Xilu', where: 'roads' }, { zh: '二七区', en: 'Erqi District', where: 'districts' }];
    expect(
      spelledOtherwise(places, [
        { zh: '中原路绿廊', en: 'Zhongyuan Lu green corridor', where: 'a' },
        { zh: '中原西路绿廊', en: 'Zhongyuan Xilu green corridor', where: 'b' },
        { zh: '中原路5G科技服务中心', en: 'Zhongyuan Road 5G technology service centre', where: 'c' },
        { zh: '二七区规划时间线', en: "Erqi's plan timeline", where: 'd' },
        { zh: '中原路绿廊', en: 'Zhongyuan lu green corridor', where: 'e' },
      ]),
    ).toEqual([
      'c: 中原路5G科技服务中心 "Zhongyuan Road 5G technology service centre" does not write 中原路 as roads does ("Zhongyuan Lu")',
      `d: 二七区规划时间线 "Erqi's plan timeline" does not write 二七区 as districts does ("Erqi District")`,
      'e: 中原路绿廊 "Zhongyuan lu green corridor" does not write 中原路 as roads does ("Zhongyuan Lu")',
    ]);
  });
  it('with quoted, lets an English quote the place in Chinese', () => {
    const note = { zh: '沿中原路', en: 'along 中原路 (bus stops)', where: 'note' };
    expect(spelledOtherwise([road], [note])).toHaveLength(1);
    expect(spelledOtherwise([road], [note], { quoted: true })).toEqual([]);
  });
  it("collects a record file's bilingual strings wherever they are nested", () => {
    const file = { a: { boundaryText: { text: '西至铭功路', en: 'West to Minggong Road', source: {} }, projects: [{ name: '铭功路', nameEn: 'Minggong Road', note: { zh: '专栏', en: 'Box' } }] } };
    expect(bilingualStrings(file, 'f').map((n) => `${n.where} ${n.zh} ${n.en}`)).toEqual([
      'f.a.boundaryText 西至铭功路 West to Minggong Road',
      'f.a.projects[0] 铭功路 Minggong Road',
      'f.a.projects[0].note 专栏 Box',
    ]);
  });
  it('finds roads written otherwise than the rules, and road phrases whose road the Chinese does not name', () => {
    expect(
      roadsNotByTheRules([
        { zh: '西至铭功路', en: 'West to Minggong Road', where: 'a' },
        { zh: '西至铭功路', en: 'West to Minggong Lu', where: 'b' },
        { zh: '嵩山南路', en: 'Songshan Road', where: 'c' },
      ]),
    ).toEqual(['a: "Minggong Road" (铭功路) is written "Minggong Lu" by the place-name rules', 'c: "Songshan Road" names no road of its Chinese: 嵩山南路']);
  });
  it('finds one plan name translated two ways', () => {
    expect(
      translatedTwoWays([
        { zh: '二七商圈', en: 'Erqi Business Circle', where: 'layer' },
        { zh: '二七商圈', en: 'Erqi Square shopping district', where: 'story' },
        { zh: '二七新区', en: 'Erqi New District', where: 'layer' },
        { zh: '二七新区', en: 'Erqi New District', where: 'story' },
      ]),
    ).toEqual(['二七商圈: "Erqi Business Circle" (layer) vs "Erqi Square shopping district" (story)']);
  });
});

interface StoryFile {
  title: { zh: string; en: string };
  steps: { title: { zh: string; en: string } }[];
}

/** What the English view shows, read from the committed data: the places the map names, and the names that may contain them. */
function committedNames(): { places: Named[]; names: Named[]; featureNames: Named[]; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const places: Named[] = [];
  for (const r of readJson<{ roads: RoadRecipe[] }>(ROADS_FILE, problems)?.roads ?? []) places.push({ zh: r.name, en: placeNameEn(r.name), where: 'the road on the map' });
  const gazetteer = listFiles('places', '.json').flatMap((f) => readJson<PlacesFile>(f, problems)?.places ?? []);
  const marks = landmarks(gazetteer, readJson<LandmarkNames>(LANDMARK_NAMES_FILE, problems));
  for (const m of marks.landmarks.features) if (m.properties.nameEn) places.push({ zh: m.properties.name, en: m.properties.nameEn, where: 'the landmark on the map' });
  for (const d of readJson<{ features: { properties: { name: string; nameEn: string } }[] }>(ADMIN_FILE, problems)?.features ?? []) {
    places.push({ zh: d.properties.name, en: d.properties.nameEn, where: 'the district' });
  }

  const names: Named[] = [];
  const featureNames: Named[] = [];
  const nameOf = new Map<string, string>();
  for (const file of listFiles('zones', '.json')) {
    const zone = readJson<ZoneFile>(file, problems);
    if (!zone) continue;
    names.push({ zh: zone.title.zh, en: zone.title.en, where: `${file} title` });
    for (const f of zone.features) {
      nameOf.set(f.id, f.name);
      const named = { zh: f.name, en: f.nameEn, where: `${file} ${f.id}` };
      featureNames.push(named);
      // Water is a place: written by the place-name rules like the map's (常庄水库 Changzhuang Shuiku).
      if (/-water$/.test(zone.layer)) places.push({ zh: f.name, en: placeNameEn(f.name), where: 'the map (the place-name rules)' });
    }
  }
  const labels = readJson<Record<string, { zh?: string; en: string }>>('labels.json', problems) ?? {};
  for (const [id, l] of Object.entries(labels)) names.push({ zh: l.zh ?? nameOf.get(id) ?? '', en: l.en, where: `labels.json ${id}` });
  for (const file of listFiles('stories', '.json')) {
    const story = readJson<StoryFile>(file, problems);
    if (!story) continue;
    names.push({ zh: story.title.zh, en: story.title.en, where: `${file} title` });
    story.steps.forEach((s, i) => featureNames.push({ zh: s.title.zh, en: s.title.en, where: `${file} step ${i + 1}` }));
  }
  return { places, names: [...names, ...featureNames], featureNames, problems };
}

/** The records' English: plan text and its translation, notes, projects and their reasons (geodata/text, zones, stories, projects). */
function recordStrings(problems: DataProblem[]): Named[] {
  const files = [...['text', 'zones', 'stories', 'projects'].flatMap((d) => listFiles(d, '.json')), 'timeline.json', 'layouts.json', 'labels.json'];
  return files.flatMap((f) => bilingualStrings(readJson<unknown>(f, problems), f));
}

describe('the English view of the committed data', () => {
  const { places, names, featureNames, problems } = committedNames();
  it('reads the data', () => {
    expect(problems).toEqual([]);
    expect(places.length).toBeGreaterThan(50);
    expect(names.length).toBeGreaterThan(100);
  });
  it('writes every place in a layer, label or story name as the map writes it', () => {
    expect(spelledOtherwise(places, names)).toEqual([]);
  });
  it("writes every road in the records' English as the place-name rules do, and every road the map draws as the map does", () => {
    const records = recordStrings(problems);
    expect(records.length).toBeGreaterThan(1000);
    expect(roadsNotByTheRules(records)).toEqual([]);
    const roads = places.filter((p) => p.where === 'the road on the map');
    expect(spelledOtherwise(roads, records, { quoted: true })).toEqual([]);
  });
  it('translates a plan area named as a story step the same as on its layer', () => {
    // Only names that stand for one thing: a step titled with a feature's exact Chinese name, or two features so named.
    const features = new Set(featureNames.filter((n) => !n.where.includes(' step ')).map((n) => n.zh));
    expect(translatedTwoWays(featureNames.filter((n) => features.has(n.zh)))).toEqual([]);
  });
});
