// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import linkCheck from './src/integrations/link-check.ts';
import pagefindSearch from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import siteOrigin from './src/integrations/site-origin.ts';
import siteToday from './src/integrations/site-today.ts';
import { createHash } from 'node:crypto';
import { SITE_URL } from './src/site-url.ts';
import { THEME_SCRIPT } from './src/theme-script.mjs';

/** @param {string} code */
const sha256 = (code) =>
  /** @type {const} */ (`sha256-${createHash('sha256').update(code).digest('base64')}`);

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  // Lossless whitespace compression. Astro 7's default ('jsx') drops the space at a line break
  // between text and an inline element ("see the⏎<a>table</a>" → "see the<a>table</a>"),
  // which running prose in .astro templates cannot afford.
  compressHTML: true,
  // Component styles go to cacheable files instead of inline <style> blocks: pages stay small,
  // and the Content Security Policy needs a hash only for the few inline scripts.
  build: { inlineStylesheets: 'never' },
  integrations: [
    mdx(),
    // The 404 page is not a page to be found by search engines.
    sitemap({ filter: (page) => !page.endsWith('/404/') }),
    linkCheck(),
    pagefindSearch(),
    securityHeaders(),
    siteOrigin(),
    siteToday(),
  ],
  // No syntax highlighter: Shiki's inline styles would break the Content Security Policy, and
  // the guide's few code blocks read well as plain monospaced text.
  markdown: { syntaxHighlight: false },
  vite: {
    plugins: [tailwindcss()],
    build: {
      // Island scripts are never inlined into the page, however small: a file is downloaded
      // once for every page (the theme switch is on all of them) and needs no hash in the policy.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
  },
  security: {
    // A strict Content Security Policy in a <meta> on every page. Astro hashes every script and
    // style it emits (the theme script that runs before paint included), so nothing inline runs
    // unless it was in the build. public/_headers repeats the policy as HTTP headers, adding
    // what a <meta> cannot carry (frame-ancestors).
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
      ],
      // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search engine; it permits
      // WebAssembly compilation only, not eval() of JavaScript.
      // The theme script is inline (it must run before the first paint), and Astro hashes only
      // the scripts it bundles, so its hash is added here.
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [sha256(THEME_SCRIPT)],
      },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
