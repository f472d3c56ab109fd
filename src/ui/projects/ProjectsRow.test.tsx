// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProjectFeature } from '../../data/projects';
import { projectsState, projectsVisible } from '../../state/projects';
import { serveData, startWithFixture } from '../testing/atlasFixture';
import { ProjectsRow } from './ProjectsRow';

function project(id: string, namesPlace: boolean, placed: boolean): ProjectFeature {
  return {
    type: 'Feature',
    geometry: placed ? { type: 'Point', coordinates: [113.66, 34.75] } : null,
    properties: {
      id, name: id, nameEn: id, shortNames: [], kind: 'commerce', features: [], quotes: [{ text: id, source: { file: '000-erqi-plan.md', lines: '1-1' } }],
      schedule: [], namesPlace, placed, precisionM: placed ? 100 : null, evidence: null, unplacedReason: null, findings: [],
    },
  } as ProjectFeature;
}

afterEach(cleanup);
beforeEach(() => {
  serveData({});
  startWithFixture('layers');
  // 2 placed, 1 naming a place but not placed, 3 programmes that name none.
  const features = [project('a', true, true), project('b', true, true), project('c', true, false), project('d', false, false), project('e', false, false), project('f', false, false)];
  projectsState.value = { kind: 'ready', value: { type: 'FeatureCollection', features } };
  projectsVisible.value = true;
});

describe('the 项目 row of the layer panel', () => {
  it('counts what the map draws, as every layer does, and says what the other projects are', () => {
    render(<ProjectsRow />);
    expect(screen.getByTestId('projects-row').querySelector('.layer-row__count')?.textContent).toBe('2');
    expect(screen.getByTestId('projects-count').textContent).toBe('2 / 3 个有地点的项目已定位；另有 3 个是计划、政策等，无地点');
  });
});
