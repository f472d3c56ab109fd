import { describe, expect, it } from 'vitest';
import type { ExportLayer } from '../exportLayers';
import { dxfLayerName, writeDxf } from './dxf';

const layer = (id: string, zh: string): ExportLayer => ({
  id,
  title: { zh, en: id },
  features: [{ type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[113.66, 34.75], [113.67, 34.75], [113.67, 34.76], [113.66, 34.75]]] }, properties: { name: '二七商圈板块' } }],
});

/** The value after a header variable's name in DXF text. */
const header = (dxf: string, name: string) => dxf.split(/\r?\n/).map((l) => l.trim()).find((_, i, lines) => lines[i - 2] === name);

describe('DXF', () => {
  it('UTF-8 is R2007 text with a UTF-8 code page; GBK is R2000 with code page 936 and GBK bytes; both in metres with a Chinese big font', async () => {
    const utf8 = await writeDxf([layer('a', '六核协同')], { crs: 'gk38', encoding: 'utf-8', stem: 'x' });
    const u = new TextDecoder().decode(utf8.bytes);
    expect(header(u, '$ACADVER')).toBe('AC1021');
    expect(header(u, '$DWGCODEPAGE')).toBe('ANSI_65001');
    expect(header(u, '$INSUNITS')).toBe('6');
    expect(u).toContain('gbcbig.shx');
    expect(u).toContain('二七商圈板块');

    const gbk = await writeDxf([layer('a', '六核协同')], { crs: 'gk', encoding: 'gbk', stem: 'x' });
    const g = new TextDecoder('gbk').decode(gbk.bytes);
    expect(header(g, '$ACADVER')).toBe('AC1015');
    expect(header(g, '$DWGCODEPAGE')).toBe('ANSI_936');
    expect(g).toContain('二七商圈板块');
    expect(new TextDecoder().decode(gbk.bytes)).not.toContain('二七商圈板块');
  });

  it('names CAD layers from the layer titles without the characters CAD refuses, each once', () => {
    const taken = new Set<string>();
    expect(dxfLayerName(layer('a', '绿廊花海增色：水库/湖'), taken)).toBe('绿廊花海增色：水库_湖');
    expect(dxfLayerName(layer('b', '草图'), taken)).toBe('草图');
    expect(dxfLayerName(layer('c', '草图'), taken)).toBe('草图_2');
  });
});
