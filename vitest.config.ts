import { defineConfig } from 'vitest/config';

// unit: pure logic, schemas and content files (no build needed; build-guard builds its own copies).
// site: assertions on the built dist/. Both share a worker's modules between test files (isolate:
// false): no test mocks a module, stubs a global or changes the environment, and importing the content
// and schema modules once per worker instead of once per file halves their CPU time (measured: unit
// 44.6 -> 23.2 CPU-s, site 16.1 -> 8.5). browser: one headless Chromium against dist/ served by nginx,
// both started once by the global setup for all browser test files, which run two at a time.
// lighthouse: the same harness, for Lighthouse alone (scripts/test.ts runs it after everything else,
// since its simulated timings read the CPU).
const LIGHTHOUSE = 'tests/browser/lighthouse.test.ts';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], isolate: false } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          exclude: [LIGHTHOUSE],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'lighthouse',
          include: [LIGHTHOUSE],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 300_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
