/**
 * Made-up projects for unit tests (NOT plan data): the shape of public/data/projects.geojson
 * (src/data/projects.ts) with round coordinates, so distances can be worked out by hand.
 */
import type { Point } from 'geojson';
import type { ProjectFeature, ProjectGeometry, ProjectKind, ProjectProps } from '../../data/projects';

export function testProject(id: string, geometry: ProjectGeometry | null, props: Partial<ProjectProps> = {}): ProjectFeature {
  const placed = geometry !== null;
  return {
    type: 'Feature',
    geometry,
    properties: {
      id,
      name: `测试项目${id}`,
      nameEn: `Test project ${id}`,
      shortNames: [],
      kind: 'commerce' as ProjectKind,
      features: ['test-board'],
      quotes: [{ text: `建设测试项目${id}。`, source: { file: '000-test.txt', lines: '1-1' } }],
      schedule: [],
      namesPlace: true,
      placed,
      precisionM: placed ? 100 : null,
      evidence: placed ? { zh: '测试证据', en: 'test evidence' } : null,
      unplacedReason: placed ? null : { zh: '无地点', en: 'no place' },
      findings: [],
      ...props,
    },
  };
}

export const point = (lon: number, lat: number): Point => ({ type: 'Point', coordinates: [lon, lat] });
