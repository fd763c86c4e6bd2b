import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGS, pickLanguage, setLanguage, t } from '../../components/i18n';
import { LANGUAGES } from '../../core/settings';

const dir = join(import.meta.dirname, '../../public/_locales');

describe('interface languages', () => {
  it('ships exactly en, de, fr, es, ru, each with every key of English, no empty message and the same placeholders', () => {
    expect(readdirSync(dir).sort()).toEqual([...LANGUAGES].sort());
    const en = CATALOGS.en;
    for (const lang of LANGUAGES) {
      const cat = JSON.parse(readFileSync(join(dir, lang, 'messages.json'), 'utf8')) as typeof en;
      const missing = Object.keys(en).filter((k) => !(k in cat));
      expect(missing, `${lang} lacks`).toEqual([]);
      const extra = Object.keys(cat).filter((k) => !(k in en));
      expect(extra, `${lang} has keys English lacks`).toEqual([]);
      for (const [k, v] of Object.entries(cat)) {
        expect(v.message.trim(), `${lang}.${k}`).not.toBe('');
        expect(Object.keys(v.placeholders ?? {}), `${lang}.${k} placeholders`).toEqual(Object.keys(en[k as keyof typeof en].placeholders ?? {}));
      }
    }
  });

  it('the reader’s choice overrides the browser’s language; unknown languages fall back to English', () => {
    expect(pickLanguage('auto', 'de-AT')).toBe('de');
    expect(pickLanguage('auto', 'ja')).toBe('en');
    expect(pickLanguage('ru', 'de-DE')).toBe('ru');
    setLanguage('fr', 'de');
    expect(t('correctNotQuote')).toBe('Pas une citation');
    expect(t('switchOffOn', 'example.com')).toBe('Désactiver sur example.com');
    setLanguage('en');
    expect(t('switchOffOn', 'example.com')).toBe('Switch off on example.com');
  });
});
