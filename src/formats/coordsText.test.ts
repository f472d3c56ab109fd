import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { groupRings, parseCoordsText, readPointLine, readPointsLine } from './coordsText';

describe('readPointLine', () => {
  it('accepts the separators surveyors use', () => {
    for (const line of ['113.66,34.75', '113.66，34.75', '113.66\t34.75', '113.66  34.75', '113.66;34.75']) {
      expect(readPointLine(line)?.point).toEqual([113.66, 34.75]);
    }
  });

  it('skips point labels and point numbers, and drops an elevation', () => {
    expect(readPointLine('J2  3847301.10  38469012.40')?.point).toEqual([3847301.1, 38469012.4]);
    expect(readPointLine('1,3847350.2,38469100.7')?.point).toEqual([3847350.2, 38469100.7]);
    expect(readPointLine('113.6604,34.7533,105.2')?.point).toEqual([113.6604, 34.7533]);
    expect(readPointLine('J1,2,3847276.95,38468905.72')).toEqual({ point: [3847276.95, 38468905.72], ring: 2 });
  });

  it('does not take a header or prose for a point', () => {
    expect(readPointLine('X,Y')).toBeNull();
    expect(readPointLine('点号 X坐标 Y坐标')).toBeNull();
    expect(readPointLine('ring 2')).toBeNull();
  });
});

describe('parseCoordsText', () => {
  it('makes a closed polygon from a header, comments and points', () => {
    const { features } = parseCoordsText('# site A\nx,y\n113.60,34.70\n113.62,34.70\n113.62,34.72\n113.60,34.72\n');
    expect(features).toHaveLength(1);
    const ring = (features[0].geometry as Polygon).coordinates[0];
    expect(ring).toHaveLength(5);
    expect(ring[4]).toEqual(ring[0]);
  });

  it('takes a ring inside another (after a blank line) as its hole, and a ring elsewhere as another site', () => {
    const text = [
      '113.60,34.70', '113.64,34.70', '113.64,34.74', '113.60,34.74', '',
      '113.61,34.71', '113.62,34.71', '113.62,34.72', '113.61,34.72', '',
      '113.70,34.70', '113.71,34.70', '113.71,34.71',
    ].join('\n');
    const { features } = parseCoordsText(text);
    expect(features).toHaveLength(2);
    expect((features[0].geometry as Polygon).coordinates).toHaveLength(2);
    expect((features[1].geometry as Polygon).coordinates).toHaveLength(1);
  });

  it('reads the 勘测定界 format: metadata, parcel headers, 圈号', () => {
    const text = [
      '[属性描述]', '坐标系=2000国家大地坐标系', '几度分带=3', '[地块坐标]',
      '4,0.52,1,甲地块,面,,,,@',
      'J1,1,3847000.0,38468000.0', 'J2,1,3847000.0,38469000.0', 'J3,1,3848000.0,38469000.0', 'J4,1,3848000.0,38468000.0', 'J1,1,3847000.0,38468000.0',
      'J5,2,3850000.0,38470000.0', 'J6,2,3850000.0,38470500.0', 'J7,2,3850500.0,38470500.0', 'J5,2,3850000.0,38470000.0',
      '4,0.1,2,乙地块,面,,,,@',
      'J1,1,3860000.0,38480000.0', 'J2,1,3860000.0,38480300.0', 'J3,1,3860300.0,38480300.0',
    ].join('\r\n');
    const { features, notes } = parseCoordsText(text);
    expect(features.map((f) => f.properties)).toEqual([{ name: '甲地块' }, { name: '乙地块' }]);
    expect(features[0].geometry.type).toBe('MultiPolygon'); // two separate pieces of one parcel
    expect(features[1].geometry.type).toBe('Polygon');
    expect(notes[0].message.zh).toContain('坐标系=2000国家大地坐标系');
  });

  it('skips groups of fewer than three points and says so', () => {
    const { features, notes } = parseCoordsText('1,1\n2,2\n\n0,0\n5,0\n5,5\n');
    expect(features).toHaveLength(1);
    expect(notes.some((n) => n.code === 'text-short-ring')).toBe(true);
  });
});

describe('groupRings', () => {
  it('puts a ring in the ring that contains it', () => {
    const sq = (x: number, y: number, s: number) => [[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]];
    expect(groupRings([sq(0, 0, 10), sq(20, 0, 5), sq(21, 1, 1)]).map((p) => p.length)).toEqual([1, 2]);
  });
});

describe('coordinate text in the forms people paste', () => {
  const square = [[113.6, 34.7], [113.62, 34.7], [113.62, 34.72], [113.6, 34.72], [113.6, 34.7]];
  const ringOf = (text: string) => (parseCoordsText(text).features[0]?.geometry as Polygon | undefined)?.coordinates[0];

  it('one line of x,y pairs, split by spaces, semicolons, bars or commas, or plain pairs of numbers', () => {
    for (const text of [
      '113.60,34.70 113.62,34.70 113.62,34.72 113.60,34.72',
      '113.60,34.70;113.62,34.70;113.62,34.72;113.60,34.72;',
      '113.60,34.70|113.62,34.70|113.62,34.72|113.60,34.72',
      '113.60 34.70, 113.62 34.70, 113.62 34.72, 113.60 34.72',
      '113.60 34.70 113.62 34.70 113.62 34.72 113.60 34.72',
      'POLYGON((113.60 34.70, 113.62 34.70, 113.62 34.72, 113.60 34.72, 113.60 34.70))',
    ]) expect(ringOf(text)).toEqual(square);
  });

  it('full-width digits, commas and semicolons', () => {
    expect(ringOf('１１３．６０，３４．７０；１１３．６２，３４．７０；１１３．６２，３４．７２；１１３．６０，３４．７２')).toEqual(square);
  });

  it('each line of several points is a ring of its own, and a note says how it was read', () => {
    const { features, notes } = parseCoordsText('113.60,34.70 113.64,34.70 113.64,34.74 113.60,34.74\n113.61,34.71 113.62,34.71 113.62,34.72 113.61,34.72\n');
    expect((features[0].geometry as Polygon).coordinates).toHaveLength(2); // the second ring is the first one's hole
    expect(notes.find((n) => n.code === 'text-one-line')?.message.zh).toBe('2 行各含多个点，每行按一个边界读取');
  });

  it('keeps reading one point per line when lines hold a label, a point number or a ring number', () => {
    expect(readPointsLine('J1,1,3847276.95,38468905.72')).toBeNull();
    expect(readPointsLine('113.6604,34.7533,105.2')).toBeNull();
  });
});
