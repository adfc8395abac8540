import { readdirSync } from 'node:fs'

import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import { defineConfig, globalIgnores } from 'eslint/config'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * Layers, lowest first. A layer may import only the layers listed for it: dependencies flow one way,
 * lib → data/state → components → features → app, and features never import each other.
 */
const LAYERS = ['lib', 'data', 'state', 'components', 'features', 'app']
const ALLOWED = {
  lib: [],
  data: ['lib'],
  state: ['lib', 'data'],
  components: ['lib', 'data'],
  features: ['lib', 'data', 'state', 'components'],
  app: ['lib', 'data', 'state', 'components', 'features'],
}
/** Single modules a layer may import from a layer it otherwise may not: shared components speak the reader's language. */
const EXCEPTIONS = {
  components: { state: ['@/state/use-i18n'] },
}
const FEATURES = readdirSync(new URL('./src/features', import.meta.url))
/** A feature's sub-folders, one per figure (energy: lng/, phase-out/, sakhalin2/), share only through the panel's root. */
const FIGURES = Object.fromEntries(
  FEATURES.map((f) => [
    f,
    readdirSync(new URL(`./src/features/${f}`, import.meta.url), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name),
  ]),
)

/**
 * Inside src/data, by concern. The worker's code (worker/) is started only through load/, so the page's
 * bundle never takes in the parser and validator by an import; shaping (shape/, goods/) and validation
 * (validate/) are pure functions of records and never reach for loading or the worker.
 */
const DATA_FORBIDDEN = {
  validate: ['worker', 'goods'],
  goods: ['load', 'worker'],
  shape: ['load', 'worker'],
  official: ['load', 'worker'],
  '': ['worker'],
}

const noParentImports = {
  regex: '^\\.\\./',
  message: 'Import across folders through the "@/" alias, so layer rules can see the import.',
}

const layerRules = LAYERS.map((layer) => ({
  files: [`src/${layer}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          noParentImports,
          ...LAYERS.filter((other) => other !== layer && !ALLOWED[layer].includes(other)).map((other) => ({
            // A re-included module (!path) works only when the folder itself is not excluded.
            group: EXCEPTIONS[layer]?.[other]
              ? [`@/${other}/*`, ...EXCEPTIONS[layer][other].map((m) => `!${m}`)]
              : [`@/${other}/*`, `@/${other}`],
            message: `src/${layer} must not import src/${other}: dependencies flow lib → data/state → components → features → app.`,
          })),
        ],
      },
    ],
  },
}))

const featurePatterns = (feature) => [
  noParentImports,
  { group: ['@/app/*'], message: 'Features must not import the app shell.' },
  ...FEATURES.filter((f) => f !== feature).map((other) => ({
    group: [`@/features/${other}/*`],
    message: `Features never import each other (${feature} → ${other}); move shared code to data/, components/ or lib/.`,
  })),
]
const featureRules = FEATURES.flatMap((feature) => [
  {
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns: featurePatterns(feature) }] },
  },
  ...FIGURES[feature].map((figure) => ({
    files: [`src/features/${feature}/${figure}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...featurePatterns(feature),
            ...FIGURES[feature]
              .filter((f) => f !== figure)
              .map((other) => ({
                group: [`@/features/${feature}/${other}/*`],
                message: `A figure's folder never imports another's (${figure} → ${other}); share through src/features/${feature}/.`,
              })),
          ],
        },
      ],
    },
  })),
])

/** The data layer's own rules: src/data's sub-folders, plus what src/data may import at all. */
const dataPatterns = LAYERS.filter((other) => other !== 'data' && !ALLOWED.data.includes(other)).map(
  (other) => ({
    group: [`@/${other}/*`, `@/${other}`],
    message: `src/data must not import src/${other}: dependencies flow lib → data/state → components → features → app.`,
  }),
)
const dataRules = Object.entries(DATA_FORBIDDEN).map(([folder, forbidden]) => ({
  files: folder === '' ? ['src/data/*.{ts,tsx}'] : [`src/data/${folder}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          noParentImports,
          ...dataPatterns,
          ...forbidden.map((other) => ({
            group: [`@/data/${other}/*`],
            message: `src/data/${folder || '(top)'} must not import src/data/${other}: see DATA_FORBIDDEN in eslint.config.js.`,
          })),
        ],
      },
    ],
  },
}))

export default defineConfig([
  globalIgnores(['dist', 'coverage', 'node_modules']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommended,
      reactHooks.configs.flat.recommended,
      jsxA11y.flatConfigs.recommended,
      pluginQuery.configs['flat/recommended'],
    ],
    languageOptions: { globals: globals.browser },
    rules: {
      eqeqeq: ['error', 'always'],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...layerRules.filter((r) => !r.files[0].startsWith('src/features')),
  ...dataRules,
  ...featureRules,
  {
    // Every word a reader sees comes from the message catalogue (src/lib/i18n), in English and Japanese.
    files: ['src/app/**/*.tsx', 'src/components/**/*.tsx', 'src/features/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXText[value=/[A-Za-z\\u3040-\\u30ff\\u4e00-\\u9fff]/]',
          message: "Words in JSX come from the catalogue: t('key') (src/lib/i18n/en, ja).",
        },
        {
          selector:
            'JSXAttribute[name.name=/^(title|aria-label|aria-description|placeholder|alt|label)$/] > Literal[value=/[A-Za-z\\u3040-\\u30ff\\u4e00-\\u9fff]/]',
          message: "Reader-facing attributes come from the catalogue: t('key').",
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
])
