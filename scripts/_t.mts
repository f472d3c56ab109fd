import { readFileSync } from 'node:fs';
import { placeNameEn } from './lib/placeNameRomanisation';
const d = JSON.parse(readFileSync('/work/shared/reference/zhengzhou-metro-stations-2025-wgs84.geojson','utf8'));
const out = d.features.map((f:any) => { const n=f.properties.name.replace(/[（(].*[)）]$/,''); const p = String(f.properties.pinyin).replace(/[0-9]+$|zx$/,''); try { return n + ' ' + placeNameEn(n, p);} catch(e:any) { return n+' ERR '+e.message; } });
console.log(out.join('\n'));
