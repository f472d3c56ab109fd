import { afterEach, describe, expect, it } from 'vitest';
import { basemap, basemapUnreachable } from './basemap';
import { notices } from './ui';

describe('the online basemap when its tiles do not arrive', () => {
  afterEach(() => {
    basemap.value = 'offline';
    notices.value = [];
  });

  it('tells the user once per switching on, however many tiles fail, and again after switching it off and on', () => {
    basemap.value = 'online';
    for (let i = 0; i < 20; i++) basemapUnreachable();
    expect(notices.value.map((n) => [n.kind, n.text.zh.startsWith('在线底图无法加载')])).toEqual([['error', true]]);
    basemap.value = 'offline';
    basemap.value = 'online';
    basemapUnreachable();
    expect(notices.value).toHaveLength(2);
  });

  it('says nothing for a late tile error once the user has switched the basemap off', () => {
    basemap.value = 'offline';
    basemapUnreachable();
    expect(notices.value).toEqual([]);
  });
});
