import { describe, expect, it } from 'vitest';
import { convertArea, formatArea, formatLength, formatShare, fromKm2, M2_PER } from './units';

describe('area units', () => {
  it('converts between km², ha, 亩 and m²', () => {
    expect(fromKm2(1, 'ha')).toBeCloseTo(100, 10);
    expect(fromKm2(1, 'mu')).toBeCloseTo(1500, 8);
    expect(M2_PER.mu).toBeCloseTo(666.67, 2);
    expect(convertArea(15, 'mu', 'ha')).toBeCloseTo(1, 10);
    expect(convertArea(2.5, 'ha', 'm2')).toBeCloseTo(25_000, 8);
  });
});

describe('formatting', () => {
  it('picks km² for district sizes and ha for sites, with about three significant digits', () => {
    expect(formatArea(12.345, 'en')).toBe('12.3 km²');
    expect(formatArea(0.5, 'zh')).toBe('0.500 平方公里');
    expect(formatArea(0.0234, 'en')).toBe('2.34 ha');
    expect(formatArea(159.93, 'zh')).toBe('160 平方公里');
  });

  it('formats 亩 with grouping when asked', () => {
    expect(formatArea(1, 'zh', { unit: 'mu' })).toBe('1,500 亩');
    expect(formatArea(1, 'en', { unit: 'mu', decimals: 1 })).toBe('1,500.0 mu');
  });

  it('formats lengths in m below a kilometre and km above', () => {
    expect(formatLength(850.4, 'en')).toBe('850 m');
    expect(formatLength(1250, 'zh')).toBe('1.25 公里');
  });

  it('never shows a tiny overlap as 0.0%', () => {
    expect(formatShare(0.5, 'en')).toBe('50.0%');
    expect(formatShare(0.0004, 'en')).toBe('<0.1%');
    expect(formatShare(0, 'en')).toBe('0.0%');
  });
});
