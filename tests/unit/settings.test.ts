import { describe, expect, it } from 'vitest';
import { defaultSettings, parseSettings, SETTINGS_VERSION } from '../../core/settings';

describe('settings', () => {
  it('defaults to every kind on and balanced claims', () => {
    const s = defaultSettings();
    expect(Object.values(s.kinds).every(Boolean)).toBe(true);
    expect(s.sensitivity).toBe('balanced');
    expect(s.version).toBe(SETTINGS_VERSION);
  });

  it.each([undefined, null, 42, 'corrupt', [], [1, 2], { kinds: 'nope' }, { sensitivity: 7 }])(
    'falls back to defaults for a corrupt or foreign value (%j) without throwing',
    (raw) => {
      expect(parseSettings(raw)).toEqual(defaultSettings());
    },
  );

  it('keeps every valid setting and drops only the invalid ones', () => {
    const s = parseSettings({ version: 1, kinds: { quote: false, claim: 'yes', source: false, bogus: true }, sensitivity: 'loud' });
    expect(s.kinds).toEqual({ quote: false, speaker: true, credit: true, claim: true, source: false });
    expect(s.sensitivity).toBe('balanced');
    expect(parseSettings({ version: 1, sensitivity: 'fewer' }).sensitivity).toBe('fewer');
  });

  it('migrates the unversioned shape ({ enabled: {...} })', () => {
    const s = parseSettings({ enabled: { credit: false } });
    expect(s.kinds.credit).toBe(false);
    expect(s.kinds.quote).toBe(true);
    expect(s.version).toBe(1);
  });

  it('ignores a newer version it does not know rather than inventing values', () => {
    const s = parseSettings({ version: 99, kinds: { quote: false }, sensitivity: 'more' });
    expect(s.kinds.quote).toBe(false);
    expect(s.sensitivity).toBe('more');
  });
});
