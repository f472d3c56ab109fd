/**
 * KML (Google Earth, 奥维互动地图, 91卫图 exports) via @tmcw/togeojson, which needs
 * an XML DOM. Browsers' main thread has DOMParser; Web Workers and Node do not,
 * so the parser is injectable (ReadContext.parseXml) and, without one, the reader
 * answers 'needs-dom': the worker client parses KML on the main thread instead.
 * Not unit-tested in Node (no DOM implementation is installed): checked in the browser.
 */
import { kml } from '@tmcw/togeojson';
import type { Feature } from 'geojson';
import { decodeText } from './decode';
import { WGS84 } from './datum';
import type { FormatReader, ReadContext } from './reader';
import { ImportFailure, note } from './result';

function defaultParser(): ((text: string) => Document) | undefined {
  const Parser = (globalThis as { DOMParser?: typeof DOMParser }).DOMParser;
  return Parser ? (text) => new Parser().parseFromString(text, 'application/xml') : undefined;
}

/** KML text → GeoJSON features, with the given or the global XML parser. */
export function kmlToFeatures(text: string, context: ReadContext = {}): Feature[] {
  const parse = context.parseXml ?? defaultParser();
  if (!parse) {
    throw new ImportFailure('needs-dom', {
      zh: '此环境无法解析 KML（缺少 XML 解析器），请在页面主线程中导入',
      en: 'KML cannot be parsed here (no XML parser); import it on the page’s main thread',
    });
  }
  const doc = parse(text);
  if (doc.getElementsByTagName('parsererror').length > 0) {
    throw new ImportFailure('parse-failed', { zh: 'KML 文件不是有效的 XML', en: 'The KML file is not valid XML' });
  }
  return kml(doc).features.filter((f): f is Feature => f.geometry !== null);
}

export const kmlFormat: FormatReader = {
  id: 'kml',
  label: { zh: 'KML', en: 'KML' },
  extensions: ['.kml'],
  mimeTypes: ['application/vnd.google-earth.kml+xml'],
  sniff: ({ text }) => /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<kml[\s>]/i.test(text),
  async read(file, context) {
    return {
      features: kmlToFeatures(decodeText(file.bytes), context),
      // KML coordinates are WGS-84 longitude,latitude by specification; GCJ-02 exports exist.
      crs: WGS84,
      notes: [note('kml-datum', 'KML 坐标按 WGS-84 读取；若来自高德/腾讯地图请改选 GCJ-02', 'KML read as WGS-84; choose GCJ-02 if it came from Amap/Tencent')],
    };
  },
};
