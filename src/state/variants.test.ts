import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Contradiction } from '../data/contradictions';
import type { AtlasManifest, LayerInfo, PlanFeature, PlanProperties } from '../data/types';

// Each test gets fresh modules: the contradictions are fetched once per page, and each test is a new page.
let variants: typeof import('./variants');

const square = (id: string, west: number): PlanFeature => ({
  type: 'Feature',
  geometry: { type: 'Polygon', coordinates: [[[west, 34.7], [west + 0.02, 34.7], [west + 0.02, 34.71], [west, 34.71], [west, 34.7]]] },
  properties: { id, name: id, nameEn: id, layer: 'l', level: 'erqi', statedAreaKm2: 2, sources: [], drawing: { method: { zh: '测试', en: 'test' }, precisionM: 1 } } as PlanProperties,
});
const cite = (line: number) => ({ file: '000_062be593f0ca59e2.txt', lines: `${line}-${line}` });
const CONFLICT = {
  id: 'area-board',
  kind: 'area',
  featureId: 'board',
  variantId: 'board-second-reading',
  detail: '约 6 平方公里 ≠ 564.33 公顷',
  statements: [
    { text: '约 6 平方公里', source: cite(272) },
    { text: '564.33 公顷', source: cite(650) },
  ],
} as Contradiction;

/** The contradictions file answers only when the test says so: the link's request is still in flight until then. */
function holdContradictions() {
  let answer!: () => void;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  vi.stubGlobal('fetch', async () => {
    await answered;
    return new Response(JSON.stringify({ contradictions: [CONFLICT] }));
  });
  return answer;
}

beforeEach(async () => {
  vi.resetModules();
  const { atlas } = await import('./atlasState');
  variants = await import('./variants');
  atlas.value = {
    manifest: { version: 1, layers: [], text: {} } as unknown as AtlasManifest,
    layers: [{ info: { id: 'l' } as LayerInfo, data: { type: 'FeatureCollection', features: [square('board', 113.6), square('board-second-reading', 113.61)] } }],
  };
});
afterEach(() => vi.unstubAllGlobals());

describe("a link's two boundary readings (vr=)", () => {
  it('draws both readings once the list of disagreements arrives, and refuses a reading no disagreement has', async () => {
    const { showVariantsOfReading, shownVariants } = variants;
    const answer = holdContradictions();
    const shown = showVariantsOfReading('board-second-reading', { fit: false });
    expect(shownVariants.value).toBeNull();
    answer();
    expect(await shown).toBe(true);
    expect(shownVariants.value?.id).toBe('area-board');
    expect(await showVariantsOfReading('board', { fit: false })).toBe(false);
    expect(shownVariants.value?.id).toBe('area-board'); // what was drawn stays
  });

  it('leaves the map as the user set it when they hid the readings before the list arrived', async () => {
    const { hideVariants, showVariantsOfReading, shownVariants } = variants;
    const answer = holdContradictions();
    const shown = showVariantsOfReading('board-second-reading', { fit: false });
    hideVariants();
    answer();
    expect(await shown).toBe(true);
    expect(shownVariants.value).toBeNull();
  });
});
