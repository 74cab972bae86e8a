// Renders public/og.png, the 1200×630 link-preview image, from the HTML below.
// Run after changing the site name or tagline: `node scripts/og-image.mjs`.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const html = `<!doctype html><html><body style="margin:0;width:1200px;height:630px;display:flex;flex-direction:column;justify-content:center;padding:0 90px;box-sizing:border-box;background:#101318;color:#e7e9ee;font-family:system-ui,'DejaVu Sans',sans-serif">
<div style="display:flex;align-items:center;gap:22px;font-size:44px;font-weight:700">
<svg width="72" height="72" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#8cb4ff"/><path d="M8 11h9M8 16h6M8 21h9" stroke="#101318" stroke-width="2.6" stroke-linecap="round"/><circle cx="23" cy="16" r="3.6" fill="none" stroke="#101318" stroke-width="2.4"/></svg>
Prompt or Tune</div>
<div style="margin-top:48px;font-size:72px;font-weight:800;line-height:1.1">Prompt engineering<br>or fine-tuning?</div>
<div style="margin-top:36px;font-size:30px;color:#a9b1bf">A cited guide, a comparison and a checklist for your AI project.</div>
</body></html>`;

const { executablePath } = await findChromium();
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: 'public/og.png' });
await browser.close();
console.log('wrote public/og.png');
