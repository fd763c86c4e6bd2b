/**
 * Test tiers, fast first: unit (core in Node), dom (jsdom: block extraction and range mapping),
 * e2e (puppeteer against the built extension in Debian Chromium and firefox-esr).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // No test has a wall-clock budget: vitest's default 5 s per test fails slow but correct tests on a
      // loaded machine, so the timeouts here only stop a test that hangs.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'core/**/*.test.ts'], environment: 'node', testTimeout: 300_000 } },
      { extends: true, test: { name: 'dom', include: ['tests/dom/**/*.test.{ts,tsx}'], environment: 'jsdom', testTimeout: 300_000 } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
