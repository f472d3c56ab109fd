import { expose } from 'comlink';
import { afterAll, describe, expect, it } from 'vitest';
import { overlapMatrix } from '../analysis/matrix';
import { createAnalysisApi } from './analysisApi';
import { createAnalysisClient } from './analysisClient';
import { box, siteGrid, zone } from './testing/fixtures';

// The real protocol over a MessageChannel: what crosses must be cloneable, callbacks proxied.
const channel = new MessageChannel();
expose(createAnalysisApi({ sliceMs: 1 }), channel.port1);
const client = createAnalysisClient(channel.port2);
afterAll(() => {
  channel.port1.close();
  channel.port2.close();
});

const sites = siteGrid(600, 30, 0.003, 0.002);

describe('analysis client over a message channel', () => {
  it('imports a file, handing its bytes to the worker', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify(box(113.66, 34.75, 0.01))).buffer as ArrayBuffer;
    const r = await client.importFile({ name: 'a.geojson', bytes });
    expect(r.ok && r.value.sites[0].properties.id).toBe('a#1');
    expect(bytes.byteLength).toBe(0); // transferred, not copied
  });

  it('reads KML in the worker too, reporting progress', async () => {
    const ring = '113.66,34.75 113.67,34.75 113.67,34.76 113.66,34.75';
    const kml = `<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>塔</name><Polygon><outerBoundaryIs><LinearRing><coordinates>${ring}</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></kml>`;
    const bytes = new TextEncoder().encode(kml).buffer as ArrayBuffer;
    const stages: string[] = [];
    const r = await client.importFile({ name: 'a.kml', bytes }, { onProgress: (p) => stages.push(p.stage) });
    expect(r.ok && r.value.sites[0].properties.name).toBe('塔');
    expect(bytes.byteLength).toBe(0); // transferred to the worker
    await expect.poll(() => stages).toContain('parse');
  });

  it('reports progress through a proxied callback and finishes', async () => {
    const seen: number[] = [];
    const r = await client.siteReport(sites, [zone], { onProgress: (p) => seen.push(p.done) });
    expect(r.ok && r.value.rows).toHaveLength(600);
    expect(seen.length).toBeGreaterThan(0);
  });

  it('cancels through an AbortSignal', async () => {
    const controller = new AbortController();
    const r = await client.siteReport(sites, [zone], { signal: controller.signal, onProgress: () => controller.abort() });
    expect(r).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    const already = await client.overlapMatrix(['s1'], undefined, { signal: controller.signal });
    expect(already).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });

  it('answers a matrix asked for while the plan is still on its way to the worker with that plan', async () => {
    // What the Analyze panel does when a link opens it on the matrix: the prestart's
    // loadPlan and the first request leave together, neither awaited first.
    const first = [zone, ...sites.slice(0, 200)];
    const loading = client.loadPlan(first);
    const matrix = await client.overlapMatrix(first.map((s) => s.properties.id));
    expect(matrix).toEqual({ ok: true, value: overlapMatrix(first) });
    expect(matrix.ok && matrix.value.overlaps.length).toBeGreaterThan(10);
    expect(await loading).toEqual({ ok: true, value: 201 });
    // A new plan replaces the old one for the requests after it.
    const next = [zone, ...sites.slice(0, 50)];
    void client.loadPlan(next);
    expect(await client.overlapMatrix(['zone'], sites.slice(0, 50).map((s) => s.properties.id))).toEqual({ ok: true, value: overlapMatrix([zone], sites.slice(0, 50)) });
  });
});
