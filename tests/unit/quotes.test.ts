/**
 * Quotes detector: speakers, roles, cues and the not-speech rejections, on example text we wrote.
 */
import { describe, expect, it } from 'vitest';
import { detectParts, detectQuotes } from '../../core/detect/quotes';
import type { Part } from '../../core/quotes/types';
import { OPED_ARTICLE, OPED_SPEAKERS } from '../../core/detect/quotes.examples';
import { createSourceIndex } from '../../core/source-index';
import { splitTextBlocks } from '../../core/text-blocks';
import type { QuoteAnnotation } from '../../core/report';
import type { SourceIndex } from '../../core/dataset';

const emptyIndex = createSourceIndex([]);

function quotes(text: string, index: SourceIndex = emptyIndex): Part[] {
  // The stages' parts, before they are joined into utterances (tests/unit/quotes-utterances.test.ts).
  return detectParts({ blocks: splitTextBlocks(text), index, options: {}, credits: [] });
}

describe('detectQuotes on the op-ed example', () => {
  const found = quotes(OPED_ARTICLE);

  it('finds every expert quote with the full name, role and organisation', () => {
    expect(found.map((q) => ({ name: q.speaker.name, role: q.speaker.role, organization: q.speaker.organization }))).toEqual(
      OPED_SPEAKERS.map((s) => ({ ...s })),
    );
  });

  it('keeps the span text equal to the block slice, without the quote marks', () => {
    const blocks = splitTextBlocks(OPED_ARTICLE);
    for (const q of found) {
      const block = blocks.find((b) => b.id === q.span.block)!;
      expect(block.text.slice(q.span.start, q.span.end)).toBe(q.text);
      expect(q.text).not.toMatch(/^[“"]/);
    }
    expect(found[0]!.text).toBe('open to every coastal nation');
    expect(found[1]!.text).toBe('They treat the whole programme as a private club, not a partnership,');
  });

  it('does not take a headline or a scare quote for speech', () => {
    expect(found.some((q) => q.text.includes('quiet empire'))).toBe(false);
    expect(found.some((q) => q.text.includes('golden age'))).toBe(false);
  });

  it('marks reported speech as indirect and partial quotes as direct', () => {
    const notes = found.find((q) => q.cue === 'notes')!;
    expect(notes.direct).toBe(false);
    expect(notes.text.startsWith('Chile has doubled its research budget')).toBe(true);
    const partial = found.find((q) => q.cue === 'reports')!;
    expect(partial).toMatchObject({ text: 'blizzard of permits', direct: true });
  });

  it('continues the previous speaker for an unattributed quote right after a quote', () => {
    const second = found.find((q) => q.text.startsWith('We have no wish'))!;
    expect(second.cue).toBeNull();
    expect(second.text).toBe('We have no wish to join such a scheme.');
    expect(second.speaker.name).toBe('Ingrid Halvorsen');
  });

  it('paints the speaker name where it is written, also for a surname-only mention', () => {
    const blocks = splitTextBlocks(OPED_ARTICLE);
    const wrote = found.find((q) => q.cue === 'wrote')!;
    const span = wrote.speaker.span!;
    const block = blocks.find((b) => b.id === span.block)!;
    expect(block.text.slice(span.start, span.end)).toBe('Echeverria');
    expect(wrote.speaker.name).toBe('Tomas Echeverria');
  });

  it('links the organisation to the dataset through the index', () => {
    const index = createSourceIndex([]);
    const linked: SourceIndex = {
      ...index,
      lookup: (name) => (name === 'Financial Times' ? { id: 'ft-test' } as ReturnType<SourceIndex['lookup']> : null),
    };
    const withIndex = quotes(OPED_ARTICLE, linked);
    expect(withIndex.filter((q) => q.speaker.sourceId === 'ft-test').length).toBe(2);
  });
});

describe('detectQuotes shapes', () => {
  it('reads "Name said: “…”" and a straight-quoted leading attribution', () => {
    const [a] = quotes('Marta Quiroga said: “We will rebuild the bridge before winter.”');
    expect(a).toMatchObject({ text: 'We will rebuild the bridge before winter.', direct: true, cue: 'said' });
    expect(a!.speaker.name).toBe('Marta Quiroga');
    const [b] = quotes('Paul Ndiaye writes: "The port has never been busier than it is this spring."');
    expect(b).toMatchObject({ direct: true, cue: 'writes' });
    expect(b!.speaker.name).toBe('Paul Ndiaye');
  });

  it('reads a trailing attribution with the name before the verb', () => {
    const [a] = quotes('“The budget is simply too small for the job,” Karin Olsen said.');
    expect(a).toMatchObject({ text: 'The budget is simply too small for the job,', cue: 'said', direct: true });
    expect(a!.speaker.name).toBe('Karin Olsen');
  });

  it('does not attribute scare quotes of one or two words', () => {
    expect(quotes('The council passed a “reform” that changes little in the town.')).toEqual([]);
  });
});

describe('detectQuotes on a huge paragraph', () => {
  it('reads a 1 MB live-blog paragraph full of unclosed quotes in time linear in its length', async () => {
    // Fuzz seed 4: one paragraph of 1,000,193 characters. Searching each clause to the end of the block
    // and checking every quote against all found so far made it quadratic (11–13 s). No wall-clock
    // budget here (the machine is shared): the same page at a tenth of its size is timed in the same
    // process, and ten times the text must cost well under 100× (quadratic) — linear reads about 10×.
    const { generatePage } = await import('../fuzz/generator');
    const { reportFromHtml } = await import('../../cli/engine');
    const time = (html: string) => {
      const t0 = performance.now();
      const report = reportFromHtml(html, null);
      return { ms: performance.now() - t0, report };
    };
    const small = generatePage(4, { scale: 0.1 }).html;
    time(small); // warm-up: the source index and the compiled code
    const smallMs = Math.min(time(small).ms, time(small).ms);
    const big = time(generatePage(4).html);
    const smallQuotes = time(small).report.annotations.filter((a) => a.kind === 'quote').length;
    expect(Math.max(...big.report.blocks.map((b) => b.text.length))).toBeGreaterThan(900_000);
    const bigQuotes = big.report.annotations.filter((a) => a.kind === 'quote').length;
    expect(bigQuotes).toBeGreaterThan(smallQuotes * 5);
    expect(big.ms / smallMs).toBeLessThan(40);
  });
});
