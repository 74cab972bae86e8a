// Performance benchmark: builds the site, serves dist/ over loopback with `astro preview`,
// and runs Lighthouse (mobile profile, simulated throttling: its defaults) with the same
// Chromium the browser tests use, on the pages readers land on most. Three runs per page;
// the report gives medians. Writes bench/report.md and bench/report.json.
//
//   npm run bench                 build, then measure
//   npm run bench -- --no-build   measure the existing dist/
//   RUNS=5 npm run bench          more runs per page
//
// A benchmark, not a test: it never fails on timing. It exits non-zero only if it cannot run.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { startPreview } from './preview.mjs';
import { measureCostKeystrokes } from './cost-keystrokes.mjs';

const PAGES = ['/', '/guide/overview/', '/compare/', '/checklist/', '/search/?q=cost'];
const RUNS = Number(process.env.RUNS ?? 3);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * Runs a command with its output shown, and resolves when it exits cleanly.
 * @param {string} command
 * @param {string[]} args
 * @returns {Promise<void>}
 */
function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`)),
    );
  });
}

/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const at = (/** @type {number} */ i) => sorted[i] ?? NaN;
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
};

/**
 * @typedef {import('lighthouse').Result} Lhr
 * @typedef {{ html: number, css: number, js: number, htmlGz: number, cssGz: number, jsGz: number }} Bytes
 */

/** @type {Record<string, 'html' | 'css' | 'js'>} */
const RESOURCE_TYPES = { Document: 'html', Stylesheet: 'css', Script: 'js' };

/**
 * The items of an audit's details table, whatever their kind.
 * @param {Lhr} lhr
 * @param {string} id
 * @returns {Record<string, unknown>[]}
 */
function auditItems(lhr, id) {
  const details = /** @type {{ items?: Record<string, unknown>[] } | undefined} */ (
    lhr.audits[id]?.details
  );
  return details?.items ?? [];
}

/**
 * Bytes of HTML, CSS and JavaScript the page loaded, raw and gzipped, from the built files.
 * @param {Lhr} lhr
 * @returns {Bytes}
 */
function pageBytes(lhr) {
  const totals = { html: 0, css: 0, js: 0, htmlGz: 0, cssGz: 0, jsGz: 0 };
  for (const r of auditItems(lhr, 'network-requests')) {
    const type = RESOURCE_TYPES[String(r['resourceType'])];
    if (!type) continue;
    const path = new URL(String(r['url'])).pathname;
    const file = `dist${path.endsWith('/') ? `${path}index.html` : path}`;
    let body;
    try {
      body = readFileSync(file);
    } catch {
      continue; // not a file of the build (should not happen)
    }
    const gzipped = gzipSync(body, { level: 9 }).length;
    if (type === 'html') {
      totals.html += body.length;
      totals.htmlGz += gzipped;
    } else if (type === 'css') {
      totals.css += body.length;
      totals.cssGz += gzipped;
    } else {
      totals.js += body.length;
      totals.jsGz += gzipped;
    }
  }
  return totals;
}

/**
 * The element Lighthouse took as the largest contentful paint, as a CSS selector.
 * @param {Lhr} lhr
 * @returns {string | null}
 */
function lcpElement(lhr) {
  const node = auditItems(lhr, 'lcp-breakdown-insight').find((item) => item['type'] === 'node');
  return typeof node?.['selector'] === 'string' ? node['selector'] : null;
}

if (!process.argv.includes('--no-build'))
  await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build']);

const { executablePath, origin } = await findChromium();
const preview = await startPreview();
const chrome = await chromeLauncher.launch({
  chromePath: executablePath,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});

const results = [];
/** @type {Awaited<ReturnType<typeof measureCostKeystrokes>> | undefined} */
let keystrokes;
try {
  for (const page of PAGES) {
    /** @type {Lhr[]} */
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(`${preview.url}${page}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
      const { lhr } = result;
      runs.push(lhr);
      process.stdout.write(
        `${page} run ${i + 1}/${RUNS}: performance ${Math.round((lhr.categories['performance']?.score ?? 0) * 100)}\n`,
      );
    }
    const [first] = runs;
    if (!first) throw new Error('RUNS must be at least 1');
    const score = (/** @type {string} */ id) =>
      median(runs.map((r) => Math.round((r.categories[id]?.score ?? 0) * 100)));
    const metric = (/** @type {string} */ id) =>
      median(runs.map((r) => r.audits[id]?.numericValue ?? NaN));
    results.push({
      page,
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])),
      lcpMs: Math.round(metric('largest-contentful-paint')),
      cls: Number(metric('cumulative-layout-shift').toFixed(3)),
      tbtMs: Math.round(metric('total-blocking-time')),
      fcpMs: Math.round(metric('first-contentful-paint')),
      lcpElement: lcpElement(first),
      bytes: pageBytes(first),
      failedAudits: [
        ...new Set(
          runs.flatMap((r) =>
            Object.values(r.audits)
              .filter((a) => a.scoreDisplayMode === 'binary' && a.score === 0)
              .map((a) => a.id),
          ),
        ),
      ],
    });
  }
  keystrokes = await measureCostKeystrokes(preview.url, executablePath);
} finally {
  chrome.kill();
  preview.stop();
}

/** @type {unknown} */
const lighthousePackage = JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8'));
const lighthouseVersion =
  lighthousePackage && typeof lighthousePackage === 'object' && 'version' in lighthousePackage
    ? String(lighthousePackage.version)
    : 'unknown';
const report = {
  date: new Date().toISOString(),
  lighthouse: lighthouseVersion,
  chromium: `${executablePath} (${origin})`,
  profile: 'mobile, simulated throttling (Lighthouse defaults)',
  runsPerPage: RUNS,
  targets: { score: 100, lcpMs: 1500, cls: 0, costKeystrokeMs: 16 },
  results,
  costKeystrokes: keystrokes && {
    cpuThrottling: 4,
    keystrokes: keystrokes.keystrokes,
    medianMs: Number(median(keystrokes.total).toFixed(2)),
    maxMs: Number(Math.max(...keystrokes.total).toFixed(2)),
    medianUpdateMs: Number(median(keystrokes.update).toFixed(2)),
    medianDetailsMs: Number(median(keystrokes.details).toFixed(2)),
  },
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/report.json', `${JSON.stringify(report, null, 2)}\n`);

const kb = (/** @type {number} */ n) => (n / 1024).toFixed(1);
const mark = (/** @type {boolean} */ ok) => (ok ? '' : ' ⚠');
const lines = [
  '# Performance benchmark',
  '',
  `${report.date.slice(0, 10)} · Lighthouse ${lighthouseVersion} · ${report.profile} · median of ${RUNS} runs per page.`,
  'Targets: 100 in every category, LCP under 1.5 s, CLS 0. ⚠ marks a miss.',
  '',
  '| page | performance | accessibility | best practices | SEO | LCP | CLS | TBT |',
  '|---|---|---|---|---|---|---|---|',
  ...results.map((r) => {
    const s = r.scores;
    return `| \`${r.page}\` | ${s.performance}${mark(s.performance === 100)} | ${s.accessibility}${mark(s.accessibility === 100)} | ${s['best-practices']}${mark(s['best-practices'] === 100)} | ${s.seo}${mark(s.seo === 100)} | ${r.lcpMs} ms${mark(r.lcpMs < 1500)} | ${r.cls}${mark(r.cls === 0)} | ${r.tbtMs} ms |`;
  }),
  '',
  '## Bytes loaded by page (KB, raw / gzipped)',
  '',
  '| page | HTML | CSS | JavaScript |',
  '|---|---|---|---|',
  ...results.map(
    (r) =>
      `| \`${r.page}\` | ${kb(r.bytes.html)} / ${kb(r.bytes.htmlGz)} | ${kb(r.bytes.css)} / ${kb(r.bytes.cssGz)} | ${kb(r.bytes.js)} / ${kb(r.bytes.jsGz)} |`,
  ),
  '',
  '## Cost calculator: recompute per keystroke, CPU slowed 4×',
  '',
  report.costKeystrokes
    ? `${report.costKeystrokes.keystrokes} keystrokes with every path compared: median ${report.costKeystrokes.medianMs} ms${mark(report.costKeystrokes.medianMs < 16)}, slowest ${report.costKeystrokes.maxMs} ms${mark(report.costKeystrokes.maxMs < 16)} (figures and table ${report.costKeystrokes.medianUpdateMs} ms, then arithmetic, flips and chart ${report.costKeystrokes.medianDetailsMs} ms). Target: under 16 ms.`
    : 'not measured',
  '',
  '## Largest contentful paint element',
  '',
  ...results.map((r) => `- \`${r.page}\`: \`${r.lcpElement ?? 'unknown'}\``),
  '',
  '## Failed pass/fail audits',
  '',
  ...results.map(
    (r) => `- \`${r.page}\`: ${r.failedAudits.length ? r.failedAudits.join(', ') : 'none'}`,
  ),
  '',
  'Served by `astro preview` (no compression), so transfer sizes in Lighthouse are the raw sizes;',
  'any static host that gzips or brotli-compresses serves the gzipped figures above.',
  '',
];
writeFileSync('bench/report.md', lines.join('\n'));
console.log(lines.join('\n'));
