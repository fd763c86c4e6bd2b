/**
 * WXT build configuration: one source tree, two builds (Chromium MV3, Firefox MV2).
 * Permissions are the fewest that work (see the manifest below). The one script on every page is the
 * gate (entrypoints/gate.ts); the background loads the annotator (entrypoints/annotate-page.ts).
 * SL_NOMINIFY=1 builds readable bundles (for reading the bench's profiles).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';

export default defineConfig({
  imports: false,
  // The source dataset ships as JSON files the background fetches (data/sources.json, about 9 MB, cut
  // into parts under 4 MB): kept out of the background's JavaScript, which stays small to parse, and
  // every file under AMO's 5 MB parse limit. See loadDataset() in entrypoints/background/brain.ts.
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      const { entries, ...meta } = JSON.parse(readFileSync(resolve(import.meta.dirname, 'data/sources.json'), 'utf8')) as { entries: unknown[] };
      const parts: unknown[][] = [[]];
      let size = 0;
      for (const e of entries) {
        const n = JSON.stringify(e).length;
        if (size + n > 3_500_000) {
          parts.push([]);
          size = 0;
        }
        parts.at(-1)!.push(e);
        size += n;
      }
      files.push({ relativeDest: 'sources/meta.json', contents: JSON.stringify({ ...meta, parts: parts.length }) });
      parts.forEach((part, i) => files.push({ relativeDest: `sources/part-${i}.json`, contents: JSON.stringify(part) }));
    },
  },
  vite: () => ({ build: { minify: process.env.SL_NOMINIFY ? false : undefined } }),
  manifest: ({ browser }) => ({
    name: 'Sourcelight',
    // public/_locales holds the interface strings (components/i18n.ts); a manifest with _locales needs this.
    default_locale: 'en',
    description:
      'Lights up who is quoted, who took each photo and which sentences are checkable claims. Nothing leaves your device.',
    // storage: settings and the per-tab report. The annotator is loaded into a page only when the
    // gate finds an article there, which needs host access to the pages the gate runs on
    // (the same http/https sites; no new install warning) and, in MV3, `scripting`.
    permissions: browser === 'firefox' ? ['storage', 'http://*/*', 'https://*/*'] : ['storage', 'scripting'],
    ...(browser === 'firefox' ? {} : { host_permissions: ['http://*/*', 'https://*/*'] }),
    // The gate: the one script on every page, kept tiny (entrypoints/gate.ts). At document_end, not
    // idle: idle waited up to 200 ms after DOMContentLoaded for nothing (npm run bench, breakdown).
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['gate.js'], run_at: 'document_end' }],
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Toggle all Sourcelight highlights on this tab',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sourcelight@sourcelight.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
