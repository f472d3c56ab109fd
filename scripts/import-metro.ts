/**
 * `npm run data:metro`: copies Zhengzhou's metro lines and stations (2025-01 snapshot) from the
 * reference folder beside the checkout into geodata/orientation/, keeping only what the map and
 * search show. Run once when the reference changes; the app and tests read the committed copy.
 *
 * Source: metromancn/MetroMapOpenMiniProgram (MIT), src/data/zz.js, converted GCJ-02 → WGS-84
 * with gcoord (±30–60 m). Lines are straight segments between station centres, not the track.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, LineString, Point } from 'geojson';
import { featureLines, GEODATA } from './geodataFiles';
import { lineNameEn, stationNameEn } from './lib/metroNames';

/** The reference folder beside the checkout; REFERENCE_DIR points elsewhere (e.g. from a git worktree). */
const REFERENCE = process.env.REFERENCE_DIR ? `${process.env.REFERENCE_DIR.replace(/\/$/, '')}/` : fileURLToPath(new URL('../../shared/reference/', import.meta.url));

type Raw<G extends Point | LineString> = FeatureCollection<G, Record<string, unknown>>;
const read = <G extends Point | LineString>(file: string) => JSON.parse(readFileSync(REFERENCE + file, 'utf8')) as Raw<G>;

const stations = read<Point>('zhengzhou-metro-stations-2025-wgs84.geojson');
const lines = read<LineString>('zhengzhou-metro-lines-2025-wgs84.geojson');

const stationOut = {
  type: 'FeatureCollection',
  features: stations.features.map((f, i) => {
    const name = String(f.properties.name);
    return {
      type: 'Feature',
      properties: {
        id: `metro-station-${i + 1}`,
        name,
        nameEn: stationNameEn(name, String(f.properties.pinyin ?? '')),
        lines: String(f.properties.lines).split(',').map((l) => l.trim()),
      },
      geometry: f.geometry,
    };
  }),
};
const lineOut = {
  type: 'FeatureCollection',
  features: lines.features.map((f, i) => ({
    type: 'Feature',
    properties: { id: `metro-line-${i + 1}`, name: String(f.properties.name), nameEn: lineNameEn(String(f.properties.name)), color: String(f.properties.color) },
    geometry: f.geometry,
  })),
};
writeFileSync(`${GEODATA}orientation/metro-stations.geojson`, featureLines(stationOut));
writeFileSync(`${GEODATA}orientation/metro-lines.geojson`, featureLines(lineOut));
console.log(`wrote geodata/orientation: ${stationOut.features.length} stations, ${lineOut.features.length} lines`);
