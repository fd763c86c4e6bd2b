/**
 * User settings: which highlight kinds are on, claim sensitivity, the sites Sourcelight is switched
 * off on, and the interface language. Stored in storage.local
 * under one key with a schema version. Reading never throws: a corrupt or foreign value falls back
 * to defaults field by field, keeping every valid setting; older versions migrate.
 */
import { HIGHLIGHT_KINDS, type HighlightKind } from './report';

export const SETTINGS_KEY = 'sourcelight:settings';
export const SETTINGS_VERSION = 2;

export type Sensitivity = 'fewer' | 'balanced' | 'more';
/** Interface languages (the `_locales` folders); 'auto' follows the browser. */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];
export type Settings = {
  version: typeof SETTINGS_VERSION;
  kinds: Record<HighlightKind, boolean>;
  sensitivity: Sensitivity;
  /** Hosts (`www.` dropped) Sourcelight does not read, sorted. */
  offSites: string[];
  language: Language | 'auto';
};

/** The key a page's host is stored under in `offSites`: lower case, without `www.`; null for non-web addresses. */
export function siteKey(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.hostname.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** Whether Sourcelight is switched off on the page at `url`. */
export function isOffOn(settings: Settings, url: string | null | undefined): boolean {
  const key = siteKey(url);
  return key !== null && settings.offSites.includes(key);
}

/** Settings with the site of `url` switched off (`off`) or back on. */
export function withSite(settings: Settings, url: string, off: boolean): Settings {
  const key = siteKey(url);
  if (!key) return settings;
  const rest = settings.offSites.filter((h) => h !== key);
  return { ...settings, offSites: off ? [...rest, key].sort() : rest };
}

const HOST = /^[a-z0-9.-]{1,253}(:\d{1,5})?$/;

/** Claim score thresholds per sensitivity; scores are calibrated so that 0.5 maximises dev F1. */
export const CLAIM_THRESHOLDS: Record<Sensitivity, number> = { fewer: 0.7, balanced: 0.5, more: 0.3 };
export const SENSITIVITIES = Object.keys(CLAIM_THRESHOLDS) as Sensitivity[];

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    kinds: Object.fromEntries(HIGHLIGHT_KINDS.map((k) => [k, true])) as Record<HighlightKind, boolean>,
    sensitivity: 'balanced',
    offSites: [],
    language: 'auto',
  };
}

/** Reads a stored value into valid settings, migrating old shapes and dropping only what is invalid. */
export function parseSettings(raw: unknown): Settings {
  const out = defaultSettings();
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return out;
  const rec = raw as Record<string, unknown>;
  // Version 0 (unversioned) stored `{ enabled: { quote: bool, ... } }`.
  const kinds = rec.kinds ?? (rec.version === undefined ? rec.enabled : undefined);
  if (kinds && typeof kinds === 'object' && !Array.isArray(kinds)) {
    for (const k of HIGHLIGHT_KINDS) {
      const v = (kinds as Record<string, unknown>)[k];
      if (typeof v === 'boolean') out.kinds[k] = v;
    }
  }
  if (typeof rec.sensitivity === 'string' && (SENSITIVITIES as string[]).includes(rec.sensitivity)) {
    out.sensitivity = rec.sensitivity as Sensitivity;
  }
  // Version 1 had neither field: the defaults stand. A list keeps each valid host and drops the rest.
  if (Array.isArray(rec.offSites)) {
    const hosts = rec.offSites.filter((h): h is string => typeof h === 'string' && HOST.test(h));
    out.offSites = [...new Set(hosts)].sort();
  }
  if (rec.language === 'auto' || (LANGUAGES as readonly unknown[]).includes(rec.language)) out.language = rec.language as Settings['language'];
  return out;
}
