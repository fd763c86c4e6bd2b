/** The claim model is English: pages in other languages get no claims. Examples are our own writing. */
import { describe, expect, it } from 'vitest';
import { declaredLanguage, detectLanguage } from '../../core/claims/language';
import { claimsLanguage, detectClaims } from '../../core/detect/claims';
import { createSourceIndex } from '../../core/source-index';

const EXAMPLES: Record<string, string> = {
  en: 'The ferry operator lost two million euros in March, and the unions said that most of the crews had joined the strike by the end of the week.',
  de: 'Der Fährbetreiber hat im März zwei Millionen Euro verloren, und die Gewerkschaften sagten, dass sich die meisten Besatzungen bis zum Ende der Woche dem Streik angeschlossen hatten.',
  fr: 'Le transporteur a perdu deux millions d’euros en mars, et les syndicats ont dit que la plupart des équipages avaient rejoint la grève à la fin de la semaine.',
  es: 'La naviera perdió dos millones de euros en marzo, y los sindicatos dijeron que la mayoría de las tripulaciones se habían unido a la huelga para el final de la semana.',
  pt: 'A empresa de balsas perdeu dois milhões de euros em março, e os sindicatos disseram que a maioria das tripulações tinha aderido à greve até ao fim da semana.',
  ru: 'Паромный оператор потерял в марте два миллиона евро, и профсоюзы заявили, что к концу недели к забастовке присоединились почти все экипажи, а это было не так в прошлом году.',
};

describe('detectLanguage', () => {
  it.each(Object.entries(EXAMPLES))('%s', (lang, text) => {
    expect(detectLanguage(text).lang).toBe(lang);
    expect(detectLanguage(text).english).toBe(lang === 'en');
  });
  it('a declared <html lang> speaks for text too short to vote', () => {
    expect(detectLanguage('Streik beendet', 'de-DE')).toMatchObject({ lang: 'de', by: 'declared' });
    expect(detectLanguage('Strike ends')).toMatchObject({ lang: 'en', by: 'default' });
    expect(declaredLanguage('en_GB')).toBe('en');
    expect(declaredLanguage('')).toBe(null);
  });
});

describe('claims on a page in another language', () => {
  const index = createSourceIndex([]);
  const blocks = (text: string) => [0, 1, 2].map((i) => ({ id: `b${i}`, kind: 'paragraph' as const, text }));
  it('none are found on German, French, Spanish, Portuguese or Russian pages, and claimsLanguage says why', () => {
    for (const [lang, text] of Object.entries(EXAMPLES)) {
      const found = detectClaims({ blocks: blocks(text), index, options: { claimThreshold: 0.01 }, credits: [] });
      expect(found.length > 0, lang).toBe(lang === 'en');
      expect(claimsLanguage(blocks(text))).toEqual({ lang, english: lang === 'en' });
    }
  });
});
