/**
 * Renders the extension's icon (extension/assets/icon.svg) to the PNG sizes the browsers and stores ask for —
 * toolbar 16 and 32, store and extension pages 48 and 128 — in extension/public/icon/, with Chromium (the same
 * browser the end-to-end tests use); measures the icon's contrast against a light and a dark toolbar (it fails
 * below 3:1, the WCAG minimum for graphics) and writes docs/screenshots/icons.png, the icons on both toolbars.
 *
 *   npx tsx tools/icons.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ensureChromium } from '../e2e/support/browsers.ts';

const SIZES = [16, 32, 48, 128] as const;

/** In the page: the WCAG contrast between the icon's opaque pixels (their mean luminance) and a toolbar colour. */
const CONTRAST_IN_PAGE = `async (png, colour) => {
  const image = new Image();
  image.src = 'data:image/png;base64,' + png;
  await image.decode();
  const canvas = new OffscreenCanvas(16, 16);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const data = context.getImageData(0, 0, 16, 16).data;
  const linear = (c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const luminance = (r, g, b) => 0.2126 * linear(r / 255) + 0.7152 * linear(g / 255) + 0.0722 * linear(b / 255);
  let sum = 0;
  let count = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i + 3] < 200) continue;
    sum += luminance(data[i], data[i + 1], data[i + 2]);
    count++;
  }
  const hex = Number.parseInt(colour.slice(1), 16);
  const toolbar = luminance((hex >> 16) & 255, (hex >> 8) & 255, hex & 255);
  const icon = sum / count;
  return (Math.max(icon, toolbar) + 0.05) / (Math.min(icon, toolbar) + 0.05);
}`;
const svg = readFileSync(fileURLToPath(new URL('../extension/assets/icon.svg', import.meta.url)), 'utf8');
const out = fileURLToPath(new URL('../extension/public/icon/', import.meta.url));
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: ensureChromium(), args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(`${out}${size}.png`, png);
    console.log(`extension/public/icon/${size}.png (${png.length} bytes)`);
  }
  // On a light and a dark toolbar: the contrast of the icon's opaque pixels (on average) with the toolbar.
  const toolbars = { light: '#ffffff', dark: '#202124' } as const;
  const icon16 = readFileSync(`${out}16.png`).toString('base64');
  for (const [name, colour] of Object.entries(toolbars)) {
    // Passed as text: tsx would wrap named functions in helpers that do not exist in the page.
    const ratio = (await page.evaluate(
      `(${CONTRAST_IN_PAGE})(${JSON.stringify(icon16)}, ${JSON.stringify(colour)})`,
    )) as number;
    console.log(`16 px on a ${name} toolbar (${colour}): contrast ${ratio.toFixed(1)}:1`);
    if (ratio < 3) throw new Error(`the icon is not legible on a ${name} toolbar (${ratio.toFixed(1)}:1 < 3:1)`);
  }
  const row = (colour: string) =>
    `<div style="display:flex;gap:16px;align-items:center;padding:12px 16px;background:${colour}">${SIZES.map(
      (size) =>
        `<img src="data:image/png;base64,${readFileSync(`${out}${size}.png`).toString('base64')}" width="${size}" height="${size}">`,
    ).join('')}</div>`;
  await page.setViewportSize({ width: 300, height: 304 });
  await page.setContent(`<html><body style="margin:0">${row(toolbars.light)}${row(toolbars.dark)}</body></html>`);
  await page.screenshot({ path: fileURLToPath(new URL('../docs/screenshots/icons.png', import.meta.url)) });
} finally {
  await browser.close();
}
