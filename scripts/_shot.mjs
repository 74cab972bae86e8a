import { chromium } from 'playwright-core';
const [,, url, out, selector, scheme = 'light', width = '1280'] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
await p.goto(url, { waitUntil: 'networkidle' });
if (selector) await p.locator(selector).first().screenshot({ path: out });
else await p.screenshot({ path: out });
await b.close();
