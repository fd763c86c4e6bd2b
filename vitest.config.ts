/**
 * Test tiers, fast first: unit (core in Node), dom (jsdom: block extraction and range mapping),
 * e2e (puppeteer against the built extension in Debian Chromium and firefox-esr).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'core/**/*.test.ts'], environment: 'node' } },
      { extends: true, test: { name: 'dom', include: ['tests/dom/**/*.test.{ts,tsx}'], environment: 'jsdom' } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
