/**
 * Options page entry (`options_ui`, opened in a tab): wires components/Options.tsx to extension storage.
 */
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { Options, type OptionsApi } from '../../components/Options';
import { SETTINGS_KEY, parseSettings } from '../../core/settings';
import { CORRECTIONS_KEY, parseCorrections } from '../../core/corrections';
import type { AboutReply } from '../../core/messages';
import './options.css';

const api: OptionsApi = {
  async loadSettings() {
    return parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  },
  async saveSettings(settings) {
    await browser.storage.local.set({ [SETTINGS_KEY]: settings });
  },
  async loadCorrections() {
    return parseCorrections((await browser.storage.local.get(CORRECTIONS_KEY))[CORRECTIONS_KEY]);
  },
  async saveCorrections(stored) {
    await browser.storage.local.set({ [CORRECTIONS_KEY]: stored });
  },
  async about() {
    const reply = (await browser.runtime.sendMessage({ type: 'about' }).catch(() => null)) as AboutReply | null;
    return { version: browser.runtime.getManifest().version, datasetAsOf: reply?.datasetAsOf ?? null, sources: reply?.sources ?? null };
  },
  download(name, text) {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
  },
};

render(<Options api={api} />, document.getElementById('app')!);
