/**
 * The options page: kinds on by default, claim sensitivity, sites Sourcelight is switched off on,
 * the reader's corrections (each undoable; export and import as JSON), data credits, version and the
 * dataset's as-of date. Renders from plain data through OptionsApi, so it is tested without a browser.
 */
import { useEffect, useState } from 'preact/hooks';
import { HIGHLIGHT_KINDS, type HighlightKind } from '../core/report';
import { SENSITIVITIES, type Sensitivity, type Settings } from '../core/settings';
import {
  exportCorrections, importCorrections, removeCorrection, type StoredCorrections,
} from '../core/corrections';
import { CORRECTION_LABELS } from './CorrectMenu';
import { setLanguage, t } from './i18n';
import { LANGUAGES, type Language } from '../core/settings';

/** Each language named in itself. */
const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', de: 'Deutsch', fr: 'Français', es: 'Español', ru: 'Русский' };

export type OptionsApi = {
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  loadCorrections(): Promise<StoredCorrections>;
  saveCorrections(stored: StoredCorrections): Promise<void>;
  /** The extension's version and the bundled dataset's as-of date. */
  about(): Promise<{ version: string; datasetAsOf: string | null; sources: number | null }>;
  /** Offers `text` as a file download. */
  download(name: string, text: string): void;
};

const KIND_NAMES: Record<HighlightKind, string> = {
  quote: 'Quotes', speaker: 'Speakers', credit: 'Photo credits', claim: 'Claims', source: 'Sources',
};
const SENSITIVITY_NAMES: Record<Sensitivity, string> = {
  fewer: 'Fewer (only the clearest)', balanced: 'Balanced', more: 'More (also borderline sentences)',
};

export function Options({ api }: { api: OptionsApi }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [corrections, setCorrections] = useState<StoredCorrections | null>(null);
  const [about, setAbout] = useState<Awaited<ReturnType<OptionsApi['about']>> | null>(null);
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => {
    void api.loadSettings().then(setSettings);
    void api.loadCorrections().then(setCorrections);
    void api.about().then(setAbout).catch(() => setAbout(null));
  }, [api]);

  const save = (next: Settings) => {
    setSettings(next);
    void api.saveSettings(next);
  };
  const saveCorrections = (next: StoredCorrections) => {
    setCorrections(next);
    void api.saveCorrections(next);
  };

  if (settings) setLanguage(settings.language);
  return (
    <main class="sl-options">
      <h1>{t('optionsTitle')}</h1>
      {settings && (
        <>
          <section aria-labelledby="sl-o-lang">
            <h2 id="sl-o-lang">{t('optionsLanguage')}</h2>
            <select
              class="sl-o-language"
              aria-labelledby="sl-o-lang"
              value={settings.language}
              onChange={(e) => save({ ...settings, language: (e.currentTarget as HTMLSelectElement).value as Settings['language'] })}
            >
              <option value="auto">{t('optionsLanguageAuto')}</option>
              {LANGUAGES.map((l) => (
                <option value={l}>{LANGUAGE_NAMES[l]}</option>
              ))}
            </select>
          </section>
          <section aria-labelledby="sl-o-kinds">
            <h2 id="sl-o-kinds">{t('optionsKinds')}</h2>
            {HIGHLIGHT_KINDS.map((k) => (
              <label class="sl-o-kind">
                <input
                  type="checkbox"
                  data-kind={k}
                  checked={settings.kinds[k]}
                  onChange={(e) => save({ ...settings, kinds: { ...settings.kinds, [k]: (e.currentTarget as HTMLInputElement).checked } })}
                />{' '}
                {KIND_NAMES[k]}
              </label>
            ))}
          </section>
          <section aria-labelledby="sl-o-sens">
            <h2 id="sl-o-sens">{t('optionsSensitivity')}</h2>
            <label>
              Mark as claims:{' '}
              <select
                class="sl-o-sensitivity"
                value={settings.sensitivity}
                onChange={(e) => save({ ...settings, sensitivity: (e.currentTarget as HTMLSelectElement).value as Sensitivity })}
              >
                {SENSITIVITIES.map((s) => (
                  <option value={s}>{SENSITIVITY_NAMES[s]}</option>
                ))}
              </select>
            </label>
          </section>
          <section aria-labelledby="sl-o-sites">
            <h2 id="sl-o-sites">{t('optionsSites')}</h2>
            {settings.offSites.length === 0 ? (
              <p class="sl-o-none">None. Switch a site off from the popup (“Switch off on this site”).</p>
            ) : (
              <ul class="sl-o-sites">
                {settings.offSites.map((host) => (
                  <li>
                    {host}{' '}
                    <button type="button" class="sl-o-site-on" onClick={() => save({ ...settings, offSites: settings.offSites.filter((h) => h !== host) })}>
                      Switch back on
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
      {corrections && (
        <section aria-labelledby="sl-o-corr">
          <h2 id="sl-o-corr">{t('optionsCorrections')}</h2>
          <p>Kept on this device only. Each is applied every time you open its page (“hide this source”: on every page).</p>
          {corrections.items.length === 0 ? (
            <p class="sl-o-none">No corrections yet. Use “Correct…” in the popup or in a card on the page.</p>
          ) : (
            <ul class="sl-o-corrections">
              {[...corrections.items].sort((a, b) => b.at - a.at).map((c) => (
                <li class="sl-o-correction" data-id={c.id}>
                  <strong>{CORRECTION_LABELS[c.kind]}</strong>
                  {c.speaker ? ` → ${c.speaker}` : ''}: “{c.text.length > 140 ? `${c.text.slice(0, 140)}…` : c.text}”
                  {c.page && <span class="sl-o-page"> · {c.page}</span>}{' '}
                  <button type="button" class="sl-o-undo" onClick={() => saveCorrections(removeCorrection(corrections, c.id))}>
                    {t('undo')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <p class="sl-o-io">
            <button type="button" class="sl-o-export" onClick={() => api.download('sourcelight-corrections.json', exportCorrections(corrections))}>
              Export as JSON
            </button>{' '}
            <label class="sl-o-import">
              Import JSON:{' '}
              <input
                type="file"
                accept="application/json,.json"
                onChange={async (e) => {
                  const file = (e.currentTarget as HTMLInputElement).files?.[0];
                  if (!file) return;
                  try {
                    const next = importCorrections(corrections, await file.text());
                    saveCorrections(next);
                    setNote(`Imported: ${next.items.length - corrections.items.length} new corrections.`);
                  } catch {
                    setNote('That file is not a Sourcelight corrections export.');
                  }
                }}
              />
            </label>
          </p>
          {note && <p role="status" class="sl-o-note">{note}</p>}
        </section>
      )}
      <section aria-labelledby="sl-o-about">
        <h2 id="sl-o-about">{t('optionsAbout')}</h2>
        <p class="sl-o-version">
          Version {about?.version ?? '…'} · dataset as of {about?.datasetAsOf ?? '…'}
          {about?.sources ? ` (${about.sources} sources)` : ''}
        </p>
        <p>Nothing leaves your device: no network requests, no analytics. Settings and corrections are stored in this browser.</p>
        <h3>{t('optionsCredits')}</h3>
        <p>
          State-control ratings come from the State Media Matrix of the Alliance for Securing Democracy (German Marshall Fund),
          seeded by the State Media Monitor (Media and Journalism Research Center), MIT licence. Each card names the source of each of its facts.
        </p>
      </section>
    </main>
  );
}
