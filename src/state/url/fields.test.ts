import { describe, expect, it } from 'vitest';
import { decode, encode, fieldOfNotice, type CodecOptions, type UrlState } from '../urlCodec';
import { URL_FIELDS } from './fields';

// A small atlas: what the links below may name.
const LAYERS = ['admin-districts', 'erqi-four-zones', 'erqi-six-boards'];
const FEATURES = ['eq-zone-new-district', 'eq-board-shangquan', 'eq-variant-fenghu-box18', 'eq-variant-oct-box16'];
const OPTIONS: CodecOptions = {
  layerAliases: { 'admin-districts': ['ad'], 'erqi-four-zones': ['e4', 'four'] },
  knownStoryIds: ['erqi-layout'],
  knownPanels: ['layers', 'info', 'timeline'],
  knownPlanDocs: ['000', '003'],
};
// Every field has a default here, so "none" is a change too.
const DEFAULTS: UrlState = {
  view: { lon: 113.62, lat: 34.72, zoom: 11 },
  layers: ['admin-districts', 'erqi-four-zones'],
  opacity: { 'admin-districts': 0.6 },
  selected: 'eq-board-shangquan',
  lang: 'zh',
  story: { id: 'erqi-layout', step: 1 },
  basemap: 'offline',
  panel: 'layers',
  reader: { doc: '003', from: 1, to: 1 },
  year: 2020,
  variant: 'eq-variant-oct-box16',
  project: 'prj-erqi-wanda',
};
const dec = (hash: string) => decode(hash, DEFAULTS, LAYERS, FEATURES, OPTIONS);

// Values each field must carry through a link unchanged. Typed so that a new UrlState property fails to compile until it has some.
const SAMPLES: { [P in keyof Required<UrlState>]: UrlState[P][] } = {
  view: [{ lon: 113.65, lat: 34.74, zoom: 13 }, { lon: 113.6543, lat: 34.7412, zoom: 15.5, bearing: -30, pitch: 40 }],
  layers: [['erqi-six-boards'], [], ['admin-districts', 'erqi-four-zones', 'erqi-six-boards'], ['erqi-four-zones']],
  opacity: [{ 'admin-districts': 0.6, 'erqi-four-zones': 0.4 }, { 'admin-districts': 0, 'erqi-six-boards': 1 }],
  selected: ['eq-zone-new-district', undefined],
  lang: ['en'],
  story: [{ id: 'erqi-layout', step: 3 }, undefined],
  basemap: ['online'],
  panel: ['info', 'timeline', undefined],
  reader: [{ doc: '000', from: 264, to: 264 }, { doc: '003', from: 912, to: 920 }, undefined],
  year: [2025, 2035],
  variant: ['eq-variant-fenghu-box18', undefined],
  project: ['prj-shanshan-outlets', undefined],
};

// Values in a link that each field must refuse, by key.
const GARBLED: Record<string, string[]> = {
  m: ['NaN/34.7/113.6', '12/91/113.6', '', '1/2'],
  l: ['no-such-layer', '<script>', '+nope'],
  o: ['e4:250', 'e4', 'zz:50'],
  f: ['no-such-feature', 'javascript:alert(1)'],
  lg: ['fr', 'ZH'],
  s: ['no-story:1', 'erqi-layout:x', 'erqi-layout:12345'],
  b: ['maybe', 'online'],
  p: ['admin', '"><img>'],
  r: ['000:0', '000:20-10', '009:5', '000'],
  y: ['1999', '25', '2025.5', '<b>', ''],
  vr: ['no-such-variant', '"><svg onload=alert(1)>'],
  pj: ['eq-board-shangquan', 'prj-', 'prj-Wanda', '"><svg onload=alert(1)>'],
};

describe('the URL field table', () => {
  it('has one entry per key and per notice, none of them the version key', () => {
    const keys = URL_FIELDS.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).not.toContain('v');
    expect(new Set(URL_FIELDS.map((f) => f.notice)).size).toBe(URL_FIELDS.length);
    for (const f of URL_FIELDS) expect(fieldOfNotice(f.notice)).toBe(f.prop);
    expect(fieldOfNotice('urlIgnoredUnknown')).toBeUndefined();
  });

  for (const field of URL_FIELDS) {
    describe(`${field.key}= (${field.prop})`, () => {
      it('round-trips every sample, written under its own key only', () => {
        const samples = SAMPLES[field.prop] as unknown[];
        expect(samples.length).toBeGreaterThan(0);
        for (const value of samples) {
          const hash = encode({ ...DEFAULTS, [field.prop]: value }, DEFAULTS, OPTIONS);
          expect(hash, JSON.stringify(value)).toMatch(new RegExp(`^v=1&${field.key}=[^&]*$`));
          const { state, notices } = dec(hash);
          expect(notices, hash).toEqual([]);
          expect(state, hash).toEqual({ ...DEFAULTS, [field.prop]: value });
        }
      });

      it('refuses garbled values with its notice, keeping its default and the other fields of the link', () => {
        const garbled = GARBLED[field.key];
        expect(garbled?.length, `GARBLED needs values for ${field.key}=`).toBeGreaterThan(0);
        const other = field.key === 'lg' ? 'b=on' : 'lg=en';
        for (const text of garbled) {
          const hash = `v=1&${other}&${field.key}=${encodeURIComponent(text)}`;
          const { state, notices } = dec(hash);
          expect(notices, hash).toEqual([field.notice]);
          expect(state[field.prop], hash).toEqual(DEFAULTS[field.prop]);
          if (field.key === 'lg') expect(state.basemap).toBe('online');
          else expect(state.lang).toBe('en');
        }
      });
    });
  }

  it('an unknown or misspelled field gives a notice and loses none of the known ones', () => {
    const everything = Object.fromEntries(URL_FIELDS.map((f) => [f.prop, (SAMPLES[f.prop] as unknown[])[0]])) as UrlState;
    const hash = encode(everything, DEFAULTS, OPTIONS);
    for (const extra of ['zz=1', 'layers=e4', 'y2=2030', 'hello', 'm']) {
      const { state, notices } = dec(`${hash}&${extra}`);
      expect(notices, extra).toEqual(['urlIgnoredUnknown']);
      expect(state, extra).toEqual(everything);
    }
  });
});
