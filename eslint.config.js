// @ts-check
/**
 * Lint rules for the whole project (`npm run lint`). Type-aware TypeScript rules everywhere,
 * Astro's rules for components, and a guard on client-side code: no string may reach an HTML
 * or code sink (innerHTML, eval, an `on…` attribute…), because islands handle text from URLs
 * and storage. Formatting is Prettier's job (`npm run format`), so no stylistic rules here.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Sinks the no-unsanitized plugin does not know about, as `no-restricted-syntax` selectors. */
const moreSinks = [
  {
    selector: 'CallExpression[callee.property.name=/^(setHTMLUnsafe|parseHTMLUnsafe)$/]',
    message: 'Parsing a string as HTML can run injected markup; build nodes and set textContent.',
  },
  {
    selector:
      "CallExpression[callee.property.name='setAttribute'][arguments.0.type='Literal'][arguments.0.value=/^on/i]",
    message: 'An event-handler attribute is code from a string; use addEventListener.',
  },
  {
    selector:
      'CallExpression[callee.name=/^set(Timeout|Interval)$/][arguments.0.type=/Literal|TemplateLiteral/]',
    message: 'A string passed to a timer is evaluated as code; pass a function.',
  },
];

/**
 * Reading the clock, as `no-restricted-syntax` selectors. Code that needs "today" takes it as a
 * parameter, so a test can set the day and the build can be previewed on another one.
 */
const CLOCK_MESSAGE =
  'Take today as a parameter: the build reads the clock once, as SITE_TODAY in src/data/today.ts.';
const clockReads = [
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: CLOCK_MESSAGE },
  { selector: "CallExpression[callee.name='Date']", message: CLOCK_MESSAGE },
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: CLOCK_MESSAGE,
  },
];

/** What browser code may not import: modules that only work, or only belong, at build time. */
const BUILD_ONLY = [
  {
    group: ['**/build', '**/build/*', '**/data/*', '**/integrations/*'],
    message:
      'Build-only code (a build/ folder, src/data, src/integrations) must not reach the browser.',
  },
  {
    group: ['**/schemas/*', 'zod', 'astro/zod'],
    allowTypeImports: true,
    message: 'Schemas bring zod into the bundle; import their types only (`import type`).',
  },
  {
    group: ['node-html-parser', 'astro:*', 'node:*'],
    message: 'This module only exists at build time.',
  },
];

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'bench/', 'screenshots/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.astro'],
      },
    },
    plugins: { 'no-unsanitized': noUnsanitized },
    rules: {
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-implied-eval': 'error',
      'no-restricted-syntax': ['error', ...moreSinks],
      // A leading underscore marks a value left out on purpose (`const { a: _a, ...rest } = …`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The boundary between browser and build. Islands (src/components/**/*.ts, and the
    // <script>s of .astro files) and everything in src/lib/ outside a build/ folder may be
    // bundled for the browser, so they must not import code that only runs at build time:
    // a build/ folder, content loading (src/data), the schemas' zod, node-html-parser, Astro's
    // virtual modules or Node's. Type-only imports are erased and stay allowed.
    files: ['src/components/**/*.ts', 'src/lib/**/*.ts', 'src/**/*.astro/*.ts'],
    ignores: ['src/lib/**/build/**', 'src/components/guide/mdx-components.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: BUILD_ONLY }],
    },
  },
  {
    // No clock in the site's code or its tests (scripts time themselves and may). The two
    // exceptions: the module that reads the build's day, and the calculator's island, which
    // weighs deadlines against the reader's own day. The list repeats the sinks, because a
    // rule set here replaces the one set for every file above.
    files: ['src/**/*.ts', 'src/**/*.astro', 'tests/**/*.ts'],
    ignores: ['src/data/today.ts', 'src/components/cost/cost-element.ts'],
    rules: { 'no-restricted-syntax': ['error', ...moreSinks, ...clockReads] },
  },
  {
    // typescript-eslint cannot see the types Astro gives a component's props and imports, so
    // type-aware rules would flag every value as `any`: `astro check` type-checks these files.
    // The same goes for modules that import components (their imports type as `any`).
    files: [
      '**/*.astro',
      '**/*.astro/*.ts',
      'src/components/guide/mdx-components.ts',
      'tests/unit/site/components.test.ts',
    ],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Vitest's asymmetric matchers (expect.objectContaining …) are typed `any` by design.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
);
