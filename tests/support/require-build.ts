/** Site and browser tests run over a production build; say so plainly when there is none. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export default function requireBuild() {
  for (const file of ['index.html', 'sitemap-0.xml', 'pagefind/pagefind.js']) {
    if (!existsSync(join(process.cwd(), 'dist', file))) {
      throw new Error(
        `dist/${file} is missing: run \`npm run build\` first (\`npm test\` does it for you).`,
      );
    }
  }
}
