/**
 * Interface strings: the `_locales/<lang>/messages.json` files the browser's own `i18n` reads (the
 * manifest's name and description), bundled here too so that the language chosen in the options page
 * can override the browser's (browser.i18n always follows the browser). Chrome's message format:
 * `{ key: { message, placeholders? } }`, `$NAME$` placeholders bound to `$1`, `$2`…
 */
import en from '../public/_locales/en/messages.json';
import de from '../public/_locales/de/messages.json';
import fr from '../public/_locales/fr/messages.json';
import es from '../public/_locales/es/messages.json';
import ru from '../public/_locales/ru/messages.json';
import { LANGUAGES, type Language } from '../core/settings';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
export type MessageKey = keyof typeof en;

export const CATALOGS: Record<Language, Messages> = { en, de, fr, es, ru };

let current: Language = 'en';

/** The language to use: the reader's choice, else the browser's (`navigator.language`), else English. */
export function pickLanguage(choice: Language | 'auto', browserLanguage: string | undefined): Language {
  if (choice !== 'auto') return choice;
  const base = (browserLanguage ?? 'en').toLowerCase().split('-')[0] as Language;
  return (LANGUAGES as readonly string[]).includes(base) ? base : 'en';
}

/** Sets the interface language for every later `t`. */
export function setLanguage(choice: Language | 'auto', browserLanguage = globalThis.navigator?.language): Language {
  current = pickLanguage(choice, browserLanguage);
  return current;
}

export function currentLanguage(): Language {
  return current;
}

/** One interface string in the current language (English when a catalog lacks it), `$1`… filled from `subs`. */
export function t(key: MessageKey, ...subs: string[]): string {
  const entry = CATALOGS[current][key] ?? (en as Messages)[key];
  if (!entry) return key;
  let text = entry.message;
  for (const [name, ph] of Object.entries(entry.placeholders ?? {})) text = text.split(`$${name.toUpperCase()}$`).join(ph.content);
  return text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}
