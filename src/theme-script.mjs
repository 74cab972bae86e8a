// The script that runs before the first paint (see ThemeScript.astro), as one string: the page
// inlines exactly this text and astro.config.mjs lists its SHA-256 in the Content Security
// Policy, so the two cannot drift apart. Astro hashes the scripts it bundles, not inline ones.
// It marks the page as scripted (the `js` class lets JavaScript-only controls take their place
// at once, so nothing shifts later) and applies the reader's saved theme. Storage may be
// blocked; then the page follows the system theme.
export const THEME_SCRIPT = `document.documentElement.classList.add('js');
try {
  const t = localStorage.getItem('theme');
  if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch {}`;
