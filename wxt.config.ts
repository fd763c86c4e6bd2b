/**
 * WXT build configuration: one source tree, two builds (Chromium MV3, Firefox MV2).
 * Permissions are the fewest that work: `storage` for settings and the per-tab report.
 * The content script is declared in entrypoints/content.ts (http/https only).
 */
import { defineConfig } from 'wxt';

export default defineConfig({
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Sourcelight',
    description:
      'Lights up who is quoted, who took each photo and which sentences are checkable claims. Nothing leaves your device.',
    permissions: ['storage'],
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
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
