/**
 * Quotes detector, one rule per test: quote styles, multi-paragraph and split quotes, partial and
 * reported speech, cue tenses and inversion, pronouns, anonymous sources, titles, credits left alone.
 * Every sentence here is written by us.
 */
import { describe, expect, it } from 'vitest';
import { detectParts, detectQuotes } from '../../core/detect/quotes';
import type { Part } from '../../core/quotes/types';
import { createSourceIndex } from '../../core/source-index';
import { splitTextBlocks } from '../../core/text-blocks';
import type { Block, CreditAnnotation, QuoteAnnotation } from '../../core/report';

function quotes(text: string | Block[], credits: CreditAnnotation[] = []): Part[] {
  const blocks = typeof text === 'string' ? splitTextBlocks(text) : text;
  // The stages' parts, before they are joined into utterances (tests/unit/quotes-utterances.test.ts).
  return detectParts({ blocks, index: createSourceIndex([]), options: {}, credits });
}

const brief = (q: Part) => ({ text: q.text, direct: q.direct, cue: q.cue, name: q.speaker.name });

describe('quote styles', () => {
  const styles: [string, string][] = [
    ['“', '”'],
    ['"', '"'],
    ['‘', '’'],
    ["'", "'"],
    ['«', '»'],
    ['„', '“'],
    ['‚', '‘'],
    ['「', '」'],
  ];
  for (const [open, close] of styles) {
    it(`reads ${open}…${close}`, () => {
      const found = quotes(`Marta Quiroga said: ${open}We will rebuild the bridge before winter.${close}`);
      expect(found.map(brief)).toEqual([{ text: 'We will rebuild the bridge before winter.', direct: true, cue: 'said', name: 'Marta Quiroga' }]);
    });
  }

  it('keeps apostrophes inside words out of single-quote detection', () => {
    const [q] = quotes("‘We don’t have the money, and we won’t pretend we do,’ Marta Quiroga said.");
    expect(q!.text).toBe('We don’t have the money, and we won’t pretend we do,');
    expect(q!.speaker.name).toBe('Marta Quiroga');
  });
});

describe('quote structure', () => {
  it('joins a split quote into one annotation', () => {
    const found = quotes('“The plan,” Karin Olsen said, “is dead and buried.”');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ direct: true, cue: 'said', text: 'The plan,” Karin Olsen said, “is dead and buried.' });
  });

  it('carries a quote left open at the end of a paragraph into the next one', () => {
    const text = [
      'Paul Ndiaye, the port director, said: “The first part of a long statement runs on and does not close',
      '“The second paragraph carries the same statement to its end.”',
    ].join('\n\n');
    const found = quotes(text);
    expect(found.map((q) => [q.span.block, q.speaker.name])).toEqual([
      ['b0', 'Paul Ndiaye'],
      ['b1', 'Paul Ndiaye'],
    ]);
  });

  it('attributes an open first paragraph when the attribution comes in the next', () => {
    const text = ['“The first part of a long statement runs on and does not close', '“The second paragraph ends it,” said Paul Ndiaye, the port director.'].join('\n\n');
    const found = quotes(text);
    expect(found.map((q) => q.span.block).sort()).toEqual(['b0', 'b1']);
    expect(found.every((q) => q.speaker.name === 'Paul Ndiaye' && q.speaker.role === 'port director')).toBe(true);
  });

  it('marks a partial quote inside a sentence as direct, with the sentence speaker', () => {
    const [q] = quotes('Karin Olsen also writes about a “flood of paperwork” facing small farms.');
    expect(brief(q!)).toEqual({ text: 'flood of paperwork', direct: true, cue: 'writes', name: 'Karin Olsen' });
  });
});

describe('reported speech', () => {
  it('takes the reported clause as content for say, note, tell and according to', () => {
    expect(quotes('Karin Olsen notes that the budget will shrink by a fifth next year.').map(brief)).toEqual([
      { text: 'the budget will shrink by a fifth next year', direct: false, cue: 'notes', name: 'Karin Olsen' },
    ]);
    expect(quotes('Karin Olsen said the budget will shrink by a fifth.').map(brief)[0]).toMatchObject({ text: 'the budget will shrink by a fifth', direct: false });
    expect(quotes('Karin Olsen told reporters that the budget will shrink by a fifth.').map(brief)[0]).toMatchObject({
      text: 'the budget will shrink by a fifth',
      cue: 'told',
      name: 'Karin Olsen',
    });
    expect(quotes('According to Karin Olsen, the budget will shrink by a fifth next year.').map(brief)[0]).toMatchObject({
      text: 'the budget will shrink by a fifth next year',
      cue: 'according to',
      name: 'Karin Olsen',
    });
    expect(quotes('The budget will shrink by a fifth next year, according to Karin Olsen.').map(brief)[0]).toMatchObject({
      text: 'The budget will shrink by a fifth next year',
      name: 'Karin Olsen',
    });
  });

  it('reads cues in every tense, before or after the speaker', () => {
    for (const cue of ['says', 'said', 'has said', 'was saying', 'argued', 'insists', 'warned', 'acknowledged']) {
      const [q] = quotes(`“Nothing about the harbour plan adds up,” Karin Olsen ${cue}.`);
      expect(q?.speaker.name, cue).toBe('Karin Olsen');
    }
    const [inverted] = quotes('“Nothing about the harbour plan adds up,” insisted Karin Olsen.');
    expect(inverted).toMatchObject({ cue: 'insisted' });
    expect(inverted!.speaker.name).toBe('Karin Olsen');
  });
});

describe('speakers', () => {
  it('resolves a surname to the full name and keeps the role from the first mention', () => {
    const text = ['Karin Olsen, the mayor of Bergvik, opened the meeting.', 'Olsen said the harbour would reopen in spring.'].join('\n\n');
    const [q] = quotes(text);
    expect(q!.speaker).toMatchObject({ name: 'Karin Olsen', role: 'mayor of Bergvik', organization: 'Bergvik' });
  });

  it('resolves he/she to the most recent person', () => {
    const text = 'Paul Ndiaye runs the port. He said the cranes would arrive in May.';
    expect(quotes(text)[0]!.speaker.name).toBe('Paul Ndiaye');
  });

  it('gives anonymous and collective sources no name and an anonymous role', () => {
    for (const text of ['The harbour will close for a month, officials said.', 'A senior official said the harbour will close for a month.', 'Sources said the harbour will close for a month.']) {
      const [q] = quotes(text);
      expect(q?.speaker, text).toMatchObject({ name: null, role: 'anonymous source' });
    }
  });

  it('splits title pre-modifiers into the role', () => {
    const [q] = quotes('Chilean President Gabriela Soto said the port deal would be signed this week.');
    expect(q!.speaker).toMatchObject({ name: 'Gabriela Soto', role: 'Chilean President' });
  });

  it('uses the venue as organisation when the role names none', () => {
    const [q] = quotes('“The port is the country’s real frontier,” writes Paul Ndiaye, a former shipping clerk, in Harbour Review.');
    expect(q!.speaker).toMatchObject({ name: 'Paul Ndiaye', role: 'former shipping clerk', organization: 'Harbour Review' });
  });

  it('reads transcript labels and headline colons', () => {
    const [t] = quotes('OLSEN: We will not close the harbour while I am mayor.');
    expect(t).toMatchObject({ cue: ':', text: 'We will not close the harbour while I am mayor.' });
    const [h] = quotes('Mayor Olsen: ‘The Harbour Stays Open.’');
    expect(h).toMatchObject({ cue: ':', text: 'The Harbour Stays Open.' });
    expect(h!.speaker).toMatchObject({ name: 'Olsen', role: 'Mayor' });
  });
});

describe('headings', () => {
  it('reads a headline attribution but not a quoted headline without a speaker', () => {
    const heading = (text: string): Block[] => [{ id: 'h', kind: 'heading', text }];
    expect(quotes(heading('Mayor Olsen: ‘The Harbour Stays Open’')).map(brief)).toEqual([
      { text: 'The Harbour Stays Open', direct: true, cue: ':', name: 'Olsen' },
    ]);
    expect(quotes(heading('Harbour plan is “dead and buried”, council hears'))).toEqual([]);
  });
});

describe('not speech', () => {
  it('skips titles, names of works and scare quotes', () => {
    expect(quotes('The council published its plan under the headline “A Harbour for Everyone.”')).toEqual([]);
    expect(quotes('She reviewed the film “The Long Tide of Summer” for the weekend paper.')).toEqual([]);
    expect(quotes('The council passed a “reform” that changes little in the town.')).toEqual([]);
  });

  it('leaves credit blocks and credit spans alone', () => {
    const blocks: Block[] = [
      { id: 'c', kind: 'credit', text: 'Karin Olsen said: “Photo by the harbour office.”' },
      { id: 'p', kind: 'paragraph', text: 'Karin Olsen said: “We will reopen in spring.”' },
    ];
    expect(quotes(blocks).map((q) => q.span.block)).toEqual(['p']);
    const credit: CreditAnnotation = { kind: 'credit', span: { block: 'p', start: 0, end: blocks[1]!.text.length }, text: blocks[1]!.text, chain: [] };
    expect(quotes([blocks[1]!], [credit])).toEqual([]);
  });
});

describe('named speakers the detector used to miss', () => {
  it('reads a trailing attribution with an adverb after the cue', () => {
    const found = quotes('“Do you think I will change?” Ortiz asked reporters rhetorically during a news conference. “I am not changing.”');
    expect(found.map(brief)).toEqual([
      { text: 'Do you think I will change?', direct: true, cue: 'asked', name: 'Ortiz' },
      { text: 'I am not changing.', direct: true, cue: null, name: 'Ortiz' },
    ]);
    const [q] = quotes('“I am calling from the harbor office. How are you today?” Miller, a retired worker from a mill, said pleasantly into the phone.');
    expect(q).toMatchObject({ text: 'I am calling from the harbor office. How are you today?', cue: 'said' });
    expect(q!.speaker).toMatchObject({ name: 'Miller', role: 'retired worker from a mill' });
  });

  it('reads a trailing attribution whose participle clause holds a quoted title', () => {
    expect(quotes('“I’m not sure the ferry is available, but we’ll see, right?” Ortiz remarked, alluding to the actor’s latest turn in “The Long Tide.”').map(brief)).toEqual([
      { text: 'I’m not sure the ferry is available, but we’ll see, right?', direct: true, cue: 'remarked', name: 'Ortiz' },
    ]);
  });

  it('reads a long trailing attribution whose cue a participle follows', () => {
    const found = quotes('“What does that mean?” Mr. Ortiz asked, repeating a charge - that the former mayor was to blame for the terrible floods of Sept. 11, 2001 - that he had made in Saturday’s council debate.');
    expect(found.map(brief)).toEqual([{ text: 'What does that mean?', direct: true, cue: 'asked', name: 'Ortiz' }]);
    // A long tail with content of its own after the comma is a new sentence, not the quote's attribution.
    const own = quotes('In a debate in May, Ana Ortiz called the mayor “the harbor’s worst enemy.” She also said, without evidence, that “they are going to people, showing videos of the mayor insulting sailors and fishermen in order to win more votes in the poorer districts by the river.”');
    expect(own.map((q) => [q.cue, q.speaker.name])).toEqual([
      ['called', 'Ana Ortiz'],
      ['said', 'Ana Ortiz'],
    ]);
  });

  it('does not read a plural noun after a quantifier or a preposition as a cue verb', () => {
    expect(quotes('Ana Ortiz of Maine, who is running second to Ben Ruiz in many states, stuck to policy at first, eventually saying he would be a disaster.').map(brief)).toEqual([
      { text: 'he would be a disaster', direct: false, cue: 'saying', name: 'Ana Ortiz' },
    ]);
    expect(quotes('The ferry died at a time when some calls into the harbor line were going to voicemail.')).toEqual([]);
    expect(quotes('In a speech on the docks, Ana Ortiz struck many of the same notes, hitting themes that served her well.')).toEqual([]);
    expect(quotes('Talking to sailors on Monday, hours before reports that the ferry had sunk, Ana Ortiz looked ahead to the spring.')).toEqual([]);
    // An age between commas is no quantifier: "Ana Ortiz, 48, says …" keeps its verb.
    expect(quotes('Ana Ortiz, 48, says she will vote for the bridge.').map((q) => q.cue)).toEqual(['says']);
  });

  it('does not read a dated noun as a cue verb', () => {
    const [q] = quotes('One of the authors of that 2013 report, Ben Ruiz, said the nomination will test their conclusions.');
    expect(q).toMatchObject({ cue: 'said', text: 'the nomination will test their conclusions' });
    expect(q!.speaker.name).toBe('Ben Ruiz');
  });

  it('reads a signature line under a paragraph that is only a quote', () => {
    const text = '"The idea that I would close the harbor while we wait for the bridge is just not accurate. I helped write that plan."\n\n- Ana Ortiz.\n\nThe mayor is relying on an old figure.';
    expect(quotes(text).map(brief)).toEqual([
      { text: 'The idea that I would close the harbor while we wait for the bridge is just not accurate. I helped write that plan.', direct: true, cue: '―', name: 'Ana Ortiz' },
    ]);
    const [q] = quotes('"We never asked the board for a single cent of that money."\n\n-Mayor Ben Ruiz, speaking after the vote.');
    expect(q!.speaker).toMatchObject({ name: 'Ben Ruiz', role: 'Mayor' });
    // A byline under an ordinary paragraph names no speaker.
    expect(quotes('The board met on Friday and said "the harbor stays open for now."\n\n- Ana Ortiz.').map((x) => x.speaker.name)).not.toContain('Ana Ortiz');
  });
  it('gives a quote after a bare attribution sentence to its subject', () => {
    expect(quotes('Lakeview College’s Ben Ruiz agreed. “Mainstream voters are running out of time to find a new candidate.”').map(brief)).toEqual([
      { text: 'Mainstream voters are running out of time to find a new candidate.', direct: true, cue: null, name: 'Ben Ruiz' },
    ]);
    expect(quotes('Ana Ortiz said in a statement. “There are no paper ballots to recount.”')[0]!.speaker.name).toBe('Ana Ortiz');
    // An appositive after the subject, even one left unclosed.
    expect(quotes('Ben Ruiz, the spokesman for the Harbor Party said in a statement. “There are no paper ballots to recount.”')[0]!.speaker.name).toBe('Ben Ruiz');
    // Declining to comment is not speaking.
    expect(quotes('Ana Ortiz declined to comment. “The harbor is running out of time to find a new pilot.”')[0]!.speaker.name).toBeNull();
  });

  it('mentions a person named after an owner', () => {
    const text = 'As Harbor Weekly’s Ana Ortiz reported after the police left the pier:\n\n“For example, the city has done almost nothing with the records it took from the boatyard in May.”';
    expect(quotes(text).map((q) => q.speaker.name)).toEqual(['Ana Ortiz']);
  });
  it('reads a trailing named source with a role word or an adjunct over a belief inside the sentence', () => {
    for (const text of [
      'Many voters did not recognize themselves in the mayor’s description, journalist Ana Ortiz said.',
      'Many voters did not recognize themselves in the mayor’s description, Ana Ortiz said in posing the question to Ruiz.',
    ]) {
      expect(quotes(text).map(brief)).toEqual([
        { text: 'Many voters did not recognize themselves in the mayor’s description', direct: false, cue: 'said', name: 'Ana Ortiz' },
      ]);
    }
  });
  it('reads a clause after "said of …" and "wrote about …" objects', () => {
    const found = quotes('Later in the show, Ruiz stated of the ferry scandal that the report “wasn’t good.” Adding, “Now, like with all harbor scandals, it is never that bad.”');
    expect(found.map(brief)).toEqual([
      { text: 'the report “wasn’t good.”', direct: true, cue: 'stated', name: 'Ruiz' },
      { text: 'Now, like with all harbor scandals, it is never that bad.', direct: true, cue: null, name: 'Ruiz' },
    ]);
    expect(quotes('Ana Ortiz wrote about the vote that the board had lost its nerve.').map(brief)).toEqual([
      { text: 'the board had lost its nerve', direct: false, cue: 'wrote', name: 'Ana Ortiz' },
    ]);
  });
  it('reads "el" inside a name', () => {
    expect(quotes('“We had called him just before he boarded and everything was fine,” his nephew Karim el Soheil added.').map(brief)).toEqual([
      { text: 'We had called him just before he boarded and everything was fine,', direct: true, cue: 'added', name: 'Karim el Soheil' },
    ]);
  });
  it('gives a filed lawsuit’s allegation to the one who filed it', () => {
    for (const text of [
      'Attorney General Ana Ortiz filed a lawsuit alleging that the board lied to investors.',
      'Attorney General Ana Ortiz filed a $40 million lawsuit in 2013 alleging that the board lied to investors.',
    ]) {
      const [q] = quotes(text);
      expect(q).toMatchObject({ cue: 'alleging', text: 'the board lied to investors' });
      expect(q!.speaker).toMatchObject({ name: 'Ana Ortiz', role: 'Attorney General' });
    }
  });
  it('skips a bare day and part of day between the subject and the cue', () => {
    const [q] = quotes('Ana Ortiz released a statement Thursday night condemning “what appears to be a horrific attack on the pier.”');
    expect(q).toMatchObject({ cue: 'condemning', text: 'what appears to be a horrific attack on the pier.' });
    expect(q!.speaker.name).toBe('Ana Ortiz');
    expect(quotes('On that point, Ruiz Sunday night recounted a meeting with the mayor that took place in May.').map(brief)).toEqual([
      { text: 'a meeting with the mayor that took place in May', direct: false, cue: 'recounted', name: 'Ruiz' },
    ]);
  });
  it('does not invert a cue after a quote that a participle aside cites', () => {
    const found = quotes('Ben Ruiz, citing “the unique magic of Ortiz,” said the candidate could be very competitive in states like Maine.');
    expect(found.map((q) => [q.text, q.speaker.name, q.speaker.role])).toEqual([
      ['the unique magic of Ortiz,', 'Ben Ruiz', null],
      ['the candidate could be very competitive in states like Maine', 'Ben Ruiz', null],
    ]);
  });
  it('reads a conjoined position verb with a that-clause, and the question after it', () => {
    const found = quotes('Ortiz seemed taken aback and mentioned that the mayor’s picture had been on the company’s website. “Does that not speak to your judgment in any way?”');
    expect(found.map(brief)).toEqual([
      { text: 'the mayor’s picture had been on the company’s website', direct: false, cue: 'mentioned', name: 'Ortiz' },
      { text: 'Does that not speak to your judgment in any way?', direct: true, cue: null, name: 'Ortiz' },
    ]);
    // A belief joined to a relative clause is not the main subject's.
    expect(quotes('Ortiz is courting young sailors such as Ben Ruiz, who are drawn to her plan and feel that the old rules hurt the port.').map((q) => q.cue)).not.toContain('feel');
  });
  it('reads an unclosed appositive that ends in a name or a phrase of its own', () => {
    const [q] = quotes('Ben Ruiz, a former Secret Service agent for President Ana Ortiz has written a book in which he exposes the rage of the mayor.');
    expect(q).toMatchObject({ cue: 'written', text: 'a book in which he exposes the rage of the mayor' });
    expect(q!.speaker).toMatchObject({ name: 'Ben Ruiz', role: 'former Secret Service agent for President Ana Ortiz' });
    // After an opener naming a show.
    const [g] = quotes('Friday on Delta’s “Harbor Talk,” Sen. Ana Ortiz (D-NY), a supporter of the mayor’s 2016 bid for the presidency told host Ben Ruiz she believed that the mayor would release the files.');
    expect(g).toMatchObject({ cue: 'told', text: 'she believed that the mayor would release the files' });
    expect(g!.speaker.name).toBe('Ana Ortiz');
    // A relative clause is no appositive subject.
    expect(quotes('Senator Ana Ortiz, the Maine senator who has mounted a populist challenge to the mayor, has drawn huge crowds.').map((x) => x.cue)).toEqual([]);
    // A role stops at a dash aside.
    const [d] = quotes('John Olsen, the chief executive of Harbor Media -- the company that owns Mr. Ruiz’s show -- told me, “We are a content provider.”');
    expect(d!.speaker).toMatchObject({ name: 'John Olsen', role: 'chief executive of Harbor Media' });
  });
});

describe('an organisation as the subject of a sentence with a cue-less quote', () => {
  it('gives the quote to the organisation that opens the sentence with a verb of its own', () => {
    const [a] = quotes('In a bid to make its point, the Harbor Times focuses on how many people were hurt: “In taking ten lives, the attackers showed how deadly they can be.”');
    expect(a).toMatchObject({ direct: true, cue: null, text: 'In taking ten lives, the attackers showed how deadly they can be.' });
    expect(a!.speaker.name).toBe('Harbor Times');
    const [b] = quotes('The Harbor Board released a statement at the start of the meeting Monday, offering “a deep and sincere apology” to Ana Ortiz.');
    expect(b!.speaker.name).toBe('Harbor Board');
  });
  it('leaves an unnamed subject without a name', () => {
    const [a] = quotes('In a bid to make its point, the newspaper focuses on how many people were hurt: “In taking ten lives, the attackers showed how deadly they can be.”');
    expect(a!.speaker.name).toBeNull();
  });
});

describe('three apostrophes after a word close a nested quote, then the double one', () => {
  it("reads ''… say, 'What now?''' Name said as one quote with its speaker", () => {
    const found = quotes("''She would look at me and say, 'What did he mean by that?''' Ms. Ortiz said, gripping the lectern.");
    expect(found.map(brief)[0]).toEqual({ text: "She would look at me and say, 'What did he mean by that?'", direct: true, cue: 'said', name: 'Ortiz' });
    const [q] = quotes("''We are told all the time, 'the harbor is a special case,''' Ben Ruiz said.");
    expect(q).toMatchObject({ text: "We are told all the time, 'the harbor is a special case,'", cue: 'said' });
    expect(q!.speaker.name).toBe('Ben Ruiz');
  });
});

describe('“According to X:” with a colon, in a body paragraph', () => {
  it('gives the words after the colon to the source named before it', () => {
    const found = quotes('The mayor spoke on Friday.\n\nAccording to HarborPo: “Ben Ruiz has had a mixed record on roads for much of his career.”');
    expect(found.map((q) => [q.cue, q.speaker.name])).toEqual([['according to', 'HarborPo']]);
    const [r] = quotes('The mayor spoke on Friday.\n\nAccording to the Harbor Board: the pier must close by noon and the ferry must wait.');
    expect(r).toMatchObject({ cue: 'according to', text: 'the pier must close by noon and the ferry must wait' });
    expect(r!.speaker.name).toBe('Harbor Board');
  });
});

describe('a quote paragraph after a paragraph whose subject is an organisation', () => {
  it('inherits the organisation when the paragraph before names no person as its subject', () => {
    const found = quotes('At the mayor’s request, the Harbor Board issued a statement apologizing for the emails, which showed staff mocking the ferry crews.\n\n“On behalf of everyone at the board, we want to offer a deep apology to the crews.”');
    expect(found.map((q) => [q.text, q.speaker.name])).toContainEqual(['On behalf of everyone at the board, we want to offer a deep apology to the crews.', 'Harbor Board']);
  });
  it('leaves the quote unnamed after an unnamed subject', () => {
    const found = quotes('At the mayor’s request, the board issued a statement apologizing for the emails, which showed staff mocking the ferry crews.\n\n“On behalf of everyone at the board, we want to offer a deep apology to the crews.”');
    expect(found.find((q) => q.text.startsWith('On behalf'))!.speaker.name).toBeNull();
  });
});
