/**
 * Quotes beyond English (issue 17 item 4): quote marks set the German way, cue words and speaker
 * inversion in German, French, Spanish, Portuguese and Italian, and the words of those languages that
 * open a sentence but name no one. Every sentence here is written by us.
 */
import { describe, expect, it } from 'vitest';
import { findQuoteSegments } from '../../core/quotes/marks';

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
