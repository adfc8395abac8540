/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url'

import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

import { firstScreenChunk } from './scripts/first-screen-chunk.ts'
import { inlineLocaleGate } from './scripts/inline-locale-gate.ts'
import { prerenderDefaultView } from './scripts/prerender-default-view.ts'

const src = fileURLToPath(new URL('./src', import.meta.url))
const firstScreen = firstScreenChunk()

export default defineConfig({
  // Relative base: dist/ works from any static host, at the root or under a sub-path.
  base: './',
  plugins: [
    react(),
    firstScreen.plugin,
    inlineLocaleGate({
      gate: fileURLToPath(new URL('./public/locale-gate.js', import.meta.url)),
      page: fileURLToPath(new URL('./index.html', import.meta.url)),
    }),
    prerenderDefaultView(),
  ],
  resolve: { alias: { '@': src } },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  // A module worker, so what it imports on demand (papaparse for CSV, SheetJS for a workbook) stays in
  // chunks of its own: a JSON dataset never downloads the spreadsheet reader.
  worker: { format: 'es' },
  build: {
    // The first screen is prerendered HTML (scripts/prerender-default-view.ts) and paints without any script. Preload
    // links in index.html made the entry's chunks (charts, react, vendor: ~220 kB gzip) download and
    // compile alongside that first paint on 2 cores; without them, first contentful paint came
    // 100-250 ms sooner (bench). The entry still loads them as its static imports; dynamic imports
    // keep their preloads.
    modulePreload: {
      resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? [] : deps),
    },
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 30 },
            {
              name: 'charts',
              test: /node_modules[\\/](recharts|d3-[^\\/]+|victory-vendor|redux|@reduxjs|immer|reselect|es-toolkit|decimal\.js-light|eventemitter3)[\\/]/,
              priority: 20,
            },
            // Lazily imported packages stay out of the eager vendor chunk.
            {
              name: 'vendor',
              test: /node_modules[\\/](?!papaparse[\\/]|zod[\\/]|@e965[\\/])/,
              priority: 10,
            },
            firstScreen.group,
          ],
        },
      },
    },
  },
  test: {
    css: false,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['./tests/english-areas.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['./tests/english-areas.ts', './tests/setup.ts'],
          // jsdom renders whole panels (charts, 91-row tables); on a busy 2-core machine 5 s is too tight.
          testTimeout: 20_000,
        },
      },
    ],
  },
})
