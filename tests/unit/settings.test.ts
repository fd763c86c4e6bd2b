import { describe, expect, it } from 'vitest';
import { defaultSettings, isOffOn, parseSettings, siteKey, SETTINGS_VERSION, withSite } from '../../core/settings';

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
    expect(s.version).toBe(SETTINGS_VERSION);
  });

  it('migrates version 1 (no sites, no language) keeping its kinds and sensitivity', () => {
    const s = parseSettings({ version: 1, kinds: { claim: false }, sensitivity: 'more' });
    expect(s).toEqual({ ...defaultSettings(), kinds: { ...defaultSettings().kinds, claim: false }, sensitivity: 'more' });
  });

  it('keeps each valid switched-off site and language, dropping only the invalid ones', () => {
    const s = parseSettings({ version: 2, offSites: ['b.example', 42, 'a.example', 'not a host!', 'b.example'], language: 'de' });
    expect(s.offSites).toEqual(['a.example', 'b.example']);
    expect(s.language).toBe('de');
    expect(parseSettings({ version: 2, offSites: 'x', language: 'klingon' })).toEqual(defaultSettings());
  });

  it('switches a site off and on by its host, without www.', () => {
    const off = withSite(defaultSettings(), 'https://www.News.example/a?b#c', true);
    expect(off.offSites).toEqual(['news.example']);
    expect(isOffOn(off, 'http://news.example/other')).toBe(true);
    expect(isOffOn(off, 'https://elsewhere.example/')).toBe(false);
    expect(withSite(off, 'https://news.example/', false).offSites).toEqual([]);
    expect(siteKey('chrome://extensions')).toBeNull();
    expect(isOffOn(off, null)).toBe(false);
  });

  it('ignores a newer version it does not know rather than inventing values', () => {
    const s = parseSettings({ version: 99, kinds: { quote: false }, sensitivity: 'more' });
    expect(s.kinds.quote).toBe(false);
    expect(s.sensitivity).toBe('more');
  });
});
