import { describe, expect, it } from 'vitest';
import { overlapMatrix } from '../analysis/matrix';
import { siteReport } from '../analysis/siteReport';
import { createAnalysisApi } from './analysisApi';
import type { Progress } from '../lib/job';
import { box, siteGrid, zone } from './testing/fixtures';

const sites = siteGrid(400, 20, 0.004, 0.003);

describe('analysis worker API (called directly)', () => {
  it('imports a file from name and bytes', async () => {
    const api = createAnalysisApi();
    const bytes = new TextEncoder().encode(JSON.stringify(box(113.66, 34.75, 0.01))).buffer as ArrayBuffer;
    const r = await api.importFile('a.geojson', bytes);
    expect(r.ok && r.value.sites).toHaveLength(1);
  });

  it('gives the same site report as the plain function, with progress up to the total', async () => {
    const api = createAnalysisApi({ sliceMs: 1 });
    const progress: Progress[] = [];
    const r = await api.siteReport(sites, [zone], {}, (p) => progress.push(p));
    expect(r).toEqual({ ok: true, value: siteReport(sites, [zone]) });
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toEqual({ done: 400, total: 400 });
    expect(progress.every((p, i) => i === 0 || p.done > progress[i - 1].done)).toBe(true);
  });

  it('stops a job when it is cancelled by id', async () => {
    const api = createAnalysisApi({ sliceMs: 1 });
    let seen = 0;
    const r = await api.siteReport(sites, [zone], { jobId: 'j1' }, (p) => {
      seen = p.done;
      api.cancel('j1');
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(seen).toBeLessThan(400);
    api.cancel('no-such-job'); // harmless
  });

  it('computes the overlap matrix of the loaded plan by id, as from the features themselves', async () => {
    const api = createAnalysisApi();
    const plan = [zone, ...sites.slice(90, 120)]; // rows of sites along the zone's south edge
    expect(api.loadPlan(plan)).toBe(31);
    const ids = plan.map((f) => f.properties.id);
    expect(await api.overlapMatrix(ids.slice(1, 4), ['zone'])).toEqual({ ok: true, value: overlapMatrix(plan.slice(1, 4), [zone]) });
    const all = await api.overlapMatrix(ids);
    expect(all).toEqual({ ok: true, value: overlapMatrix(plan) });
    expect(all.ok && all.value.overlaps.length).toBeGreaterThan(0);
  });

  it('says which ids the plan lacks, and that no plan was loaded, instead of guessing', async () => {
    const api = createAnalysisApi();
    expect(await api.overlapMatrix(['zone'])).toMatchObject({ ok: false, error: { message: { en: /not loaded/ } } });
    api.loadPlan([zone]);
    expect(await api.overlapMatrix(['zone'], ['s1', 's2'])).toMatchObject({ ok: false, error: { message: { en: /no s1, s2 in the plan/ } } });
  });
});
