// Renders the app icons (www/icons/*.png) from the SVGs with Debian's Chromium, once: the PNGs are
// committed, so a build needs no image tool. Run `node scripts/icons.mjs` after changing
// www/favicon.svg or www/maskable.svg. "any" icons keep the favicon's rounded corners;
// maskable ones fill the square (the check mark inside the middle 80%, the safe zone a phone's
// mask keeps); the Apple touch icon fills it too (iOS rounds it).
import fs from 'node:fs';
import { launch } from '../e2e/browser.mjs';

const ICONS = [
  ['www/favicon.svg', 'icon-192.png', 192],
  ['www/favicon.svg', 'icon-512.png', 512],
  ['www/maskable.svg', 'maskable-512.png', 512],
  ['www/maskable.svg', 'apple-touch-icon.png', 180],
];

const browser = await launch();
try {
  for (const [svg, name, size] of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const source = fs.readFileSync(svg, 'utf8').replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<html><body style="margin:0;background:transparent">${source}</body></html>`);
    await page.screenshot({ path: `www/icons/${name}`, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await page.close();
    console.log(`www/icons/${name} (${size}×${size}) from ${svg}`);
  }
} finally {
  await browser.close();
}
