import { describe, expect, it } from 'vitest';
import { decodeBytes, encodingFromLabel } from './decode';

const GBK_ERQI = [0xb6, 0xfe, 0xc6, 0xdf, 0xc7, 0xf8]; // 二七区 in GBK
const utf16 = (text: string, bigEndian: boolean, bom: boolean) => {
  const out: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (const c of text) {
    const u = c.charCodeAt(0);
    out.push(...(bigEndian ? [u >> 8, u & 0xff] : [u & 0xff, u >> 8]));
  }
  return new Uint8Array(out);
};

describe('decodeBytes names the encoding it read', () => {
  it('UTF-8 with and without a byte-order mark', () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('二七')]))).toEqual({ text: '二七', encoding: 'utf-8', reason: 'bom', undecodable: 0 });
    expect(decodeBytes(new TextEncoder().encode('{"a":"二七"}'))).toMatchObject({ encoding: 'utf-8', reason: 'detected' });
  });

  it('UTF-16 LE and BE, with a mark or (Latin text) without', () => {
    const json = '{"type":"Feature","name":"二七"}';
    for (const be of [false, true]) {
      expect(decodeBytes(utf16(json, be, true))).toMatchObject({ text: json, encoding: be ? 'utf-16be' : 'utf-16le', reason: 'bom' });
      expect(decodeBytes(utf16(json, be, false))).toMatchObject({ text: json, encoding: be ? 'utf-16be' : 'utf-16le', reason: 'detected' });
    }
  });

  it('GBK when the bytes are not UTF-8, and as an XML declaration names it', () => {
    expect(decodeBytes(new Uint8Array([...new TextEncoder().encode('name,'), ...GBK_ERQI]))).toMatchObject({ text: 'name,二七区', encoding: 'gb18030', reason: 'detected' });
    const xml = new Uint8Array([...new TextEncoder().encode('<?xml version="1.0" encoding="GB2312"?><kml><name>'), ...GBK_ERQI, ...new TextEncoder().encode('</name></kml>')]);
    expect(decodeBytes(xml)).toMatchObject({ encoding: 'gb18030', reason: 'declared' });
    expect(decodeBytes(xml).text).toContain('<name>二七区</name>');
  });

  it('the user’s choice wins, and undecodable characters are counted', () => {
    const gbk = new Uint8Array(GBK_ERQI);
    expect(decodeBytes(gbk, 'utf-8')).toMatchObject({ encoding: 'utf-8', reason: 'chosen', undecodable: 6 });
  });

  it('reads the labels of .cpg files and XML declarations', () => {
    expect(['UTF-8', '65001', 'GBK', 'ANSI 936', 'gb2312', 'UTF-16BE', 'latin9'].map(encodingFromLabel)).toEqual(['utf-8', 'utf-8', 'gb18030', 'gb18030', 'gb18030', 'utf-16be', undefined]);
  });
});
