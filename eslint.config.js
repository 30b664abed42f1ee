// ESLint: typescript-eslint with type information for every TypeScript file, React's hook rules
// for the web app, and the project's own rules (eslint/): module boundaries, table ownership and
// the till's hot-path object shapes (decision 0004). `npm run lint` runs it with zero warnings.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import boundaries from 'eslint-plugin-boundaries';
import ownTablesOnly from './eslint/own-tables-only.js';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'web/dist/', 'build/', '.tmp/', 'web/src/lib/api/schema.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Fastify plugins and route handlers are async by contract, awaited or not.
      '@typescript-eslint/require-await': 'off',
      // Kysely's expression builder is used destructured (`({ eb, exists }) => ...`); its methods do not use `this`.
      '@typescript-eslint/unbound-method': 'off',
      // Modules add their problem codes and tables by declaration merging: `interface X extends Record<...> {}`.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // onClick={async () => ...} is how React handlers start a request; React ignores what they return.
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false, properties: false } },
      ],
    },
  },
  {
    // Tests read JSON bodies of any shape (res.json()); asserting on them is the test's job.
    files: ['test/**/*.ts', '**/*.test.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  {
    // Decision 0004: on the till's hot path, objects are merged with Object.assign, never with a
    // spread followed by more properties. V8 builds a new chain of hidden classes for every such
    // literal, and they live until a full GC.
    files: [
      'src/db/prepared.ts',
      'src/modules/identity/api-token-cache.ts',
      'src/modules/redemptions/limit-period.ts',
      'src/modules/redemptions/redemption-rules.ts',
      'src/modules/redemptions/redemptions.repository.ts',
      'src/modules/redemptions/redemptions.service.ts',
      'src/modules/redemptions/till-quote.ts',
      'src/modules/ledger/redemption-booking.ts',
      'src/modules/ledger/redemption-booking.sql.ts',
      'src/modules/offers/stock.sql.ts',
      'src/modules/passes/till-usage.sql.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ObjectExpression > SpreadElement ~ Property',
          message:
            'Hot path (decision 0004): merge with Object.assign({}, a, { ... }), not a spread followed by properties.',
        },
      ],
    },
  },
  {
    // Module boundaries (docs/decisions/0007): a module may use another module's services, policies,
    // presenters, schemas and pure rules, never its repository (its SQL), its routes or its manifest.
    files: ['src/**/*.ts'],
    plugins: { boundaries, stadspas: { rules: { 'own-tables-only': ownTablesOnly } } },
    settings: {
      'boundaries/elements': [{ type: 'module', pattern: 'src/modules/*', capture: ['name'] }],
      'boundaries/include': ['src/**/*.ts'],
    },
    rules: {
      'stadspas/own-tables-only': 'error',
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          policies: [
            {
              from: { element: { type: 'module' } },
              disallow: {
                to: {
                  element: {
                    type: 'module',
                    captured: { name: '!{{ from.element.captured.name }}' },
                    fileInternalPath: ['*.repository.ts', '*.routes.ts', '*.module.ts'],
                  },
                },
              },
              message:
                "A module uses another module's service, never its repository, routes or manifest (decision 0007).",
            },
          ],
        },
      ],
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
