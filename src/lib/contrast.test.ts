import { describe, expect, it } from 'vitest';
import { contrastRatio, luminance, readableOn } from './contrast';

describe('WCAG contrast', () => {
  it('matches the known end points and a published pair', () => {
    expect(luminance('#000')).toBe(0);
    expect(luminance('#ffffff')).toBe(1);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2); // the classic "just fails AA" grey
    expect(contrastRatio('#ffffff', '#777777')).toBe(contrastRatio('#777777', '#ffffff'));
  });

  it('keeps a colour that already reads, darkens one that does not until it does', () => {
    expect(readableOn('#1f2937', ['#ffffff'])).toBe('#1f2937');
    const pink = '#cc79a7';
    expect(contrastRatio(pink, '#f4f1ea')).toBeLessThan(4.5);
    const readable = readableOn(pink, ['#ffffff', '#f4f1ea']);
    expect(contrastRatio(readable, '#f4f1ea')).toBeGreaterThanOrEqual(4.5);
    // still pink: the red channel leads, as in the original
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(readable.slice(i, i + 2), 16));
    expect(r).toBeGreaterThan(b);
    expect(b).toBeGreaterThan(g);
  });

  it('refuses what is not a colour', () => {
    expect(() => contrastRatio('red', '#fff')).toThrow(/not a hex colour/);
  });
});
