/**
 * The evidence of the road recipes (`road`, `between`, `junction`, `bounded`) in words, for geodata/projects/evidence.json:
 * which references, how many points, how combined, how precise, what was not taken and why. Pure.
 */
import type { Bilingual } from '../../src/lib/bilingual';
import { junctionRecords, locateJunction, pointsOnRoad, type District, type Junction, type RoadRecords } from './roadRecords';
import { locateBoundedSite, locateCorner, MAX_BOUNDED_PRECISION_M, type Corner } from './boundedSite';
import { BIN_M, farthestFromPoints, MAX_BEND_M, MAX_GAP_M, MAX_ROAD_PRECISION_M, MIN_EXTENT_M, MIN_POINTS, traceRoad, type RoadPoint } from './roadTrace';
import type { PlaceEvidence, PlaceRecipe } from './validate/projectList';

export type { District } from './roadRecords';

const SAMPLES = 3;
const zhKm = (m: number) => (m >= 1000 ? `${(m / 1000).toFixed(1)}公里` : `${Math.round(m)}米`);
const km = (m: number) => (m >= 1000 ? `${(m / 1000).toFixed(1)} km` : `${Math.round(m)} m`);
const SOURCES: Record<string, Bilingual> = {
  'road-evidence': { zh: '道路证据点', en: 'road-evidence points' },
  addresses: { zh: '街道地址', en: 'street addresses' },
  'bus-stops-2013': { zh: '2013年公交站', en: '2013 bus stops' },
  'poi-addresses': { zh: '兴趣点地址', en: 'POI addresses' },
};
const ALL_SOURCES = { zh: '道路证据点、街道地址、2013年公交站名、兴趣点地址', en: 'road-evidence points, street addresses, 2013 bus-stop names, POI addresses' };

/** Counts by reference: 「道路证据点 12、兴趣点地址 30」. */
function bySource(points: readonly RoadPoint[]): Bilingual {
  const n = new Map<string, number>();
  for (const p of points) {
    const k = p.from.slice(0, p.from.indexOf(':'));
    n.set(k, (n.get(k) ?? 0) + 1);
  }
  const parts = [...n].map(([k, c]) => ({ zh: `${SOURCES[k]?.zh ?? k} ${c}`, en: `${c} ${SOURCES[k]?.en ?? k}` }));
  return { zh: parts.map((p) => p.zh).join('、'), en: parts.map((p) => p.en).join(', ') };
}
/** A point's record in its reference's words, without the reference's name. */
const label = (p: RoadPoint) => p.from.slice(p.from.indexOf(':') + 2);
const samples = (points: readonly RoadPoint[]) => [...new Set(points.map(label))].slice(0, SAMPLES);
const names = (ns: readonly string[]) => ns.map((n) => `「${n}」`).join('、');

export function roadEvidence(recipe: Extract<PlaceRecipe, { road: unknown }>, records: RoadRecords, d: District): PlaceEvidence {
  const r = recipe.road;
  const points = pointsOnRoad(r.names, records);
  const t = traceRoad(points, d.geometry, d.toleranceM);
  const road = names(r.names);
  const notTaken = {
    zh: [t.outsideDistrict.length && `${d.name}外的 ${t.outsideDistrict.length} 个（他区同名道路或该路区外路段）`, t.offAxis.length && `偏离主轴的 ${t.offAxis.length} 个`, t.otherStretches.length && `与所画路段之间相隔${zhKm(MAX_GAP_M)}以上没有证据点的另一段 ${t.otherStretches.length} 个（不跨过这样的空档连线：线的中段会离任何参考点${zhKm(MAX_GAP_M / 2)}以上）`].filter(Boolean).join('、'),
    en: [t.outsideDistrict.length && `${t.outsideDistrict.length} outside ${d.name} (a namesake in another district, or the road beyond it)`, t.offAxis.length && `${t.offAxis.length} off the axis`, t.otherStretches.length && `${t.otherStretches.length} of another stretch, more than ${km(MAX_GAP_M)} of road with no point away from the one drawn (no line bridges such a gap: its middle would lie more than ${km(MAX_GAP_M / 2)} from any point)`].filter(Boolean).join(', '),
  };
  const detail = { points: points.length, used: t.used.length, outsideDistrict: t.outsideDistrict.length, offAxis: t.offAxis.length, otherStretches: t.otherStretches.length, lengthM: t.lengthM ?? null, p90OffLineM: t.p90M ?? null, ...(t.line ? { farthestFromPointM: t.farthestM, longestGapM: t.gap?.m ?? null } : {}), samples: samples(t.used) };
  if (!t.line) {
    const n = t.used.length;
    const why: Record<typeof t.reason, Bilingual> = {
      none: { zh: `参考资料（${ALL_SOURCES.zh}）中没有位于${road}上的点。`, en: `No reference point (${ALL_SOURCES.en}) lies on ${road}.` },
      outside: { zh: `参考资料中位于${road}上的 ${t.outsideDistrict.length} 个点都在${d.name}之外（他区同名道路或该路区外路段），不采用。`, en: `All ${t.outsideDistrict.length} reference points on ${road} lie outside ${d.name} (a namesake in another district, or the road beyond it): not taken.` },
      few: { zh: `${d.name}内只有 ${n} 个参考点位于${road}上（${bySource(t.used).zh || '无'}），不足 ${MIN_POINTS} 个，连不成线${notTaken.zh ? `；未采用：${notTaken.zh}` : ''}。`, en: `Only ${n} reference point(s) in ${d.name} lie on ${road}${n ? ` (${bySource(t.used).en})` : ''}, fewer than ${MIN_POINTS}: no line${notTaken.en ? `; not taken: ${notTaken.en}` : ''}.` },
      short: { zh: `${d.name}内位于${road}上的 ${n} 个点只覆盖约${zhKm(t.lengthM ?? 0)}，不足${MIN_EXTENT_M}米，连不成线。`, en: `The ${n} points on ${road} in ${d.name} cover only about ${km(t.lengthM ?? 0)}, less than ${MIN_EXTENT_M} m: no line.` },
      bends: { zh: `${d.name}内位于${road}上的 ${n} 个点不沿一条轴线分布（九成离主轴 ${t.p90M} 米以内，超过${MAX_BEND_M}米）：该路转折或成环，不能沿一条轴排序成线。`, en: `The ${n} points on ${road} in ${d.name} do not lie along one axis (90 % within ${t.p90M} m of it, more than ${MAX_BEND_M} m): the road turns or rings, and cannot be ordered along one axis.` },
      spread: { zh: `${d.name}内位于${road}上的点离所连的线九成在 ${t.p90M} 米内，超过±${MAX_ROAD_PRECISION_M}米，只是一条走廊，不画成路线。`, en: `The points on ${road} in ${d.name} lie up to ${t.p90M} m (90 %) from the line through them, more than ±${MAX_ROAD_PRECISION_M} m: a corridor, not a road line.` },
    };
    return { recipe, geometry: null, why: why[t.reason], detail };
  }
  const s = samples(t.used);
  const gap = t.gap;
  return {
    recipe,
    geometry: { type: 'LineString', coordinates: t.line },
    precisionM: t.precisionM,
    evidence: {
      zh: `${r.note?.zh ?? ''}${d.name}内已知位于${road}上的 ${t.used.length} 个参考点（${bySource(t.used).zh}），沿其主轴（方位约${t.bearingDeg}°）排序、每${BIN_M}米取平均连成的线，长约${zhKm(t.lengthM)}；只画出有证据的路段，工程可能更长。点离线九成在 ${t.p90M} 米内；线上任何一处离最近的参考点不超过 ${t.farthestM} 米（两端和点间空档都计入${gap ? `；最长的空档约${zhKm(gap.m)}，在「${label(gap.between[0])}」与「${label(gap.between[1])}」之间` : ''}）；精度取二者中较大的，±${t.precisionM}米，对整条线都成立（站点和地址本身离路中线10–60米）${notTaken.zh ? `；未采用：${notTaken.zh}` : ''}${s.length ? `；示例：${s.join('；')}` : ''}。`,
      en: `${r.note ? `${r.note.en} ` : ''}A line through the ${t.used.length} reference points known to lie on ${road} in ${d.name} (${bySource(t.used).en}), ordered along their axis (bearing about ${t.bearingDeg}°) and averaged every ${BIN_M} m; about ${km(t.lengthM)} long, only the stretch the evidence covers (the works may reach further). 90 % of the points lie within ${t.p90M} m of it, and no part of it lies more than ${t.farthestM} m from the nearest point (its ends and the gaps between points included${gap ? `; the longest gap is about ${km(gap.m)}, between 「${label(gap.between[0])}」 and 「${label(gap.between[1])}」` : ''}); hence ±${t.precisionM} m, the larger of the two, true of the whole line (stops and addresses sit 10–60 m off the centreline)${notTaken.en ? `; not taken: ${notTaken.en}` : ''}${s.length ? `; samples: ${s.join('; ')}` : ''}.`,
    },
    findings: [],
    detail,
  };
}

const junctionWords = (j: Extract<Junction, { position: unknown[] }>): Bilingual => ({
  zh: `${j.used.length} 条记录（${bySource(j.used).zh}）取中位数，±${j.precisionM}米`,
  en: `median of ${j.used.length} record(s) (${bySource(j.used).en}), ±${j.precisionM} m`,
});
const missWhy = (a: string, b: string, j: Extract<Junction, { position: null }>, d: District): Bilingual =>
  j.reason === 'none'
    ? { zh: `参考资料（街道地址、2013年公交站名、兴趣点地址）中没有「${a}」与「${b}」的路口`, en: `no reference (street addresses, 2013 bus-stop names, POI addresses) names the junction of 「${a}」 and 「${b}」` }
    : j.reason === 'outside'
      ? { zh: `「${a}」与「${b}」路口的 ${j.outsideDistrict} 条记录都在${d.name}之外`, en: `all ${j.outsideDistrict} records of the junction of 「${a}」 and 「${b}」 lie outside ${d.name}` }
      : { zh: `「${a}」与「${b}」路口的记录分散约 ${j.spreadM} 米，不是一个路口`, en: `the records of the junction of 「${a}」 and 「${b}」 spread over about ${j.spreadM} m: no one crossing` };

export function junctionEvidence(recipe: Extract<PlaceRecipe, { junction: unknown }>, records: RoadRecords, d: District): PlaceEvidence {
  const [a, b] = recipe.junction.roads;
  const j = locateJunction(junctionRecords(a, b, records), d.geometry, d.toleranceM);
  const detail = { used: j.used.length, outsideDistrict: j.outsideDistrict, samples: samples(j.used) };
  if (!j.position) {
    // No record names both roads: where the lines traced through each road's own points cross (as a bounded site's corner).
    const c = locateCorner(a, b, records, d);
    if (!c.position) {
      const w = missWhy(a, b, j, d);
      const t = cornerWords(c, d);
      const traces = { zh: t.zh.slice(t.zh.indexOf('；') + 1), en: t.en.slice(t.en.indexOf('; ') + 2) };
      return { recipe, geometry: null, why: { zh: `${w.zh}；${traces.zh}。`, en: `${w.en[0].toUpperCase()}${w.en.slice(1)}; ${traces.en}.` }, detail: { ...detail, traced: c.untraced.length ? 'untraced' : 'no crossing' } };
    }
    const w = cornerWords(c, d);
    return {
      recipe, geometry: { type: 'Point', coordinates: c.position }, precisionM: c.precisionM, findings: [], detail: { ...detail, traced: 'crossing', beyondM: c.how === 'traces' ? c.beyondM : 0 },
      evidence: {
        zh: `「${a}」与「${b}」的路口（${d.name}内）：参考资料中没有同时写出两条路的记录，取${w.zh.slice(w.zh.indexOf('：') + 1)}（线的精度加交点超出线端的距离）。`,
        en: `The junction of 「${a}」 and 「${b}」 (in ${d.name}): no reference names both roads, so it is ${w.en.slice(w.en.indexOf(': ') + 2)} (the lines' precision plus how far the crossing lies beyond a line's end).`,
      },
    };
  }
  const words = junctionWords(j);
  const s = samples(j.used);
  return {
    recipe, geometry: { type: 'Point', coordinates: j.position }, precisionM: j.precisionM,
    evidence: { zh: `「${a}」与「${b}」的路口（${d.name}内）：${words.zh}${s.length ? `；示例：${s.join('；')}` : ''}。`, en: `The junction of 「${a}」 and 「${b}」 (in ${d.name}): ${words.en}${s.length ? `; samples: ${s.join('; ')}` : ''}.` },
    findings: [], detail,
  };
}

export function betweenEvidence(recipe: Extract<PlaceRecipe, { between: unknown }>, records: RoadRecords, d: District): PlaceEvidence {
  const { road, from, to } = recipe.between;
  const ends = [from, to].map((x) => ({ x, j: locateJunction(junctionRecords(road, x, records), d.geometry, d.toleranceM) }));
  const detail = { ends: ends.map(({ x, j }) => ({ cross: x, used: j.used.length, outsideDistrict: j.outsideDistrict, samples: samples(j.used) })) };
  const missing = ends.filter((e) => !e.j.position);
  if (missing.length) {
    const ws = missing.map((e) => missWhy(road, e.x, e.j as Extract<Junction, { position: null }>, d));
    return {
      recipe, geometry: null, detail,
      why: {
        zh: `规划只给出两端（${from}至${to}），两端都须定位才画线：${ws.map((w) => w.zh).join('；')}。`,
        en: `The plan gives only the two ends (${from} to ${to}); both must be located to draw it: ${ws.map((w) => w.en).join('; ')}.`,
      },
    };
  }
  const [j1, j2] = ends.map((e) => e.j as Extract<Junction, { position: unknown[] }>);
  // True of every part of the line: its middle lies half its length from either junction.
  const far = farthestFromPoints([j1.position, j2.position], [j1.position, j2.position].map(([lon, lat]) => ({ lon, lat }))).maxM;
  const precisionM = Math.max(j1.precisionM, j2.precisionM, Math.ceil(far / 10) * 10);
  return {
    recipe, geometry: { type: 'LineString', coordinates: [j1.position, j2.position] }, precisionM,
    evidence: {
      zh: `「${road}」在「${from}」与「${to}」两个路口之间的直线示意（${d.name}内；「${from}」路口：${junctionWords(j1).zh}；「${to}」路口：${junctionWords(j2).zh}）；实际走向可能弯曲：线的中段离两个路口约 ${far} 米，故精度取±${precisionM}米，对整条线都成立。`,
      en: `A straight line between the junctions of 「${road}」 with 「${from}」 and 「${to}」 (in ${d.name}; 「${from}」: ${junctionWords(j1).en}; 「${to}」: ${junctionWords(j2).en}); the real course may bend: the middle of the line lies about ${far} m from either junction, hence ±${precisionM} m, true of the whole line.`,
    },
    findings: [], detail: { ...detail, farthestFromPointM: far },
  };
}

const cornerName = (c: Corner): Bilingual => ({ zh: `「${c.roads[0]}」与「${c.roads[1]}」`, en: `「${c.roads[0]}」 × 「${c.roads[1]}」` });
function cornerWords(c: Corner, d: District): Bilingual {
  const n = cornerName(c);
  if (c.position && c.how === 'junction') return { zh: `${n.zh}：${c.records} 条路口记录取中位数，±${c.precisionM}米`, en: `${n.en}: median of ${c.records} junction record(s), ±${c.precisionM} m` };
  if (c.position) {
    const beyond = c.beyondM ? { zh: `，交点在所画路段端外约${c.beyondM}米`, en: `, ${c.beyondM} m beyond a drawn stretch's end` } : { zh: '', en: '' };
    return { zh: `${n.zh}：两路参考点连成的线的交点${beyond.zh}，±${c.precisionM}米`, en: `${n.en}: where the lines traced through the two roads' reference points cross${beyond.en}, ±${c.precisionM} m` };
  }
  const j = { none: { zh: '无此路口的记录', en: 'no record names this junction' }, outside: { zh: `此路口的记录都在${d.name}之外`, en: `its records all lie outside ${d.name}` }, spread: { zh: '此路口的记录过于分散', en: 'its records spread too wide' } }[c.junction];
  const t = c.untraced.length
    ? { zh: `；${names(c.untraced)}在${d.name}内没有可连成线的参考点`, en: `; ${names(c.untraced)} ${c.untraced.length > 1 ? 'have' : 'has'} no reference points in ${d.name} to trace a line through` }
    : { zh: '；两路所连的线（端外延伸不超过300米）不相交', en: '; the two traced lines (reaching at most 300 m beyond their ends) do not cross' };
  return { zh: `${n.zh}：${j.zh}${t.zh}`, en: `${n.en}: ${j.en}${t.en}` };
}

/** A site a web page bounds by named roads: the middle of its located corners (scripts/lib/boundedSite.ts). */
export function boundedEvidence(recipe: Extract<PlaceRecipe, { bounded: unknown }>, records: RoadRecords, d: District): PlaceEvidence {
  const { roads, page } = recipe.bounded;
  const s = locateBoundedSite(roads, records, d);
  const cw = s.corners.map((c) => cornerWords(c, d));
  const says = { zh: `据${page.url}（${page.date}）：${page.says.zh}`, en: `${page.url} (${page.date}): ${page.says.en}` };
  const detail = { corners: s.corners.map((c) => ({ roads: c.roads, located: !!c.position, ...(c.position ? { how: c.how, precisionM: c.precisionM } : { junction: c.junction, untraced: c.untraced }) })), halfDiagonalM: s.halfDiagonalM ?? null };
  if (!s.position) {
    const why = s.why === 'wide'
      ? { zh: `四角相距过远（半对角线约${zhKm(s.halfDiagonalM ?? 0)}，精度将超过±${MAX_BOUNDED_PRECISION_M}米），不是一处地块`, en: `the corners lie too far apart (half-diagonal about ${km(s.halfDiagonalM ?? 0)}, beyond ±${MAX_BOUNDED_PRECISION_M} m): no one site` }
      : { zh: `围合的角点至少要定位三个（或两个对角），而${d.name}内 ${s.corners.length} 个角点只定位了 ${s.corners.filter((c) => c.position).length} 个`, en: `at least three of the corners (or two opposite ones) must be located to enclose it, and ${s.corners.filter((c) => c.position).length} of ${s.corners.length} are located in ${d.name}` };
    return { recipe, geometry: null, detail, why: { zh: `${says.zh}。${why.zh}：${cw.map((w) => w.zh).join('；')}。`, en: `${says.en}. ${why.en[0].toUpperCase()}${why.en.slice(1)}: ${cw.map((w) => w.en).join('; ')}.` } };
  }
  const located = s.corners.filter((c) => c.position);
  return {
    recipe, geometry: { type: 'Point', coordinates: s.position }, precisionM: s.precisionM, detail, findings: [],
    evidence: {
      zh: `${says.zh}。取${d.name}内已定位的 ${located.length} 个角点的中点（${cw.map((w) => w.zh).join('；')}）；精度为中点到最远角点约${s.halfDiagonalM}米加角点精度，取±${s.precisionM}米。`,
      en: `${says.en}. The middle of the ${located.length} corners located in ${d.name} (${cw.map((w) => w.en).join('; ')}); ± the farthest corner's distance from it (about ${s.halfDiagonalM} m) plus the corners' precision: ±${s.precisionM} m.`,
    },
  };
}
