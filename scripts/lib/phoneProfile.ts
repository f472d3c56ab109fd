/**
 * A mid-range phone on a slow mobile network, as Chromium's DevTools protocol emulates
 * it: CPU 4× slower, 1.6 Mbit/s down, 750 kbit/s up, 150 ms latency, a 360×740 screen.
 * Used by `npm run bench` only.
 */
import type { Browser, Page } from '@playwright/test';

export const PHONE = {
  cpuSlowdown: 4,
  downloadBitsPerSecond: 1.6e6,
  uploadBitsPerSecond: 0.75e6,
  latencyMs: 150,
  viewport: { width: 360, height: 740 },
} as const;

export interface PhonePage {
  page: Page;
  /** Bytes received over the network so far (compressed, headers included), as Chromium counts them. */
  bytesReceived(): number;
  /** Slows CPU and network down to the phone's (already done unless `throttled: false`). */
  throttle(): Promise<void>;
}

/**
 * A fresh page (cold cache) in its own context, throttled like the phone above; with
 * `throttled: false` only once throttle() is called (to time something after the load).
 */
export async function phonePage(browser: Browser, { throttled = true } = {}): Promise<PhonePage> {
  const context = await browser.newContext({ viewport: PHONE.viewport, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
  await cdp.send('Network.enable');
  const throttle = async () => {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PHONE.latencyMs,
      downloadThroughput: PHONE.downloadBitsPerSecond / 8,
      uploadThroughput: PHONE.uploadBitsPerSecond / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
  };
  if (throttled) await throttle();
  return { page, bytesReceived: () => bytes, throttle };
}
