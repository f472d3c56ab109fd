import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dismissNotice, holdNotice, INFO_NOTICE_MS, notices, pushNotice } from './ui';

const text = { zh: '链接已复制', en: 'Link copied' };
const kinds = () => notices.value.map((n) => n.kind);

describe('notices over the map', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    for (const n of notices.value) dismissNotice(n.id);
    vi.useRealTimers();
  });

  it('an informational notice leaves by itself; an error stays until dismissed', () => {
    pushNotice('info', text);
    pushNotice('error', { zh: '无法复制', en: 'Could not copy' });
    vi.advanceTimersByTime(INFO_NOTICE_MS - 1);
    expect(kinds()).toEqual(['info', 'error']);
    vi.advanceTimersByTime(1);
    expect(kinds()).toEqual(['error']);
    vi.advanceTimersByTime(10 * 60_000);
    expect(kinds()).toEqual(['error']);
    dismissNotice(notices.value[0].id);
    expect(notices.value).toEqual([]);
  });

  it('stays while the pointer or focus is on it, and leaves the full time after', () => {
    pushNotice('info', text);
    const { id } = notices.value[0];
    vi.advanceTimersByTime(INFO_NOTICE_MS - 100);
    holdNotice(id, true);
    vi.advanceTimersByTime(60_000);
    expect(kinds()).toEqual(['info']);
    holdNotice(id, false);
    vi.advanceTimersByTime(INFO_NOTICE_MS - 1);
    expect(kinds()).toEqual(['info']);
    vi.advanceTimersByTime(1);
    expect(notices.value).toEqual([]);
  });
});
