/**
 * User settings: which highlight kinds are on, and claim sensitivity. Stored in storage.local
 * under one key with a schema version. Reading never throws: a corrupt or foreign value falls back
 * to defaults field by field, keeping every valid setting; older versions migrate.
 */
import { HIGHLIGHT_KINDS, type HighlightKind } from './report';

export const SETTINGS_KEY = 'sourcelight:settings';
export const SETTINGS_VERSION = 1;

export type Sensitivity = 'fewer' | 'balanced' | 'more';
export type Settings = {
  version: typeof SETTINGS_VERSION;
  kinds: Record<HighlightKind, boolean>;
  sensitivity: Sensitivity;
};

/** Claim score thresholds per sensitivity; scores are calibrated so that 0.5 maximises dev F1. */
export const CLAIM_THRESHOLDS: Record<Sensitivity, number> = { fewer: 0.7, balanced: 0.5, more: 0.3 };
export const SENSITIVITIES = Object.keys(CLAIM_THRESHOLDS) as Sensitivity[];

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    kinds: Object.fromEntries(HIGHLIGHT_KINDS.map((k) => [k, true])) as Record<HighlightKind, boolean>,
    sensitivity: 'balanced',
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
  return out;
}
