/**
 * Quotes detector, reported speech a named person gives in ordinary news shapes: adjuncts between the cue and
 * its clause, clauses that open with an unusual word, adverbs and contractions before the cue, and a second
 * cue joined to the first clause by "and" or "but". Every sentence here is written by us.
 */
import { describe, expect, it } from 'vitest';
import { detectParts, detectQuotes } from '../../core/detect/quotes';
import type { Part } from '../../core/quotes/types';
import { createSourceIndex } from '../../core/source-index';
import { splitTextBlocks } from '../../core/text-blocks';
import type { QuoteAnnotation } from '../../core/report';

function quotes(text: string): Part[] {
  // The stages' parts, before they are joined into utterances (tests/unit/quotes-utterances.test.ts).
  return detectParts({ blocks: splitTextBlocks(text), index: createSourceIndex([]), options: {}, credits: [] });
}

const brief = (q: Part) => ({ text: q.text, cue: q.cue, name: q.speaker.name });

describe('an adjunct between the cue and its "that" clause', () => {
  it('skips a place, a time or an occasion before "that"', () => {
    expect(quotes('Ana Ortiz said at a town hall in Lakeview that the ferry would run again by June.').map(brief)).toEqual([
      { text: 'the ferry would run again by June', cue: 'said', name: 'Ana Ortiz' },
    ]);
    expect(quotes('Tom Brandt said in the radio interview that the harbor fees were too high.').map(brief)).toEqual([
      { text: 'the harbor fees were too high', cue: 'said', name: 'Tom Brandt' },
    ]);
    expect(quotes('Tom Brandt said in April that the harbor fees were too high.').map(brief)[0]).toMatchObject({ text: 'the harbor fees were too high' });
    expect(quotes('Tom Brandt said after a lunch with the board on Tuesday that the fees would stay.').map(brief)[0]).toMatchObject({
      text: 'the fees would stay',
      name: 'Tom Brandt',
    });
  });

  it('skips an adjunct before a clause that opens with a subject pronoun and its verb', () => {
    expect(quotes('Tom Brandt said after the vote he would not accept the board seat.').map(brief)).toEqual([
      { text: 'he would not accept the board seat', cue: 'said', name: 'Tom Brandt' },
    ]);
    expect(quotes('The Harbor Board said in a statement on Thursday night it had closed the pier.').map(brief)[0]).toMatchObject({ text: 'it had closed the pier' });
  });

  it('ends the object of "told" before an adjunct, and leaves a bare day out of the clause', () => {
    expect(quotes('Ana Ortiz told reporters after the meeting that the ferry would return.').map(brief)).toEqual([
      { text: 'the ferry would return', cue: 'told', name: 'Ana Ortiz' },
    ]);
    expect(quotes('Ana Ortiz said Tuesday night the ferry would return.').map(brief)).toEqual([{ text: 'the ferry would return', cue: 'said', name: 'Ana Ortiz' }]);
  });

  it('skips an aside between dashes', () => {
    expect(quotes('Harbor Board chair Ana Ortiz said — on the radio, of all places — that the ferry would run again.').map(brief)[0]).toMatchObject({
      text: 'the ferry would run again',
      name: 'Ana Ortiz',
    });
  });

  it('does not read a relative "that" or a determiner as the clause', () => {
    expect(quotes('Ana Ortiz spoke at an event that was held in the old ferry terminal.').map((q) => q.text)).not.toContain('was held in the old ferry terminal');
    const found = quotes('Ana Ortiz said at the meeting that day the ferry was late.');
    expect(found.map((q) => q.text)).not.toContain('day the ferry was late');
  });
});

describe('a reported clause opening with a word that alone opens none', () => {
  it('reads "much of", "more than" a number and "no" with a noun', () => {
    expect(quotes('Ana Ortiz said much of the harbor budget went to dredging.').map(brief)).toEqual([
      { text: 'much of the harbor budget went to dredging', cue: 'said', name: 'Ana Ortiz' },
    ]);
    expect(quotes('Ana Ortiz said more than 300 families had signed the petition.').map(brief)[0]).toMatchObject({ text: 'more than 300 families had signed the petition' });
    expect(quotes('Tom Brandt said no final decision had been made about the ferry.').map(brief)[0]).toMatchObject({
      text: 'no final decision had been made about the ferry',
      name: 'Tom Brandt',
    });
  });

  it('reads a condition and a hyphenated first word', () => {
    expect(quotes('Ana Ortiz said if elected she would reopen the ferry line.').map(brief)[0]).toMatchObject({ text: 'if elected she would reopen the ferry line' });
    expect(quotes('Tom Brandt said down-ballot races would decide the harbor vote.').map(brief)[0]).toMatchObject({
      text: 'down-ballot races would decide the harbor vote',
      name: 'Tom Brandt',
    });
  });

  it('still leaves "said no to", "said more about" and "said so" without content', () => {
    expect(quotes('Ana Ortiz said no to the harbor plan.')).toEqual([]);
    expect(quotes('Ana Ortiz said more about the ferry than anyone expected.')).toEqual([]);
  });
});

describe('words between the speaker and the cue', () => {
  it('skips "long", "at the time", "in the past", a year or a month and a day with its part', () => {
    for (const text of [
      'Ana Ortiz in 2019 said the ferry is unsafe.',
      'Ana Ortiz in early March said the ferry is unsafe.',
      'Ana Ortiz has long said that the ferry is unsafe.',
      'Ana Ortiz at the time said the ferry is unsafe.',
      'Ana Ortiz in the past has said the ferry is unsafe.',
      'Ana Ortiz on Thursday evening said the ferry is unsafe.',
    ]) {
      expect(quotes(text).map(brief), text).toEqual([{ text: 'the ferry is unsafe', cue: 'said', name: 'Ana Ortiz' }]);
    }
  });

  it('skips an aside between dashes, and takes the name an aside gives an unnamed subject', () => {
    expect(quotes('Tom Brandt — after a long pause — told reporters the pier would stay shut.').map(brief)).toEqual([
      { text: 'the pier would stay shut', cue: 'told', name: 'Tom Brandt' },
    ]);
    expect(quotes('A former harbor commissioner -- Ana Ortiz, who lost the 2010 race -- said the pier would stay shut.')[0]!.speaker).toMatchObject({
      name: 'Ana Ortiz',
      role: 'former harbor commissioner',
    });
    expect(quotes('Harbor pilots — including Tom Brandt — said the pier would stay shut.')[0]!.speaker.name).toBeNull();
  });

  it('gives "by saying" the subject of its sentence', () => {
    expect(quotes('Ana Ortiz opened the meeting by saying the ferry would return in May.').map(brief)).toContainEqual({
      text: 'the ferry would return in May',
      cue: 'saying',
      name: 'Ana Ortiz',
    });
  });

  it('reads a negated perfect or "do" contraction before a speech cue', () => {
    expect(quotes("Ana Ortiz hasn't said whether she will run for the harbor board.").map(brief)).toEqual([
      { text: 'whether she will run for the harbor board', cue: 'said', name: 'Ana Ortiz' },
    ]);
  });

  it('reads "isn\'t saying if …" as withheld speech, but not "isn\'t seeking" as a position', () => {
    expect(quotes('Harbor chief Ana Ortiz isn’t saying if Tom Brandt broke any rules.').map(brief)).toEqual([
      { text: 'if Tom Brandt broke any rules', cue: 'saying', name: 'Ana Ortiz' },
    ]);
    expect(quotes("Ana Ortiz isn't seeking another term on the harbor board.")).toEqual([]);
  });

  it('does not make a negated verb of knowing a statement', () => {
    expect(quotes("Neighbors who didn't know Tom Brandt wanted to meet him.").map((q) => q.cue)).not.toContain('know');
  });
});

describe('a cue joined to an earlier clause by "and" or "but"', () => {
  it('gives the cue the subject of the clause it joins', () => {
    expect(quotes('Ana Ortiz called the plan “reckless and rushed,” but said she would vote for it.').map(brief)).toContainEqual({
      text: 'she would vote for it',
      cue: 'said',
      name: 'Ana Ortiz',
    });
    expect(quotes('When Ana Ortiz thanked the crowd and said it was good to be home, a man yelled.').map(brief)).toContainEqual({
      text: 'it was good to be home',
      cue: 'said',
      name: 'Ana Ortiz',
    });
    expect(quotes('Tom Brandt runs the port. He claimed vast savings and said they came from the new cranes.').map(brief)).toContainEqual({
      text: 'they came from the new cranes',
      cue: 'said',
      name: 'Tom Brandt',
    });
  });

  it('does not give it a subject from inside reported content', () => {
    const found = quotes('A legal memo drafted last year concluded that the Harbor Board qualified for the grant but said no filing was needed.');
    expect(found.map((q) => q.speaker.name)).not.toContain('Harbor Board');
  });
});

describe('the cue after a comma', () => {
  it('reads "said she was …" as the reported clause, not as an inverted attribution', () => {
    const found = quotes('Ana Ortiz, 60, a retired pilot, said she was relieved but still worried about the ferry.');
    expect(found.map((q) => q.text)).not.toContain('Ana Ortiz, 60, a retired pilot');
    expect(quotes('Several captains, including Tom Brandt, said the Harbor Board should lower the fees.').map((q) => q.speaker.name)).not.toContain('Harbor Board');
  });

  it('still reads a true inversion after a clause', () => {
    expect(quotes('The ferry will not run this winter, said Ana Ortiz in a statement.').map(brief)).toEqual([
      { text: 'The ferry will not run this winter', cue: 'said', name: 'Ana Ortiz' },
    ]);
  });
});

describe('a quoted title earlier in the sentence', () => {
  it('is not the content of the attribution that follows it', () => {
    expect(quotes('Speaking on “Harbor Week Tonight,” Ana Ortiz said the ferry would return in May.').map(brief)).toEqual([
      { text: 'the ferry would return in May', cue: 'said', name: 'Ana Ortiz' },
    ]);
  });
});

describe('a title-case headline attribution', () => {
  const article = (headline: string, body: string) => quotes([headline, body].join('\n\n'));

  it('reads "Name Says …" and "…, Name Says." when the article names that person', () => {
    const body = 'LAKEVIEW -- Mayor Ana Ortiz said on Monday that the ferry would return in May.';
    expect(article('Ortiz Says Ferry Will Return Before Summer', body)[0]).toMatchObject({
      text: 'Ferry Will Return Before Summer',
      cue: 'says',
      speaker: { name: 'Ana Ortiz' },
    });
    expect(article('Ferry Will Return Before Summer, Ana Ortiz Says.', body)[0]).toMatchObject({ text: 'Ferry Will Return Before Summer', speaker: { name: 'Ana Ortiz' } });
  });

  it('takes a surname the article gives only with a title', () => {
    const found = article('Brandt Says Harbor Fees Will Stay', 'President Brandt told the board the fees would stay.');
    expect(found[0]).toMatchObject({ text: 'Harbor Fees Will Stay', speaker: { name: 'Brandt' } });
  });

  it('reads "Name on/to X: “words”" and "Name Verbs X: ‘quote’" headlines', () => {
    const body = 'LAKEVIEW -- Mayor Ana Ortiz spoke to the Harbor Board on Monday about the ferry.';
    expect(article('Ortiz to Harbor Board: “The ferry will return by June”', body)[0]).toMatchObject({
      text: 'The ferry will return by June',
      cue: ':',
      speaker: { name: 'Ana Ortiz' },
    });
    expect(article('Ana Ortiz Hammers Harbor Board: ‘You Have Failed This Town’', body)[0]).toMatchObject({
      text: 'You Have Failed This Town',
      direct: true,
      speaker: { name: 'Ana Ortiz' },
    });
    // A verb before the colon and no quote: not speech.
    expect(article('Ana Ortiz Wins Harbor Board Seat: What Comes Next for the Ferry', body).filter((q) => q.span.block === 'b0')).toEqual([]);
  });

  it('reads no quote in a headline "Name: words" whose words are not in quotation marks (issue 17)', () => {
    const body = 'LAKEVIEW -- Mayor Ana Ortiz spoke to the Harbor Board on Monday about the ferry, and Ben Ruiz listened.';
    const b0 = (title: string) => article(title, body).filter((q) => q.span.block === 'b0');
    expect(b0('Ortiz to Harbor Board: the ferry will return by June')).toEqual([]);
    expect(b0('Ana Ortiz: Harbor Board drops its case against the ferry crew')).toEqual([]);
    expect(b0('Ben Ruiz on the harbor fees: the board has lost its way')).toEqual([]);
    // The same headlines with the words in quotation marks are quotes.
    expect(b0('Ana Ortiz: “Harbor Board drops its case against the ferry crew”')[0]).toMatchObject({ speaker: { name: 'Ana Ortiz' }, direct: true });
    expect(b0('Ben Ruiz on the harbor fees: ‘The board has lost its way’')[0]).toMatchObject({ speaker: { name: 'Ben Ruiz' }, direct: true });
  });

  it('leaves a headline whose subject the article does not name as a person', () => {
    const body = 'A former harbor doctor said on Monday that the ferry crew had been ill.';
    expect(article('Former Harbor Doctor Says Ferry Crew Was Ill', body).filter((q) => q.span.block === 'b0')).toEqual([]);
    expect(article('Angry Captains Say Fees Are Too High', body).filter((q) => q.span.block === 'b0')).toEqual([]);
    expect(article('Angry Captains on Harbor Fees: the Board Must Listen', body).filter((q) => q.span.block === 'b0')).toEqual([]);
  });
});

describe('questions and requests after "asked"', () => {
  it('reads the question after a longer object or a question word such as "which"', () => {
    expect(quotes('Ana Ortiz asked the harbor pilots if they had seen the buoy.').map(brief)).toEqual([
      { text: 'if they had seen the buoy', cue: 'asked', name: 'Ana Ortiz' },
    ]);
    expect(quotes('Ana Ortiz then asked Brandt which piers he would close first.').map(brief)[0]).toMatchObject({ text: 'which piers he would close first' });
  });

  it('reads a request with the one asked', () => {
    expect(quotes('Tom Brandt asked the board to delay the vote until spring.').map(brief)).toEqual([
      { text: 'the board to delay the vote until spring', cue: 'asked', name: 'Tom Brandt' },
    ]);
  });

  it('leaves "asked for" a thing alone', () => {
    expect(quotes('Tom Brandt asked for a recount.')).toEqual([]);
  });
});

describe('a weak cue before a quoted title', () => {
  it('does not take the title as a partial quote', () => {
    expect(quotes('Ana Ortiz began her “Harbor Talk Tonight” broadcast with a call from a pilot.')).toEqual([]);
  });
});

describe('the end of a reported clause', () => {
  it('stops after a closing quote followed by a participle, as after a comma', () => {
    expect(quotes('Ana Ortiz insisted that the ferry had “never been safer,” claiming the new crew was the best in years.').map(brief)[0]).toMatchObject({
      text: 'the ferry had “never been safer,”',
      name: 'Ana Ortiz',
    });
  });
});

describe('crediting the right person (wrong-name fixes)', () => {
  it('closes a quote whose nested quote ends with a spaced mark (‘… this matters,’ ")', () => {
    const text = 'Tom Brandt spoke at the pier on Monday.\n\n"They dig up something he said years ago and treat it like, \'Oh, this matters,\' " Dana Ruiz said at the pier.';
    expect(quotes(text).map(brief)[1]).toMatchObject({ cue: 'said', name: 'Dana Ruiz' });
    // A plural possessive before an opening mark is not a close.
    expect(quotes('Ana Ortiz said the sailors\' "harbor song" was written in 1902 by a clerk.').map(brief)[0]).toMatchObject({ name: 'Ana Ortiz' });
  });

  it('credits no one with a passive cue ("was declared the winner", "was not opposed by")', () => {
    expect(quotes('Shortly after Ana Ortiz was declared the winner in Lakeview, Tom Brandt told a crowd that he would fight on.').map(brief)).toEqual([
      { text: 'he would fight on', cue: 'told', name: 'Tom Brandt' },
    ]);
    expect(quotes('Tom Brandt was not opposed by Ana Ortiz but by the harbor board.')).toEqual([]);
    // A state before its clause is still read: "is expected to", "are worried that".
    expect(quotes('Ana Ortiz is expected to announce that the ferry will return.').map(brief)[0]).toMatchObject({ name: 'Ana Ortiz' });
  });

  it('reads "Harbor Forum’s Tom Brandt" as Tom Brandt, and knows him by his surname afterwards', () => {
    const text =
      'Lakeview analysts say Mayor Ana Ortiz must show a better path.\n\n“You focus entirely on the growth in wages,” Harbor Forum’s Tom Brandt said at the event.\n\nLater, KLV’s Mark Stone asked the mayor about the ferry. “Did you know it was late?” Stone asked the mayor.';
    const found = quotes(text).map(brief);
    expect(found[1]).toMatchObject({ cue: 'said', name: 'Tom Brandt' });
    expect(found[found.length - 1]).toMatchObject({ text: 'Did you know it was late?', name: 'Mark Stone' });
    // A possessive inside an organisation's name stays in it.
    expect(quotes('The Lakeview County Coroner’s Office identified the sailor as a local fisherman.').map(brief)[0]).toMatchObject({ name: 'Lakeview County Coroner’s Office' });
  });

  it('credits the person named after a quote with a verb we do not list ("…?” Brandt pressed.)', () => {
    const text = '“The ferry is negotiable,” Ana Ortiz said. “The schedule is not.”\n\n“Would the fares be negotiable too?” Tom Brandt pressed. “Maybe for students?”';
    expect(quotes(text).map(brief).slice(2)).toEqual([
      { text: 'Would the fares be negotiable too?', cue: 'pressed', name: 'Tom Brandt' },
      { text: 'Maybe for students?', cue: null, name: 'Tom Brandt' },
    ]);
    // After a full stop, "Name verbed." is a sentence of its own.
    const own = '“The ferry is negotiable,” Ana Ortiz said. “That is what the harbor needs.” Tom Brandt disagreed.';
    expect(quotes(own).map(brief)[1]).toMatchObject({ name: 'Ana Ortiz' });
  });

  it('reads "rally" and "ally" as nouns, not adverbs between a subject and its cue', () => {
    expect(quotes('The senator opened a Lakeview rally blasting Ortiz for raising the fares.').map((q) => q.speaker.name)).not.toContain('Lakeview');
    expect(quotes('A Harbor Board ally suggested she would support the fares once in office.').map(brief)[0]).toMatchObject({ name: null });
  });

  it('does not read a noun compound or a plural noun as a cue ("TV show", "conference call", "advocates have")', () => {
    expect(quotes('Dana Ruiz, a host on the TV show “Harbor Tank,” was at the pier.').map((q) => q.cue)).not.toContain('show');
    expect(quotes('Shortly after Ortiz’s conference call ended, the board met again.')).toEqual([]);
    expect(quotes('Ortiz is the harbor’s best hope for its future.')).toEqual([]);
    expect(quotes('Ferry advocates have been very successful in pushing the fees.')).toEqual([]);
  });

  it('does not take a name after a capitalised preposition as the speaker ("Alongside Harbor Watch calls …")', () => {
    const found = quotes('Alongside Harbor Watch calls for action, a top strategist said Ortiz must choose.');
    expect(found.map((q) => q.speaker.name)).not.toContain('Alongside Harbor Watch');
    expect(found.map(brief)).toContainEqual({ text: 'Ortiz must choose', cue: 'said', name: null });
  });

  it('credits a plan inside a sentence to the source named at its end ("Ortiz plans to …, Brandt said")', () => {
    expect(quotes('After two decades on the board, Ana Ortiz plans to remain a member and would run again if the rules allowed it, Tom Brandt said.').map(brief)).toEqual([
      { text: 'After two decades on the board, Ana Ortiz plans to remain a member and would run again if the rules allowed it', cue: 'said', name: 'Tom Brandt' },
    ]);
    expect(quotes('Ana Ortiz plans to remain a member of the board, Tom Brandt said Monday.').map(brief)).toEqual([
      { text: 'Ana Ortiz plans to remain a member of the board', cue: 'said', name: 'Tom Brandt' },
    ]);
  });

  it('credits the antecedent of a relative clause with commas inside, not a place in it', () => {
    expect(quotes('Dana Ruiz, who lost her boat in the storm in Lakeview, Ohio, in July 2012, said that Ortiz had treated her family badly.').map(brief)).toEqual([
      { text: 'Ortiz had treated her family badly', cue: 'said', name: 'Dana Ruiz' },
    ]);
  });

  it('keeps an unnamed subject across an anonymity aside, not a name inside the quote’s clause', () => {
    expect(quotes('A harbor official, speaking on condition of anonymity, said Wednesday that Ortiz “will meet with any captain who asks for a meeting.”').map(brief)).toEqual([
      { text: 'Ortiz “will meet with any captain who asks for a meeting.”', cue: 'said', name: null },
    ]);
    expect(quotes('Two board members, who asked not to be named, said the vote was delayed.').map(brief)).toEqual([{ text: 'the vote was delayed', cue: 'said', name: null }]);
  });

  it('reads a pronoun or partial quote in a fronted clause as the main clause subject’s', () => {
    const lead = 'Tom Brandt spoke at length about the fees. “Nobody has asked for a refund,” Brandt said.\n\n';
    expect(quotes(`${lead}Even as he accused the harbor board of giving Ortiz special treatment, Dana Ruiz would not speculate about the motives.`).map(brief)[2]).toEqual({
      text: 'the harbor board of giving Ortiz special treatment',
      cue: 'accused',
      name: 'Dana Ruiz',
    });
    expect(quotes(`${lead}After struggling to persuade voters that he understands the pain of the fishing towns, Paul Lind said he meets with families every week.`).map(brief).slice(2)).toEqual([
      { text: 'the pain of the fishing towns', cue: 'understands', name: 'Paul Lind' },
      { text: 'he meets with families every week', cue: 'said', name: 'Paul Lind' },
    ]);
    expect(quotes(`${lead}Acknowledging that Brandt “says a lot of silly stuff,” though, Paul Lind did suggest that the fees were high.`).map(brief)[2]).toMatchObject({ cue: null, name: 'Paul Lind' });
  });

  it('does not credit a cue-less quote to a name past the description that follows it', () => {
    const text =
      'At a rally last week, Tom Brandt showed the crowd a clip of Gov. Ana Ortiz trying to defend the fares.\n\n“Governor Ortiz, let me help you out - the answer is no,” the board chairman riffed on Ortiz’s non-answer to a question.';
    expect(quotes(text).map(brief)).toContainEqual({ text: 'Governor Ortiz, let me help you out - the answer is no,', cue: null, name: null });
  });

  it('gives a participle after a comma to the clause subject, not to a possessor in its object', () => {
    expect(quotes('Lakeview had long blocked Ohio’s attempts to build a harbor bank under the board, fearing it would become a tool for expansion.').map(brief)).toEqual([
      { text: 'it would become a tool for expansion', cue: 'fearing', name: 'Lakeview' },
    ]);
  });

  it('prefers a person named as such over a possessor as a pronoun’s antecedent', () => {
    const text = 'Tom Ortiz won the harbor primary in May. Ortiz’s harbor chairman, Rex Early, a former party chairman who just joined Ortiz’s team last weekend, said he has not explored the process. He said he intends to pursue a seat as a delegate next week.';
    expect(quotes(text).map(brief)[1]).toEqual({ text: 'he intends to pursue a seat as a delegate next week', cue: 'said', name: 'Rex Early' });
  });

  it('reads role words with a name in them, a phrasal verb before a colon, and a tail with a possessor', () => {
    expect(quotes('“These are the darkest days for sailors like myself,” former Tom Brandt speechwriter Paul Lind wrote in a column this week.').map(brief)[0]).toMatchObject({
      cue: 'wrote',
      name: 'Paul Lind',
    });
    expect(quotes('“But that was the first time in a long time, mayor,” Harbor Morning co-anchor Lena Park said.').map(brief)[0]).toMatchObject({ cue: 'said', name: 'Lena Park' });
    const fired = 'When Tom Brandt suggested that Lakeview would sue the board, Ana Ortiz fired back forcefully: “If they sue us in a court in Lakeview, they are going to lose.”';
    expect(quotes(fired).map(brief)[1]).toEqual({ text: 'If they sue us in a court in Lakeview, they are going to lose.', cue: 'fired', name: 'Ana Ortiz' });
    const tail = 'Ana Ortiz spoke about the fees. “Ana Ortiz invited both of us to her house today to talk about changes she wanted” the Herald’s senior politics editor Dana Ruiz responded.';
    expect(quotes(tail).map(brief)[1]).toMatchObject({ cue: 'responded', name: 'Dana Ruiz' });
  });

  it('reads a surname ending in -ing after a quote or before "said" ("” Ebeling explained")', () => {
    const text = 'Betsy Ebeling has been held up as proof that Ortiz is honest.\n\nOrtiz spoke first.\n\n“In 2008, in Denver, I was a delegate for her,” Ebeling explained.';
    expect(quotes(text).map(brief).pop()).toEqual({ text: 'In 2008, in Denver, I was a delegate for her,', cue: 'explained', name: 'Betsy Ebeling' });
    // A participle opening a sentence is still no name.
    expect(quotes('Looking back, Ana Ortiz said the fares were too high.').map(brief)).toEqual([{ text: 'the fares were too high', cue: 'said', name: 'Ana Ortiz' }]);
  });

  it('reads "states" after a verb, quantifier or preposition as the noun', () => {
    expect(quotes('The U.S. Department of Harbors can give states broad freedom to spend federal harbor dollars how they see fit.')).toEqual([]);
    expect(quotes('The fee is popular in swing states like Lakeview and Ohio.')).toEqual([]);
    expect(quotes('The Harbor Board states that the fee will rise.').map(brief)[0]).toMatchObject({ cue: 'states' });
  });

  it('names the possessor, not "possessor + adjective", before a noun cue ("Ortiz’s disparaging remarks")', () => {
    const text = 'Tom Brandt met Ana Ortiz on Monday.\n\nOrtiz’s disparaging remarks about Brandt may have hurt her campaign.';
    expect(quotes(text).map((q) => q.speaker.name)).not.toContain('Ortiz disparaging');
    expect(quotes(text).map((q) => q.speaker.name)).toContain('Ana Ortiz');
  });

  it('credits “Name’s response was: …” to the name, not as a continuation of the quote before it', () => {
    const text = 'Harbor aide Dana Ruiz emailed the mayor in December, informing her of the delay. Ana Ortiz’s response was: “Is the ferry off Main or Elm?”';
    expect(quotes(text).map(brief)[1]).toEqual({ text: 'Is the ferry off Main or Elm?', cue: 'response', name: 'Ana Ortiz' });
  });

  it('gives "… and said" the subject of the stated position it is joined to, not the sentence’s first subject', () => {
    const text = 'Gov. Tom Brandt on Monday signed an order to block the ferry, while Paul Lind, the former harbor master, proposed we “wake up and smell the salt” and said Mayor Ana Ortiz should resign.';
    expect(quotes(text).map(brief).pop()).toEqual({ text: 'Mayor Ana Ortiz should resign', cue: 'said', name: 'Paul Lind' });
  });

  it('does not credit a cue-less quote to a known surname after "with"', () => {
    const text = 'Ana Ortiz testified for hours. Tom Brandt pressed her on the emails.\n\nMoreover, as part of the exchange with Ortiz, Brandt waved a report that “less than one percent of harbor emails” were captured.';
    expect(quotes(text).map(brief).pop()).toEqual({ text: 'less than one percent of harbor emails', cue: null, name: 'Tom Brandt' });
  });

  it('reads a known surname after "like", "for" or "of" as oblique ("Like Brandt, Ortiz …")', () => {
    const text = 'Tom Brandt and Ana Ortiz met the board on Monday.\n\nLike Brandt, Ortiz also rejected the idea that the board could walk away, arguing that there is “flexibility for the harbor” in the plan.';
    expect(quotes(text).map(brief).pop()).toEqual({ text: 'flexibility for the harbor', cue: null, name: 'Ana Ortiz' });
  });
});

describe('a semicolon ends a reported clause', () => {
  it('stops “X estimates that …; Y puts the figure at …” at the semicolon, so Y’s figure is not X’s', () => {
    const found = quotes('The Harbor Institute estimates that the levy would raise $2 million a year; the Lakeview Board puts the figure at $900,000.');
    expect(found.map(brief)[0]).toEqual({ text: 'the levy would raise $2 million a year', cue: 'estimates', name: 'Harbor Institute' });
  });
});

describe('a possessor’s speech noun and its clause', () => {
  it('gives “Name’s claim that …” to the possessor', () => {
    expect(quotes('Voters doubted Ana Ortiz’s claim that the dam is safe.').map(brief)).toEqual([{ text: 'the dam is safe', cue: 'claim', name: 'Ana Ortiz' }]);
  });

  it('keeps a verb inside the claim from crediting the person it is about', () => {
    const found = quotes('Video shows that Ortiz had his hands up, contradicting Lakeview police’s earlier claim that Ortiz had refused to keep his hands up.');
    expect(found.map(brief)).toEqual([{ text: 'Ortiz had refused to keep his hands up', cue: 'claim', name: null }]);
    expect(found[0]!.speaker.role).toBe('Lakeview police');
  });
});

describe('a quote set off by dashes after a name inside a reported clause', () => {
  it('gives “…, including Name -- “…” -- and …” to the name, and cuts the clause before it', () => {
    const found = quotes('Several council members have said the same thing, including the former mayor Ana Ortiz -- “It is a disgrace to hide the audit” -- and Ben Ruiz, a harbor commissioner.');
    expect(found.map(brief)).toEqual([
      { text: 'the same thing', cue: 'said', name: null },
      { text: 'It is a disgrace to hide the audit', cue: null, name: 'Ana Ortiz' },
    ]);
  });

  it('leaves a dashed quote with no name before it inside the clause', () => {
    const found = quotes('Ruiz said the audit -- “a disgrace from start to finish” -- would be published on Monday.');
    expect(found.map(brief)).toEqual([{ text: 'the audit -- “a disgrace from start to finish” -- would be published on Monday', cue: 'said', name: 'Ruiz' }]);
  });
});
