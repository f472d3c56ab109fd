/**
 * `npm run icons`: draws the app's icons (public/icon.svg and the PNGs the web app
 * manifest lists) from the SVG below, rendered in the Chromium the tests use.
 * The art is the project's own: a folded paper map with three overlapping,
 * schematic plan areas and a pin. Maskable icons keep it inside the central
 * circle (80 % of the width) that launchers may crop to, on a full-bleed background.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';

const PUBLIC = fileURLToPath(new URL('../public/', import.meta.url));
const THEME = '#b91c1c';

function iconSvg({ maskable }: { maskable: boolean }): string {
  const scale = maskable ? 0.7 : 0.86;
  const corner = maskable ? 0 : 104;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">
  <rect width="512" height="512" rx="${corner}" fill="${THEME}"/>
  <g transform="translate(256 256) scale(${scale}) translate(-256 -256)">
    <path d="M40 124 196 76 316 124 472 76V388L316 436 196 388 40 436Z" fill="#f4f1ea"/>
    <path d="M196 76V388M316 124V436" stroke="#d6cfbf" stroke-width="8"/>
    <path d="M92 214 188 168 254 226 214 322 112 306Z" fill="#2563eb" fill-opacity=".6"/>
    <path d="M214 210 336 176 404 252 352 338 238 318Z" fill="#16a34a" fill-opacity=".6"/>
    <path d="M168 290 262 262 302 352 236 396 160 364Z" fill="#d97706" fill-opacity=".65"/>
    <path d="M256 116c-34 0-60 26-60 58 0 44 60 106 60 106s60-62 60-106c0-32-26-58-60-58Z" fill="${THEME}" stroke="#fff" stroke-width="10"/>
    <circle cx="256" cy="174" r="20" fill="#fff"/>
  </g>
</svg>
`;
}

const PNGS = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
  // iOS home screens take a square icon and round it themselves.
  { file: 'apple-touch-icon.png', size: 180, maskable: true },
];

writeFileSync(`${PUBLIC}icon.svg`, iconSvg({ maskable: false }));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  for (const { file, size, maskable } of PNGS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const svg = iconSvg({ maskable }).replace('width="512" height="512"', `width="${size}" height="${size}"`);
    await page.setContent(`<body style="margin:0;background:transparent">${svg}</body>`);
    await page.screenshot({ path: `${PUBLIC}${file}`, omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`wrote public/icon.svg and ${PNGS.map((p) => p.file).join(', ')}`);
