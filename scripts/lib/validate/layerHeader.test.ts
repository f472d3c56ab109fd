import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import type { LayerHeader } from '../../../src/data/types';
import { aliasesProblems, layerRegistryProblems, styleProblems } from './layerHeader';

describe('style', () => {
  it('accepts a complete style and names each bad or unknown key', () => {
    expect(styleProblems({ color: '#0072B2', fillOpacity: 0, visibleByDefault: false, order: -1 })).toEqual([]);
    expect(styleProblems({ color: '#07b', fillOpacity: -0.1, visibleByDefault: 1, order: 'top', colour: '#000000' })).toEqual([
      'style: unknown key(s) colour (allowed: color, fillOpacity, visibleByDefault, order)',
      'style.color "#07b" must be "#rrggbb"',
      'style.fillOpacity -0.1 must be a number from 0 to 1',
      'style.visibleByDefault must be true or false',
      'style.order "top" must be a number (higher draws on top)',
    ]);
    expect(styleProblems(undefined)).toEqual([expect.stringMatching(/^style must be/)]);
  });
});

describe('aliases', () => {
  it('are optional, and otherwise short names a link can hold without escaping', () => {
    expect(aliasesProblems(undefined)).toEqual([]);
    expect(aliasesProblems(['e4', 'erqi4'])).toEqual([]);
    expect(aliasesProblems([])).toHaveLength(1);
    expect(aliasesProblems('e4')).toHaveLength(1);
    // `-`, `+`, `,` and `:` mean something in `l=` and `o=`.
    for (const bad of ['-e4', 'e,4', 'e4:1', 'E4', 'toolongname', '']) expect(aliasesProblems([bad]), bad).toHaveLength(1);
    expect(aliasesProblems(['e4', 'e4'])).toEqual(['aliases repeat a name']);
  });
});

describe('layer registry', () => {
  const layer = (name: string, aliases?: string[]) => ({ file: `zones/${name}.json`, layer: name, aliases });

  it('accepts distinct ids and aliases', () => {
    expect(layerRegistryProblems([layer('erqi-four-zones', ['e4']), layer('erqi-six-boards', ['e6', 'e6b']), layer('admin')])).toEqual([]);
  });

  it('names an alias two layers share, an alias that is another layer\'s id and an id defined twice', () => {
    const problems = layerRegistryProblems([layer('erqi-four-zones', ['x']), layer('erqi-six-boards', ['x']), layer('admin'), layer('city', ['admin']), { ...layer('city'), file: 'zones/city2.json' }]);
    expect(problems.map((p) => `${p.file} › ${p.problem}`)).toEqual([
      'zones/city2.json › layer "city" is also defined in zones/city.json',
      'zones/erqi-six-boards.json › alias "x" is also used by layer erqi-four-zones',
      'zones/city.json › alias "admin" is the id of another layer',
    ]);
  });
});

describe('the atlas\'s own layers', () => {
  const zones = new URL('../../../geodata/zones/', import.meta.url);
  const read = (url: URL) => JSON.parse(readFileSync(url, 'utf8')) as LayerHeader;
  const headers = [...readdirSync(zones).filter((f) => f.endsWith('.json')).map((f) => read(new URL(f, zones))), read(new URL('../../../geodata/admin/layer.json', import.meta.url))];

  // Links shared before the registry moved into the zone files wrote these names; they must keep opening the same layers.
  const PUBLISHED: Record<string, string> = {
    ad: 'admin-districts', e4: 'erqi-four-zones', e6: 'erqi-six-boards', e9: 'erqi-centres', z3: 'zhongyuan-core-boards',
    zs: 'zhongyuan-core-subareas', z8: 'zhongyuan-areas-parks', zg: 'zhongyuan-green-corridors', zw: 'zhongyuan-water',
    cb: 'city-core-boards', cp: 'city-development-pattern', cu: 'city-urban-system', cd: 'city-directions', ca: 'city-pattern-axes',
    ci: 'city-innovation-pillars', ck: 'city-key-design-areas', cg: 'city-green-framework', ch: 'city-green-hearts',
    cc: 'city-culture-belts', es: 'erqi-square-areas', eb: 'erqi-board-structures', zb: 'zhongyuan-board-structures', zn: 'zhongyuan-new-areas',
  };

  it('keep every published link name on its layer', () => {
    const owner = new Map(headers.flatMap((h) => (h.aliases ?? []).map((a) => [a, h.layer] as const)));
    for (const [alias, layerId] of Object.entries(PUBLISHED)) expect(owner.get(alias), alias).toBe(layerId);
  });

  it('pass the registry check', () => {
    expect(layerRegistryProblems(headers.map((h) => ({ file: h.layer, layer: h.layer, aliases: h.aliases })))).toEqual([]);
    for (const h of headers) expect(styleProblems(h.style), h.layer).toEqual([]);
  });
});
