/** Checks of the gazetteer (geodata/places/*.json). */
import type { DataProblem } from '../../../src/data/types';
import { isObj, nonEmpty, positionProblems, SLUG } from './common';

const PLACE_KINDS = ['junction', 'landmark', 'facility', 'road-point', 'shore-point', 'estimated'];

/** Problems of a geodata/places/*.json file (ids unique within it; across files the builder checks). */
export function validatePlaces(file: string, data: unknown): DataProblem[] {
  if (!isObj(data) || !Array.isArray(data.places)) return [{ file, featureId: '-', problem: 'expected { "places": [ … ] }' }];
  const problems: DataProblem[] = [];
  const seen = new Set<string>();
  data.places.forEach((p: unknown, i) => {
    const id = isObj(p) && typeof p.id === 'string' && p.id ? p.id : `#${i + 1}`;
    const add = (problem: string) => problems.push({ file, featureId: id, problem });
    if (!isObj(p)) return add('a place must be an object');
    if (typeof p.id !== 'string' || !SLUG.test(p.id)) add(`id ${JSON.stringify(p.id)} is not an ascii slug`);
    else if (seen.has(p.id)) add('id used twice in this file');
    else seen.add(p.id);
    if (!nonEmpty(p.name)) add('name must be a non-empty string');
    if (typeof p.kind !== 'string' || !PLACE_KINDS.includes(p.kind)) add(`kind ${JSON.stringify(p.kind)} must be one of ${PLACE_KINDS.join(', ')}`);
    if (!nonEmpty(p.from)) add('from must name the reference the point was taken from');
    if (!(typeof p.precisionM === 'number' && p.precisionM > 0)) add(`precisionM ${JSON.stringify(p.precisionM)} must be > 0`);
    if (typeof p.lon !== 'number' || typeof p.lat !== 'number') add('lon and lat must be numbers');
    else positionProblems([[p.lon, p.lat]]).forEach(add);
  });
  return problems;
}

