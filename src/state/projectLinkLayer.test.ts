import { describe, expect, it } from 'vitest';
import { decode, encode, type CodecOptions, type UrlState } from './urlCodec';
import { fromLinkLayers, linkLayerAliases, linkLayerIds, PROJECT_LINK_LAYER, toLinkLayers } from './projectLinkLayer';

const PLAN = ['admin-districts', 'erqi-four-zones', 'erqi-six-boards', 'city-core-boards'];
const ALIASES = { 'admin-districts': ['ad'], 'erqi-four-zones': ['e4'], 'erqi-six-boards': ['e6'] };
const OPTIONS: CodecOptions = { layerAliases: linkLayerAliases(ALIASES) };
const DEFAULTS: UrlState = { layers: ['admin-districts', 'erqi-four-zones'], lang: 'zh' };

/** What urlSync does: the visible plan layers and the projects' switch → hash → back. */
const write = (planLayers: string[], projectsOn: boolean, state: UrlState = {}) =>
  encode({ ...state, layers: toLinkLayers(planLayers, projectsOn) }, DEFAULTS, OPTIONS);
const read = (hash: string) => {
  const decoded = decode(hash, DEFAULTS, linkLayerIds(PLAN), [], OPTIONS);
  return { ...fromLinkLayers(decoded.state.layers), notices: decoded.notices };
};

describe('the 项目 layer in a link (l=)', () => {
  it('the default layers with the projects on: written as a short change, read back on', () => {
    const hash = write(['admin-districts', 'erqi-four-zones'], true);
    expect(hash).toBe('v=1&l=+pj');
    expect(read(hash)).toEqual({ planLayers: ['admin-districts', 'erqi-four-zones'], projectsOn: true, notices: [] });
  });

  it('round-trips every combination of plan layers with the projects on and off', () => {
    for (let mask = 0; mask < 2 ** PLAN.length; mask++) {
      const plan = PLAN.filter((_, i) => mask & (1 << i));
      for (const on of [false, true]) {
        const back = read(write(plan, on));
        expect(new Set(back.planLayers)).toEqual(new Set(plan));
        expect(back.projectsOn).toBe(on);
        expect(back.notices).toEqual([]);
      }
    }
  });

  it('projects alone: the plan layers all off and the projects on', () => {
    expect(read('v=1&l=pj')).toEqual({ planLayers: [], projectsOn: true, notices: [] });
    expect(read('v=1&l=projects')).toMatchObject({ planLayers: [], projectsOn: true });
  });

  it('old links, written before the projects were listed, read as before: projects off, the same plan layers', () => {
    expect(read('v=1&l=ad,e4,e6')).toEqual({ planLayers: ['admin-districts', 'erqi-four-zones', 'erqi-six-boards'], projectsOn: false, notices: [] });
    expect(read('v=1&l=-e4')).toEqual({ planLayers: ['admin-districts'], projectsOn: false, notices: [] });
    expect(read('v=1&lg=en')).toEqual({ planLayers: ['admin-districts', 'erqi-four-zones'], projectsOn: false, notices: [] });
    expect(read('')).toMatchObject({ projectsOn: false });
  });

  it('a layer list that turns the projects off writes nothing more than before', () => {
    expect(write(['admin-districts', 'erqi-four-zones'], false)).toBe('');
    for (const plan of [['admin-districts'], ['erqi-six-boards'], PLAN, []]) {
      expect(write(plan, false)).toBe(encode({ layers: plan }, DEFAULTS, { layerAliases: ALIASES }));
    }
  });

  it('an unknown entry beside the projects is ignored with the layers notice, the projects kept', () => {
    const back = read('v=1&l=+pj,+nolayer');
    expect(back.projectsOn).toBe(true);
    expect(back.notices).toEqual(['urlIgnoredLayers']);
  });

  it('never lists the projects twice, nor as a plan layer', () => {
    expect(toLinkLayers(['erqi-four-zones', PROJECT_LINK_LAYER], true)).toEqual(['erqi-four-zones', PROJECT_LINK_LAYER]);
    expect(toLinkLayers(['erqi-four-zones', PROJECT_LINK_LAYER], false)).toEqual(['erqi-four-zones']);
    expect(linkLayerIds([...PLAN, PROJECT_LINK_LAYER]).filter((id) => id === PROJECT_LINK_LAYER)).toHaveLength(1);
    expect(fromLinkLayers(undefined)).toEqual({ planLayers: [], projectsOn: false });
  });
});
