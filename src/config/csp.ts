/**
 * Content-Security-Policy of the built page. Everything is same-origin; the only
 * exception is the opt-in online basemap, whose tile hosts are listed for images
 * and fetches. The map never requests them unless the user switches the basemap on.
 * The service worker and the web app manifest come from the page's own origin only.
 */
export function contentSecurityPolicy(tileHosts: readonly string[]): string {
  const tiles = tileHosts.map((h) => `https://${h}`).join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    `img-src 'self' data: blob: ${tiles}`,
    "style-src 'self' 'unsafe-inline'",
    `connect-src 'self' data: blob: ${tiles}`,
    "font-src 'self' data:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
}
