// @ts-check
/**
 * ESLint: typescript-eslint's recommended rules, and the layers of the code as rules, so an import
 * the wrong way fails `npm run lint` (and `npm test`). Formatting is Prettier's (.prettierrc.json).
 *
 * Layers (docs/design.md, "Layers"): nothing imports tests/ or bench/; src/ imports nothing outside
 * src/; support/ serves tests, benchmarks and scripts; src/forms/ (browser and functions) never
 * imports src/server/ or Astro; src/server/ (the functions) never imports Astro pages, layouts or
 * components other than the shared chrome. No import cycles anywhere, .astro files included.
 */
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import * as astroParser from 'astro-eslint-parser';
import prettier from 'eslint-config-prettier';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** @param {string} from @param {string} target @param {string} why @param {string[]} [except] */
const zone = (target, from, why, except) => ({ target, from, message: why, ...(except ? { except } : {}) });

const LAYERS = [
  zone('./!(tests)/**', './tests', 'Nothing imports the tests; shared helpers live in support/.'),
  zone('./!(bench)/**', './bench', 'Nothing imports the benchmarks; shared helpers live in support/.'),
  zone('./src', './support', 'The site does not import test or benchmark helpers.'),
  zone('./src', './scripts', 'The site does not import scripts.'),
  zone('./src', './functions', 'The site does not import the Netlify adapters; they import src/server/.'),
  zone('./support', './scripts', 'Helpers do not import scripts.'),
  zone('./scripts', './functions', 'Scripts use src/server/ directly, not the Netlify adapters.'),
  ...['i18n', 'lib', 'config'].map((own) =>
    zone(`./src/${own}`, './src', 'The foundation (i18n, lib, config) imports nothing else of the site.', [
      `./${own}`,
    ]),
  ),
  ...['content-model', 'content-lint', 'checker', 'budgets'].map((own) =>
    zone(`./src/${own}`, './src', 'Content rules import only the foundation and the content model.', [
      ...new Set([`./${own}`, './i18n', './lib', './config', './content-model']),
    ]),
  ),
  zone('./src/search', './src', 'Search runs in the browser: it imports only the foundation.', [
    './search',
    './i18n',
    './lib',
  ]),
  zone(
    './src/content-check',
    './src',
    'The content check runs the content rules; it imports only them and the foundation.',
    ['./content-check', './content-model', './content-lint', './checker', './i18n', './lib', './config'],
  ),
  zone('./src/forms', './src/server', 'Forms run in the browser too: they never import the server.'),
  zone(
    './src/forms',
    './src/components',
    'Forms are framework-neutral views; Astro components import them, not the other way.',
  ),
  zone(
    './src/forms',
    './src/layouts',
    'Forms are framework-neutral views; Astro layouts import them, not the other way.',
  ),
  zone('./src/forms', './src/pages', 'Forms do not import pages.'),
  zone(
    './src/server',
    './src/components',
    'The functions render only the shared chrome (src/components/chrome/), never Astro components.',
    ['./chrome'],
  ),
  zone('./src/server', './src/layouts', 'The functions never import Astro layouts.'),
  zone('./src/server', './src/pages', 'The functions never import Astro pages.'),
  zone(
    './src/components/chrome',
    './src/components',
    'The chrome is shared with the functions: Preact and plain TypeScript only.',
    ['./chrome'],
  ),
  zone(
    './src/components',
    './src/layouts',
    'Layouts use components, not the other way (this was an import loop).',
  ),
  zone('./src/components', './src/pages', 'Components do not import pages.'),
  zone('./src/layouts', './src/pages', 'Layouts do not import pages.'),
];

const ASTRO_PARSER = fileURLToPath(new URL('./support/eslint-astro-parser.cjs', import.meta.url));

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.astro/',
      '.netlify/',
      '.data/',
      'node_modules/',
      'test-results/',
      'content/',
      'bench/starlight/',
      'bench/results/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  importX.flatConfigs.recommended,
  importX.flatConfigs.typescript,
  {
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.node, ...globals.browser },
      // The frontmatter of .astro files is TypeScript (also when import-x reads one as a dependency).
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.astro'] },
    },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.astro', '.json'] }),
      ],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'], [ASTRO_PARSER]: ['.astro'] },
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs', '.astro'],
      // Virtual modules of Astro and Vite.
      'import-x/core-modules': [
        'astro:content',
        'astro:middleware',
        'astro/config',
        'astro/loaders',
        'astro/zod',
      ],
      // Packages are not read for exports (types cover them), nor styles.
      'import-x/ignore': ['node_modules', '\\.css(\\?inline)?$', '\\.svg$'],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: LAYERS }],
      'import-x/no-unresolved': ['error', { ignore: ['^astro:', '\\?inline$'] }],
      // TypeScript (astro check) already checks what an import names; import-x cannot see the
      // implicit default export of an .astro file, and Preact's default and named exports share names.
      'import-x/default': 'off',
      'import-x/no-named-as-default': 'off',
      'import-x/no-named-as-default-member': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Code that runs outside Astro (the functions, the browser's islands, Node scripts) cannot use
    // Astro's virtual modules, nor the page-only interface strings built on them.
    files: [
      'src/server/**',
      'src/forms/**',
      'src/components/chrome/**',
      'src/lib/**',
      'src/config/**',
      'functions/**',
      'scripts/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^astro(:|$)', message: 'Runs outside Astro: no Astro modules.' },
            {
              group: ['**/i18n/ui.ts', '**/i18n/ui-keys.ts'],
              message: 'Page-only strings (astro:content); the functions use src/server/i18n.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.astro'],
    languageOptions: { parser: astroParser },
    // Astro reads a component's `Props` type itself.
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^(_|Props$)' },
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
