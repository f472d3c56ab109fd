import { describe, expect, it } from 'vitest';
import { createPrng, type Prng } from '../lib/prng';
import {
  coordDecimals,
  decode,
  encode,
  MIGRATIONS,
  URL_NOTICE_TEXT,
  type CodecOptions,
  type UrlState,
} from './urlCodec';

const LAYERS = [
  'admin-districts',
  'erqi-four-zones',
  'erqi-six-cores',
  'erqi-support-points',
  'zhongyuan-three-cores',
  'zhongyuan-six-areas',
  'city-axes',
  'city-corridors',
];
const ALIASES: Record<string, readonly string[]> = {
  'admin-districts': ['ad'],
  'erqi-four-zones': ['e4'],
  'erqi-six-cores': ['e6', 'e6old'],
  'erqi-support-points': ['ep'],
  'zhongyuan-three-cores': ['z3'],
  'zhongyuan-six-areas': ['z6'],
};
const FEATURES = ['erqi-new-district', 'erqi-square-core', 'zhongyuan-sci-tech-city', 'mawu-kangyang'];
const STORIES = ['erqi-tour', 'city-overview'];
const PANELS = ['info', 'layers', 'search', 'import'];
const OPTIONS: CodecOptions = { layerAliases: ALIASES, knownStoryIds: STORIES, knownPanels: PANELS };

const DEFAULTS: UrlState = {
  view: { lon: 113.62, lat: 34.72, zoom: 11 },
  layers: ['admin-districts', 'erqi-four-zones', 'zhongyuan-three-cores'],
  opacity: { 'admin-districts': 0.6 },
  lang: 'zh',
  basemap: 'offline',
};

const dec = (hash: string, defaults: UrlState = DEFAULTS) => decode(hash, defaults, LAYERS, FEATURES, OPTIONS);

/** How far (in screen pixels at the view's zoom, 512 px tiles) two lon/lat pairs are apart. */
function pixelError(a: { lon: number; lat: number }, b: { lon: number; lat: number }, zoom: number): number {
  const pxPerDeg = (512 * 2 ** zoom) / 360;
  const latScale = 1 / Math.cos((a.lat * Math.PI) / 180); // Mercator stretches latitude
  return Math.max(Math.abs(a.lon - b.lon) * pxPerDeg, Math.abs(a.lat - b.lat) * pxPerDeg * latScale);
}

function randomState(r: Prng): UrlState {
  const state: UrlState = {};
  if (r.chance(0.8)) {
    state.view = { lon: r.range(112.7, 114.3), lat: r.range(34.2, 35.0), zoom: r.range(0, 22) };
    if (r.chance(0.3)) state.view.bearing = r.range(-179.9, 180);
    if (r.chance(0.3)) state.view.pitch = r.range(0, 85);
  }
  if (r.chance(0.7)) state.layers = LAYERS.filter(() => r.chance(0.5));
  if (r.chance(0.5)) {
    state.opacity = {};
    for (const id of LAYERS) if (r.chance(0.3)) state.opacity[id] = r.next();
  }
  if (r.chance(0.5)) state.selected = r.pick(FEATURES);
  if (r.chance(0.5)) state.lang = r.pick(['zh', 'en'] as const);
  if (r.chance(0.3)) state.story = { id: r.pick(STORIES), step: r.int(40) };
  if (r.chance(0.5)) state.basemap = r.pick(['offline', 'online'] as const);
  if (r.chance(0.4)) state.panel = r.pick(PANELS);
  if (r.chance(0.4)) {
    const from = 1 + r.int(900);
    state.reader = { doc: r.pick(['000', '003']), from, to: from + (r.chance(0.5) ? 0 : r.int(20)) };
  }
  if (r.chance(0.4)) state.year = 2000 + r.int(40);
  return state;
}

describe('round trip', () => {
  it('keeps every field of 2 000 random states (view within a pixel, opacity within 1 %)', () => {
    const r = createPrng(20240611);
    for (let i = 0; i < 2000; i++) {
      const state = randomState(r);
      const hash = encode(state, DEFAULTS, OPTIONS);
      const { state: back, notices } = dec(`#${hash}`);
      const context = `state ${JSON.stringify(state)} hash ${hash}`;
      expect(notices, context).toEqual([]);
      if (hash !== '') expect(hash.startsWith('v=1'), context).toBe(true);

      const view = state.view ?? DEFAULTS.view!;
      expect(Math.abs(back.view!.zoom - view.zoom), context).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(pixelError(back.view!, view, view.zoom), context).toBeLessThanOrEqual(1);
      const bearingDiff = Math.abs((back.view!.bearing ?? 0) - (view.bearing ?? 0));
      expect(Math.min(bearingDiff, 360 - bearingDiff), context).toBeLessThanOrEqual(0.05 + 1e-9);
      expect(Math.abs((back.view!.pitch ?? 0) - (view.pitch ?? 0)), context).toBeLessThanOrEqual(0.5);

      expect(new Set(back.layers), context).toEqual(new Set(state.layers ?? DEFAULTS.layers));
      const expectedOpacity = { ...DEFAULTS.opacity, ...state.opacity };
      expect(Object.keys(back.opacity ?? {}).sort(), context).toEqual(Object.keys(expectedOpacity).sort());
      for (const [id, value] of Object.entries(expectedOpacity)) {
        expect(Math.abs(back.opacity![id] - value), context).toBeLessThanOrEqual(0.005 + 1e-9);
      }
      expect(back.selected, context).toBe(state.selected);
      expect(back.lang, context).toBe(state.lang ?? DEFAULTS.lang);
      expect(back.story, context).toEqual(state.story);
      expect(back.basemap, context).toBe(state.basemap ?? DEFAULTS.basemap);
      expect(back.panel, context).toBe(state.panel);

      // A decoded state re-encodes to the very same link (sharing a shared link does not drift).
      expect(encode(back, DEFAULTS, OPTIONS), context).toBe(hash);
    }
  });

  it('can express "nothing" where the defaults have something', () => {
    const defaults: UrlState = { ...DEFAULTS, selected: 'erqi-new-district', story: { id: 'erqi-tour', step: 2 }, panel: 'info' };
    const state: UrlState = { ...defaults, layers: [], selected: undefined, story: undefined, panel: undefined };
    const hash = encode(state, defaults, OPTIONS);
    expect(hash).toBe('v=1&l=&f=&s=&p=');
    const back = dec(hash, defaults).state;
    expect(back.layers).toEqual([]);
    expect(back.selected).toBeUndefined();
    expect(back.story).toBeUndefined();
    expect(back.panel).toBeUndefined();
  });

  it('writes short aliases when the table has them and plain ids otherwise', () => {
    const hash = encode({ layers: ['erqi-four-zones', 'city-axes'], opacity: { 'city-axes': 0.4 } }, {}, OPTIONS);
    expect(hash).toBe('v=1&l=e4,city-axes&o=city-axes:40');
    expect(dec(hash).state.layers).toEqual(['erqi-four-zones', 'city-axes']);
    // plain ids are accepted too, e.g. a link typed by hand
    expect(dec('v=1&l=erqi-four-zones,z3').state.layers).toEqual(['erqi-four-zones', 'zhongyuan-three-cores']);
  });

  it('reads every alias of a layer and writes its first', () => {
    const { state, notices } = dec('v=1&l=e6old,e4&o=e6old:30');
    expect(notices).toEqual([]);
    expect(state.layers).toEqual(['erqi-six-cores', 'erqi-four-zones']);
    expect(state.opacity?.['erqi-six-cores']).toBe(0.3);
    expect(encode(state, DEFAULTS, OPTIONS)).toBe('v=1&l=e6,e4&o=e6:30');
  });
});

describe('precision follows zoom', () => {
  it('uses more decimals when zoomed in, fewer when zoomed out', () => {
    expect(coordDecimals(0)).toBeLessThanOrEqual(1);
    expect(coordDecimals(10)).toBe(4);
    expect(coordDecimals(18)).toBeGreaterThanOrEqual(6);
    const far = encode({ view: { lon: 113.654321987, lat: 34.745678912, zoom: 5 } }, {});
    const near = encode({ view: { lon: 113.654321987, lat: 34.745678912, zoom: 17 } }, {});
    expect(far).toBe('v=1&m=5/34.75/113.65');
    expect(near).toBe('v=1&m=17/34.745679/113.654322');
  });

  it('writes bearing only when turned and pitch only when tilted; normalises bearing', () => {
    expect(encode({ view: { lon: 113.6, lat: 34.7, zoom: 12, bearing: 0, pitch: 0 } }, {})).toBe('v=1&m=12/34.7/113.6');
    expect(encode({ view: { lon: 113.6, lat: 34.7, zoom: 12, bearing: 370 } }, {})).toBe('v=1&m=12/34.7/113.6/10');
    expect(encode({ view: { lon: 113.6, lat: 34.7, zoom: 12, pitch: 45 } }, {})).toBe('v=1&m=12/34.7/113.6/0/45');
  });
});

describe('defaults are omitted', () => {
  it('encodes the defaults as an empty hash', () => {
    expect(encode(DEFAULTS, DEFAULTS, OPTIONS)).toBe('');
    expect(encode({}, DEFAULTS, OPTIONS)).toBe('');
  });

  it('writes only the field that changed', () => {
    expect(encode({ ...DEFAULTS, lang: 'en' }, DEFAULTS, OPTIONS)).toBe('v=1&lg=en');
    expect(encode({ ...DEFAULTS, basemap: 'online' }, DEFAULTS, OPTIONS)).toBe('v=1&b=on');
    // same layers in another order are the same set
    expect(encode({ ...DEFAULTS, layers: [...DEFAULTS.layers!].reverse() }, DEFAULTS, OPTIONS)).toBe('');
    // a view that rounds to the default view is not written
    expect(encode({ ...DEFAULTS, view: { lon: 113.620001, lat: 34.719999, zoom: 11.001 } }, DEFAULTS, OPTIONS)).toBe('');
    // opacity equal to the default (to 1 %) is not written, a new one is
    expect(encode({ ...DEFAULTS, opacity: { 'admin-districts': 0.601, 'erqi-four-zones': 0.5 } }, DEFAULTS, OPTIONS)).toBe(
      'v=1&o=e4:50',
    );
  });

  it('an empty hash decodes to the defaults with no notices', () => {
    for (const hash of ['', '#', '#&&']) {
      const { state, notices } = dec(hash);
      expect(state).toEqual(DEFAULTS);
      expect(notices).toEqual([]);
    }
  });

  it('does not hand out the defaults object itself (the caller may mutate the state)', () => {
    const { state } = dec('');
    state.layers!.push('city-axes');
    expect(DEFAULTS.layers).not.toContain('city-axes');
  });
});

describe('length', () => {
  it('a typical shared state stays under 120 characters', () => {
    // zoomed into a board, turned, two layers switched, one faded, a feature open, in English
    const typical: UrlState = {
      view: { lon: 113.6412345, lat: 34.7312345, zoom: 14.37, bearing: -17.3 },
      layers: ['admin-districts', 'erqi-four-zones', 'erqi-six-cores', 'city-axes'],
      opacity: { 'erqi-four-zones': 0.65 },
      selected: 'zhongyuan-sci-tech-city',
      lang: 'en',
      panel: 'info',
    };
    const hash = encode(typical, DEFAULTS, OPTIONS);
    expect(hash.length).toBeLessThan(120);
    expect(dec(hash).notices).toEqual([]);
  });

  it('even with every field set the link stays short enough to paste (< 160)', () => {
    const everything: UrlState = {
      view: { lon: 113.6412345, lat: 34.7312345, zoom: 16.37, bearing: -17.3, pitch: 40 },
      layers: ['admin-districts', 'erqi-four-zones', 'erqi-six-cores', 'zhongyuan-three-cores', 'city-axes'],
      opacity: { 'erqi-four-zones': 0.65, 'city-axes': 0.3 },
      selected: 'zhongyuan-sci-tech-city',
      lang: 'en',
      story: { id: 'erqi-tour', step: 3 },
      basemap: 'online',
      panel: 'info',
    };
    expect(encode(everything, DEFAULTS, OPTIONS).length).toBeLessThan(160);
  });

  it('writes a small change to the layers as a change, not the whole list', () => {
    const hash = encode({ ...DEFAULTS, layers: ['admin-districts', 'erqi-four-zones', 'erqi-six-cores'] }, DEFAULTS, OPTIONS);
    expect(hash).toBe('v=1&l=-z3,+e6');
    expect(dec(hash).state.layers).toEqual(['admin-districts', 'erqi-four-zones', 'erqi-six-cores']);
  });

  it('reads a change list with an unknown or unsigned entry by applying only the good entries', () => {
    const { state, notices } = dec('v=1&l=+e6,bogus,+nope,-ad');
    expect(notices).toEqual(['urlIgnoredLayers']);
    expect(state.layers).toEqual(['erqi-four-zones', 'zhongyuan-three-cores', 'erqi-six-cores']);
  });
});

describe('garbage falls back field by field, never throws', () => {
  const cases: [string, string, string[]][] = [
    // [description, hash, expected notices]
    ['script tag as layer list', '#l=<script>alert(1)</script>', ['urlIgnoredLayers']],
    ['encoded script tag', '#v=1&l=%3Cscript%3Ealert(1)%3C%2Fscript%3E', ['urlIgnoredLayers']],
    ['javascript: as selection', '#v=1&f=javascript:alert(1)', ['urlIgnoredSelected']],
    ['quote-breaking panel', '#v=1&p=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', ['urlIgnoredPanel']],
    ['unknown version', '#v=2&m=12/34.7/113.6&lg=en', ['urlIgnoredVersion']],
    ['non-numeric version', '#v=abc', ['urlIgnoredVersion']],
    ['NaN in view', '#v=1&m=NaN/34.7/113.6', ['urlIgnoredView']],
    ['Infinity zoom', '#v=1&m=Infinity/34.7/113.6', ['urlIgnoredView']],
    ['exponent notation', '#v=1&m=1e1/34.7/113.6', ['urlIgnoredView']],
    ['lat over 90', '#v=1&m=12/91/113.6', ['urlIgnoredView']],
    ['lat beyond Mercator', '#v=1&m=12/86/113.6', ['urlIgnoredView']],
    ['lon over 180', '#v=1&m=12/34.7/213.6', ['urlIgnoredView']],
    ['zoom out of range', '#v=1&m=99/34.7/113.6', ['urlIgnoredView']],
    ['negative zoom', '#v=1&m=-1/34.7/113.6', ['urlIgnoredView']],
    ['pitch too steep', '#v=1&m=12/34.7/113.6/0/120', ['urlIgnoredView']],
    ['truncated view', '#v=1&m=12/34.', ['urlIgnoredView']],
    ['too many view parts', '#v=1&m=1/2/3/4/5/6', ['urlIgnoredView']],
    ['empty view', '#v=1&m=', ['urlIgnoredView']],
    ['unknown layer only', '#v=1&l=no-such-layer', ['urlIgnoredLayers']],
    ['opacity over 100', '#v=1&o=e4:250', ['urlIgnoredOpacity']],
    ['opacity negative', '#v=1&o=e4:-5', ['urlIgnoredOpacity']],
    ['opacity unknown layer', '#v=1&o=zz:50', ['urlIgnoredOpacity']],
    ['opacity no value', '#v=1&o=e4', ['urlIgnoredOpacity']],
    ['unknown feature', '#v=1&f=no-such-feature', ['urlIgnoredSelected']],
    ['bad language', '#v=1&lg=fr', ['urlIgnoredLang']],
    ['unknown story', '#v=1&s=no-story:1', ['urlIgnoredStory']],
    ['story step not a number', '#v=1&s=erqi-tour:x', ['urlIgnoredStory']],
    ['story step too big', '#v=1&s=erqi-tour:12345', ['urlIgnoredStory']],
    ['bad basemap', '#v=1&b=maybe', ['urlIgnoredBasemap']],
    ['unknown panel', '#v=1&p=admin', ['urlIgnoredPanel']],
    ['unknown key', '#v=1&zz=1', ['urlIgnoredUnknown']],
    ['prototype key', '#v=1&__proto__=1&constructor=2', ['urlIgnoredUnknown']],
    ['part without =', '#v=1&hello', ['urlIgnoredUnknown']],
    ['broken percent escape', '#v=1&f=%E0%A4%A', ['urlIgnoredUnknown']],
    ['plain words', '#hello world', ['urlIgnoredUnknown']],
    ['query-string style', '#?foo=bar', ['urlIgnoredUnknown']],
    ['legacy with garbage', '#12/abc/113.6', ['urlIgnoredUnknown']],
    ['huge hash', `#v=1&p=${'a'.repeat(5000)}`, ['urlIgnoredHash']],
    ['duplicate key: first wins', '#v=1&lg=en&lg=fr', ['urlIgnoredLang']],
  ];

  for (const [what, hash, expected] of cases) {
    it(`${what}: ${hash.slice(0, 60)}`, () => {
      const { state, notices, ignored } = dec(hash);
      expect(notices).toEqual(expected);
      // whatever was ignored keeps its default
      if (expected.includes('urlIgnoredView') || expected.includes('urlIgnoredHash')) expect(state.view).toEqual(DEFAULTS.view);
      if (expected.includes('urlIgnoredLayers')) expect(state.layers).toEqual(DEFAULTS.layers);
      if (expected.includes('urlIgnoredSelected')) expect(state.selected).toBeUndefined();
      if (expected.includes('urlIgnoredVersion')) expect(state).toEqual(DEFAULTS);
      // what the UI may show about it is harmless
      for (const part of ignored) {
        expect(part.value).not.toMatch(/[<>"'&=()% ]/);
        expect(part.value.length).toBeLessThanOrEqual(40);
      }
    });
  }

  it('keeps the good fields next to a bad one', () => {
    const { state, notices } = dec('#v=1&m=12/999/113.6&lg=en&l=e4,bogus,z6&f=mawu-kangyang');
    expect(notices).toEqual(['urlIgnoredView', 'urlIgnoredLayers']);
    expect(state.view).toEqual(DEFAULTS.view);
    expect(state.lang).toBe('en');
    expect(state.layers).toEqual(['erqi-four-zones', 'zhongyuan-six-areas']);
    expect(state.selected).toBe('mawu-kangyang');
  });

  it('names the ignored layer ids so the UI can list them', () => {
    const { ignored } = dec('#v=1&l=e4,old-layer,<b>');
    expect(ignored).toEqual([
      { key: 'urlIgnoredLayers', value: 'old-layer' },
      { key: 'urlIgnoredLayers', value: '?b?' },
    ]);
  });

  it('survives 3 000 random strings and always yields a usable state', () => {
    const r = createPrng(99);
    const alphabet = 'v=1&m/l,o:fsbpg.-0123456789%#<>"\'\\ \u0000\uffff\ud800二七eqz';
    for (let i = 0; i < 3000; i++) {
      const length = r.int(80);
      let hash = '';
      for (let j = 0; j < length; j++) {
        hash += r.chance(0.8) ? alphabet[r.int(alphabet.length)] : String.fromCharCode(r.int(0x10000));
      }
      let result: ReturnType<typeof dec> | undefined;
      expect(() => (result = dec(hash)), JSON.stringify(hash)).not.toThrow();
      const { state } = result!;
      const v = state.view!;
      expect(v.zoom >= 0 && v.zoom <= 24 && Math.abs(v.lat) <= 85.06 && Math.abs(v.lon) <= 180).toBe(true);
      for (const id of state.layers!) expect(LAYERS).toContain(id);
      for (const [id, o] of Object.entries(state.opacity ?? {})) {
        expect(LAYERS).toContain(id);
        expect(o >= 0 && o <= 1).toBe(true);
      }
      if (state.selected !== undefined) expect(FEATURES).toContain(state.selected);
      expect(['zh', 'en']).toContain(state.lang);
      expect(['offline', 'online']).toContain(state.basemap);
    }
  });

  it('tolerates a non-string argument from untyped callers', () => {
    expect(decode(undefined as unknown as string, DEFAULTS, LAYERS).state).toEqual(DEFAULTS);
  });

  it('has zh and en text for every notice', () => {
    for (const text of Object.values(URL_NOTICE_TEXT)) {
      expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(text.en).toMatch(/^[A-Z]/);
    }
  });
});

describe('legacy links', () => {
  it('reads MapLibre\'s own "#zoom/lat/lon" hash as a v1 view', () => {
    const { state, notices, migratedFrom } = dec('#12.5/34.7467/113.6254');
    expect(notices).toEqual([]);
    expect(migratedFrom).toBe('maplibre-hash');
    expect(state.view).toEqual({ zoom: 12.5, lat: 34.7467, lon: 113.6254 });
    expect(state.layers).toEqual(DEFAULTS.layers);
  });

  it('keeps bearing and pitch of the legacy form and re-encodes it as v1', () => {
    const { state } = dec('#14/34.75/113.66/-30/45');
    expect(state.view).toEqual({ zoom: 14, lat: 34.75, lon: 113.66, bearing: -30, pitch: 45 });
    expect(encode(state, DEFAULTS, OPTIONS)).toBe('v=1&m=14/34.75/113.66/-30/45');
  });

  it('the migration table maps each legacy form to v1 text', () => {
    expect(MIGRATIONS.map((m) => m.from)).toContain('maplibre-hash');
    const m = MIGRATIONS.find((x) => x.from === 'maplibre-hash')!;
    expect(m.matches('12/34.7/113.6')).toBe(true);
    expect(m.matches('v=1&m=12/34.7/113.6')).toBe(false);
    expect(m.toV1('12/34.7/113.6')).toBe('v=1&m=12/34.7/113.6');
  });

  it('an unversioned v1-style hash is read as the current version', () => {
    expect(dec('#lg=en').state.lang).toBe('en');
  });
});

describe('plan reader lines (r=)', () => {
  it('opens the reader at a line or a range of a document, and writes them back the same way', () => {
    expect(dec('#v=1&r=000:264').state.reader).toEqual({ doc: '000', from: 264, to: 264 });
    expect(dec('#v=1&r=003:912-920').state.reader).toEqual({ doc: '003', from: 912, to: 920 });
    expect(encode({ ...DEFAULTS, reader: { doc: '000', from: 264, to: 264 } }, DEFAULTS, OPTIONS)).toBe('v=1&r=000:264');
    expect(encode({ ...DEFAULTS, reader: { doc: '003', from: 912, to: 920 } }, DEFAULTS, OPTIONS)).toBe('v=1&r=003:912-920');
  });

  it('ignores a backwards range, line 0, an unknown document or garbage, with a notice', () => {
    const known = (hash: string) => decode(hash, DEFAULTS, LAYERS, FEATURES, { ...OPTIONS, knownPlanDocs: ['000', '003'] });
    for (const bad of ['r=000:20-10', 'r=000:0', 'r=009:5', 'r=000', 'r=<b>']) {
      const { state, notices } = known(`#v=1&${bad}`);
      expect(state.reader, bad).toBeUndefined();
      expect(notices, bad).toEqual(['urlIgnoredReader']);
    }
  });
});
