import { describe, expect, it } from 'vitest';
import { composeFeatureStates, featureStateChanges, type FeatureStateInput, type FeatureStates } from './featureStates';

const layers: FeatureStateInput['layers'] = [
  { id: 'admin-districts', featureIds: ['erqi', 'zhongyuan'], dimmable: false },
  { id: 'erqi-four-zones', featureIds: ['a', 'b'], dimmable: true },
  { id: 'erqi-six-boards', featureIds: ['c', 'd'], dimmable: true },
];
const rest: FeatureStateInput = { layers, selectedId: null, timelineLit: [], presenting: false, presenterSpotlight: [], pickedSite: null };
const compose = (over: Partial<FeatureStateInput>) => composeFeatureStates({ ...rest, ...over });
/** id → state, for reading. */
const byId = (states: FeatureStates) => Object.fromEntries([...states.values()].map((s) => [s.id, s.state]));
/** The map after writing `changes` over `shown`, as MapLibre holds it (states merge per feature). */
function written(shown: Record<string, Record<string, boolean>>, changes: ReturnType<typeof featureStateChanges>) {
  const map = structuredClone(shown);
  for (const c of changes) map[c.id] = { ...map[c.id], ...c.state };
  return map;
}

describe('composeFeatureStates', () => {
  it('draws the open record selected and nothing else when no spotlight is on', () => {
    expect(byId(compose({ selectedId: 'c' }))).toEqual({ c: { selected: true, dimmed: false } });
    expect(compose({}).size).toBe(0);
  });

  it('the timeline year lights its areas and dims every other plan feature, not the districts', () => {
    const s = byId(compose({ timelineLit: ['b'] }));
    expect(s.b).toEqual({ selected: true, dimmed: false });
    expect(s.a).toEqual({ selected: false, dimmed: true });
    expect(s.c).toEqual({ selected: false, dimmed: true });
    expect(s.erqi).toBeUndefined();
  });

  it('under a spotlight that leaves the open record out, draws it dimmed like its neighbours, not lit', () => {
    expect(byId(compose({ selectedId: 'c', timelineLit: ['b'] })).c).toEqual({ selected: false, dimmed: true });
    expect(byId(compose({ selectedId: 'b', timelineLit: ['b'] })).b).toEqual({ selected: true, dimmed: false });
  });

  it('while presenting, the presenter spotlight replaces the timeline year', () => {
    const s = byId(compose({ timelineLit: ['b'], presenting: true, presenterSpotlight: ['d'] }));
    expect(s.d).toEqual({ selected: true, dimmed: false });
    expect(s.b).toEqual({ selected: false, dimmed: true });
    expect(compose({ timelineLit: ['b'], presenting: true }).size).toBe(0);
  });

  it('addresses atlas features to their layer source and the picked site to the sites overlay', () => {
    const states = [...compose({ selectedId: 'd', pickedSite: 'f1:7' }).values()];
    expect(states).toContainEqual({ source: 'src:erqi-six-boards', id: 'd', state: { selected: true, dimmed: false } });
    expect(states).toContainEqual({ source: 'ov:sites', id: 'f1:7', state: { picked: true } });
  });

  it("draws the open project's record selected, and lights a year's projects with its areas, dimming the rest", () => {
    const withProjects = [...layers, { id: 'projects', featureIds: ['prj-a', 'prj-b'], dimmable: true }];
    expect(byId(compose({ layers: withProjects, selectedProjectId: 'prj-a' }))).toEqual({ 'prj-a': { selected: true, dimmed: false } });
    const s = byId(compose({ layers: withProjects, timelineLit: ['b'], litProjects: ['prj-b'] }));
    expect(s['prj-b']).toEqual({ selected: true, dimmed: false });
    expect(s['prj-a']).toEqual({ selected: false, dimmed: true });
    expect(s.b).toEqual({ selected: true, dimmed: false });
    expect(s.a).toEqual({ selected: false, dimmed: true });
    expect([...compose({ layers: withProjects, selectedProjectId: 'prj-b' }).values()][0].source).toBe('src:projects');
  });

  it('ignores a selected id no layer has', () => {
    expect(compose({ selectedId: 'gone' }).size).toBe(0);
  });
});

describe('featureStateChanges', () => {
  it('the bug of issue 20: a year that lit the record and a year that does not leave it selected once the timeline closes', () => {
    const steps = [
      compose({ selectedId: 'c' }),
      compose({ selectedId: 'c', timelineLit: ['c'] }),
      compose({ selectedId: 'c', timelineLit: ['a'] }),
      compose({ selectedId: 'c' }),
    ];
    let map: Record<string, Record<string, boolean>> = {};
    for (let i = 0; i < steps.length; i++) map = written(map, featureStateChanges(steps[i - 1] ?? new Map(), steps[i]));
    expect(map.c).toEqual({ selected: true, dimmed: false });
    expect(map.a).toEqual({ selected: false, dimmed: false });
  });

  it('writes only what changed, and puts a feature back at rest with explicit false values', () => {
    const before = compose({ selectedId: 'c', timelineLit: ['b'] });
    const after = compose({ selectedId: 'c', timelineLit: ['a'] });
    const changes = featureStateChanges(before, after);
    expect(changes.map((c) => c.id).sort()).toEqual(['a', 'b']);
    expect(featureStateChanges(after, compose({}))).toContainEqual({ source: 'src:erqi-six-boards', id: 'c', state: { selected: false, dimmed: false } });
    expect(featureStateChanges(after, after)).toEqual([]);
    expect(featureStateChanges(compose({ pickedSite: 'k' }), compose({}))).toEqual([{ source: 'ov:sites', id: 'k', state: { picked: false } }]);
  });
});
