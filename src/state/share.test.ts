import { beforeEach, describe, expect, it } from 'vitest';
import { shareView } from './share';
import { notices } from './ui';

const LINK = 'http://atlas.example/#v=1&sel=erqi-centres';

function fakeNavigator(opts: { share?: (data: ShareData) => Promise<void>; copy?: (text: string) => Promise<void> }) {
  const copied: string[] = [];
  const nav = {
    share: opts.share,
    clipboard: { writeText: opts.copy ?? (async (text: string) => void copied.push(text)) },
  } as unknown as Pick<Navigator, 'share' | 'clipboard'>;
  return { nav, copied };
}

describe('share the view', () => {
  beforeEach(() => (notices.value = []));

  it("uses the phone's share sheet with the link when there is one, and copies nothing", async () => {
    const shared: ShareData[] = [];
    const { nav, copied } = fakeNavigator({ share: async (d) => void shared.push(d) });
    expect(await shareView(nav, LINK)).toBe('shared');
    expect(shared[0].url).toBe(LINK);
    expect(copied).toEqual([]);
    expect(notices.value).toEqual([]);
  });

  it('closing the share sheet is quiet', async () => {
    const { nav } = fakeNavigator({ share: () => Promise.reject(new DOMException('closed', 'AbortError')) });
    expect(await shareView(nav, LINK)).toBe('cancelled');
    expect(notices.value).toEqual([]);
  });

  it('copies the link where there is no share sheet and says so', async () => {
    const { nav, copied } = fakeNavigator({});
    expect(await shareView(nav, LINK)).toBe('copied');
    expect(copied).toEqual([LINK]);
    expect(notices.value.map((n) => n.kind)).toEqual(['info']);
  });

  it('a failed copy says what to do, without the raw link in the message', async () => {
    const { nav } = fakeNavigator({ copy: () => Promise.reject(new Error('denied')) });
    expect(await shareView(nav, LINK)).toBe('failed');
    const [notice] = notices.value;
    expect(notice.kind).toBe('error');
    expect(notice.text.zh).not.toContain('http');
    expect(notice.text.en).not.toContain('http');
    expect(notice.text.en).toMatch(/address bar/);
  });
});
