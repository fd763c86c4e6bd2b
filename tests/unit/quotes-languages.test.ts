/**
 * Quotes beyond English (issue 17 item 4): quote marks set the German way, cue words and speaker
 * inversion in German, French, Spanish, Portuguese and Italian, and the words of those languages that
 * open a sentence but name no one. Every sentence here is written by us.
 */
import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../core/detect/quotes';
import { opensWithFunctionWord } from '../../core/quotes/kinds';
import { findQuoteSegments } from '../../core/quotes/marks';
import { createSourceIndex } from '../../core/source-index';
import { splitTextBlocks } from '../../core/text-blocks';

const speakers = (text: string) =>
  detectQuotes({ blocks: splitTextBlocks(text), index: createSourceIndex([]), options: {}, credits: [] }).map((q) => [q.text.slice(0, 24), q.speaker.name, q.cue]);

const contents = (text: string) => findQuoteSegments(text).map((s) => text.slice(s.start, s.end));

describe('German guillemets »…«', () => {
  it('pairs » with the « after it', () => {
    expect(contents('Die Leiterin sagt: »Wir bleiben hier.« Dann geht sie.')).toEqual(['Wir bleiben hier.']);
    expect(contents('»Das reicht nicht«, sagt Jonas Brandt. »Wir brauchen mehr.«')).toEqual(['Das reicht nicht', 'Wir brauchen mehr.']);
    expect(contents('Er spricht von einem »klaren Signal« und von »Mut«.')).toEqual(['klaren Signal', 'Mut']);
  });

  it('still reads French «…» and leaves a lone closing » alone', () => {
    expect(contents('« Nous resterons », dit Claire Morel.')).toEqual(['Nous resterons']);
    expect(contents('Elle parle d’un « signal » clair.')).toEqual(['signal']);
    expect(contents('» suite du texte sans guillemet ouvrant')).toEqual([]);
  });
});

describe('cue words and speaker inversion beyond English', () => {
  it('reads the speaker inverted after the cue, in five languages', () => {
    expect(speakers('»Wir bleiben hier, egal was kommt«, sagt Jonas Brandt.')).toEqual([['Wir bleiben hier, egal w', 'Jonas Brandt', 'sagt']]);
    expect(speakers('« Nous resterons jusqu’au bout », a déclaré la maire Claire Morel.')).toEqual([['Nous resterons jusqu’au ', 'Claire Morel', 'a déclaré']]);
    expect(speakers('“No vamos a ceder nada”, dijo Ana Ruiz en la plaza.')).toEqual([['No vamos a ceder nada', 'Ana Ruiz', 'dijo']]);
    expect(speakers('“Vamos continuar a luta juntos”, afirmou o ministro João Prado.')).toEqual([['Vamos continuar a luta j', 'João Prado', 'afirmou']]);
    expect(speakers('«Resteremo qui fino alla fine», ha detto Marco Bellini.')).toEqual([['Resteremo qui fino alla ', 'Marco Bellini', 'ha detto']]);
  });

  it('reads a speaker named before the cue and a colon, or after selon / laut / según', () => {
    expect(speakers('Jonas Brandt sagt: »Wir bleiben hier, egal was kommt.«')).toEqual([['Wir bleiben hier, egal w', 'Jonas Brandt', 'sagt']]);
    expect(speakers('Selon Claire Morel, « rien n’est encore joué ici ».')).toEqual([['rien n’est encore joué i', 'Claire Morel', 'selon']]);
    expect(speakers('Según Ana Ruiz, “la obra termina en marzo”.')).toEqual([['la obra termina en marzo', 'Ana Ruiz', 'según']]);
  });

  it('takes "so X" only as a whole German attribution, and a role with no name as no name', () => {
    expect(speakers('Jonas Brandt leitet den Verein. »Wir bleiben hier, egal was kommt«, so Brandt.')[0]?.[1]).toBe('Jonas Brandt');
    expect(speakers('“We will stay right here,” so Ortiz left the room early.')[0]?.[1]).not.toBe('Ortiz');
    expect(speakers('»Das muss man gut erklären«, sagt der Sprecher. Plakate helfen dabei.')[0]?.[1]).toBeNull();
    expect(speakers('»Es darf keiner krank werden«, sagt Berning. Sonst schließt die Bäckerei.')[0]?.[1]).toBe('Berning');
  });
});

describe('sentence words are not speakers', () => {
  it('a name that opens with a function word of any language is no one', () => {
    for (const n of ['Die Hilfe', 'Doch der Aktivist', 'Mit Selbstironie', 'Mais', 'Pero el juez', 'Diesen Trend', 'Com isso']) expect(opensWithFunctionWord(n)).toBe(true);
    for (const n of ['Jonas Brandt', 'Marine Le Pen', 'De Gaulle', 'La Russa', 'Ursula von der Leyen', 'Da Silva']) expect(opensWithFunctionWord(n)).toBe(false);
  });
});

describe('teasers and shouting headlines are not quotes', () => {
  const detect = (blocks: { kind: 'heading' | 'list' | 'paragraph'; text: string }[]) =>
    detectQuotes({ blocks: blocks.map((b, i) => ({ id: `b${i}`, ...b })), index: createSourceIndex([]), options: {}, credits: [] }).map((q) => q.text);

  it('a heading in capitals after its label is a headline, not a transcript line', () => {
    expect(detect([{ kind: 'heading', text: 'MARTA ROBLES: ME FUI DE CASA A LOS DIEZ' }])).toEqual([]);
    expect(detect([{ kind: 'heading', text: 'JONAS BRANDT: WIR BLEIBEN HIER' }])).toEqual([]);
    expect(detect([{ kind: 'heading', text: 'CLAIRE MOREL : RIEN N’EST JOUÉ' }])).toEqual([]);
    // A transcript line in a paragraph is still one.
    expect(detect([{ kind: 'paragraph', text: 'OLSEN: We will not close the harbour while I am mayor.' }])).toEqual(['We will not close the harbour while I am mayor.']);
  });

  it('a list of "Name: “…”" links to other stories gives no headline quote', () => {
    const lines = ['Marta Robles: “Me fui de casa a los diez años”', 'Jonas Brandt: „Wir bleiben hier, egal was kommt“', 'Ana Ortiz: “We will rebuild the old ferry bridge”'];
    for (const text of lines) expect(detect([{ kind: 'list', text }]).length, text).toBe(0);
    expect(detect([{ kind: 'paragraph', text: lines[2]! }])).toEqual(['We will rebuild the old ferry bridge']);
  });
});

describe('a cue with no name: the person the paragraph named last', () => {
  it('reads a dropped subject after the cue (es, pt) and a pronoun inversion (fr)', () => {
    expect(speakers('Marta Robles, vecina del barrio, llegó temprano. “No es por miedo”, aclara.')[0]?.[1]).toBe('Marta Robles');
    expect(speakers('Rafael Costa, do sindicato dos portuários, chegou cedo. “Não vamos recuar agora”, conta e sai.')[0]?.[1]).toBe('Rafael Costa');
    expect(speakers('Devant la mairie, Claire Morel attend. « C’est la fin du quartier, soupire-t-elle. Rien ne va plus. »')[0]?.[1]).toBe('Claire Morel');
    expect(speakers('Claire Morel attend depuis midi. « Nous resterons jusqu’au bout », glisse-t-elle.')[0]?.[1]).toBe('Claire Morel');
  });

  it('skips names after a preposition or an article, and reads a name past an aside', () => {
    // "por la Liga de Derechos Humanos" names an organisation the speaker belongs to, not the speaker.
    expect(speakers('Habló en nombre de la Liga de Derechos Humanos. “No es por miedo”, aclara.')[0]?.[1]).toBeNull();
    expect(speakers('“Esto ya no es justicia”, lamenta, por su parte, Marta Robles.')[0]?.[1]).toBe('Marta Robles');
    expect(speakers('Il parle pour la Fondation Morel. « Nous resterons jusqu’au bout », lance-t-il.')[0]?.[1]).toBeNull();
  });
});

describe('reported speech beyond English', () => {
  const reported = (text: string) =>
    detectQuotes({ blocks: splitTextBlocks(text), index: createSourceIndex([]), options: {}, credits: [] })
      .filter((q) => !q.direct)
      .map((q) => [q.text, q.speaker.name, q.cue]);

  it('reads the cue and the name after the clause', () => {
    expect(reported('Die neue Halle sei viel zu klein für den Verein, so Jonas Brandt.')).toEqual([['Die neue Halle sei viel zu klein für den Verein', 'Jonas Brandt', 'so']]);
    expect(reported('Die Mieten müssten sofort eingefroren werden, fordert Jonas Brandt in einer Mitteilung.')).toEqual([['Die Mieten müssten sofort eingefroren werden', 'Jonas Brandt', 'fordert']]);
    expect(reported('La obra del puerto terminará antes de marzo, dijo Ana Ruiz.')).toEqual([['La obra del puerto terminará antes de marzo', 'Ana Ruiz', 'dijo']]);
  });

  it('reads an opening laut / selon / según with the name', () => {
    expect(reported('Laut Jonas Brandt ist die neue Halle viel zu klein.')).toEqual([['ist die neue Halle viel zu klein', 'Jonas Brandt', 'laut']]);
    expect(reported('Selon Claire Morel, le quartier perdra deux écoles cette année.')).toEqual([['le quartier perdra deux écoles cette année', 'Claire Morel', 'selon']]);
    expect(reported('Según Ana Ruiz, la obra del puerto terminará en marzo.')).toEqual([['la obra del puerto terminará en marzo', 'Ana Ruiz', 'según']]);
  });

  it('needs a person after the cue and a clause of some length', () => {
    expect(reported('Das war es, so Brandt.')).toEqual([]);
    expect(reported('Die Halle ist seit Jahren viel zu klein, sagt man in der ganzen Stadt.')).toEqual([]);
    expect(reported('Le quartier perdra deux écoles cette année, dit la rumeur.')).toEqual([]);
    // A genitive is no part of a name: "der Stadt" does not join "Brandt".
    expect(reported('Die Halle ist seit Jahren viel zu klein, sagt Brandt der Stadt.')[0]?.[1]).toBe('Brandt');
  });
});
