/**
 * Quotes detector, speaker rules added for issue 4's speaker accuracy: attribution sentences cut off after a
 * quote, quote paragraphs that inherit the previous paragraph's speaker, named organisations and groups as
 * speakers, anonymous people who speak for a named principal. Every sentence here is written by us.
 */
import { describe, expect, it } from 'vitest';
import { detectParts, detectQuotes } from '../../core/detect/quotes';
import type { Part } from '../../core/quotes/types';
import { createSourceIndex } from '../../core/source-index';
import { splitTextBlocks } from '../../core/text-blocks';
import type { QuoteAnnotation } from '../../core/report';
import { nicknameSpans, personMentions } from '../../core/quotes/names';

function quotes(text: string): Part[] {
  // The stages' parts, before they are joined into utterances (tests/unit/quotes-utterances.test.ts).
  return detectParts({ blocks: splitTextBlocks(text), index: createSourceIndex([]), options: {}, credits: [] });
}

const who = (q: Part) => ({ text: q.text, cue: q.cue, name: q.speaker.name, role: q.speaker.role });

describe('attribution after a quote ending in ? or !', () => {
  it('joins “…?” Name said of … into one attribution', () => {
    const [q] = quotes('“Who do they think they are?” Brandt said of the council in March.');
    expect(who(q!)).toMatchObject({ text: 'Who do they think they are?', cue: 'said', name: 'Brandt' });
  });

  it('joins “…!” asked Name (inverted)', () => {
    const [q] = quotes('“Is it over already?” asked Maddow.');
    expect(who(q!)).toMatchObject({ text: 'Is it over already?', cue: 'asked', name: 'Maddow' });
  });

  it('leaves a following sentence with its own quote or clause alone', () => {
    const found = quotes('“We are done here.” Brandt added, “Nothing more to say.”');
    expect(found.map((q) => q.text)).toEqual(['We are done here.', 'Nothing more to say.']);
    expect(found[1]!.cue).toBe('added');
  });
});

describe('quote paragraphs with no attribution of their own', () => {
  it('takes the speaker of a reported statement that ends the previous paragraph', () => {
    const found = quotes('Governor Lena Varga said that the dam would be repaired by spring.\n\n“We owe the valley nothing less than a full repair, and we will deliver it.”');
    expect(found[1]).toMatchObject({ cue: null, speaker: { name: 'Lena Varga' } });
  });

  it('takes the person a colon-ended paragraph is about', () => {
    const text = 'When the ferry sank in 1998, Mayor Tomas Brandt released the following statement:\n\n“Our city mourns with every family that lost someone on the water today.”';
    const found = quotes(text);
    expect(found.at(-1)).toMatchObject({ cue: null, speaker: { name: 'Tomas Brandt' } });
  });

  it('takes the subject of the last sentence of the previous paragraph', () => {
    const text = 'Senator Ada Kovacs took to the radio early Friday to continue her campaign against the bill.\n\n“This bill is a gift to the few and a bill for the many, and everyone knows it.”';
    expect(quotes(text).at(-1)).toMatchObject({ cue: null, speaker: { name: 'Ada Kovacs' } });
  });
});

describe('named organisations and groups as speakers', () => {
  it('gives a person’s campaign statement to the person, written with a possessive s-apostrophe', () => {
    const [q] = quotes('Ana Reyes’ campaign says it raised more than $2 million in March.');
    expect(q!.speaker).toMatchObject({ name: 'Ana Reyes', role: 'campaign of Ana Reyes' });
  });

  it('resolves “the Surname campaign” to the full name, but leaves party and institutional collectives alone', () => {
    expect(quotes('Ana Reyes spoke in Leeds. The Reyes campaign said it raised more than $2 million.').at(-1)!.speaker).toMatchObject({ name: 'Ana Reyes', role: 'campaign of Ana Reyes' });
    expect(quotes('The Republican campaign said it raised more than $2 million.')[0]!.speaker.name).not.toBe('Republican');
    expect(quotes('Ana Reyes spoke. The Reyes administration said it would appeal the ruling.').at(-1)!.speaker).toMatchObject({ name: 'Reyes administration' });
  });

  it('reads "Center for …" and "Council on …" as one organisation name', () => {
    expect(quotes('The Harbour Center for Justice noted that spending had reached $2 million.')[0]!.speaker.name).toBe('Harbour Center for Justice');
    expect(quotes('According to the Council on Coastal Relations, the deal is weak.')[0]!.speaker.name).toBe('Council on Coastal Relations');
  });

  it('gives an organisation’s spokesperson statement to the organisation', () => {
    expect(quotes('A spokeswoman for Veltro said the company had rules against such posts.')[0]!.speaker).toMatchObject({ name: 'Veltro', role: 'spokeswoman', organization: 'Veltro' });
    expect(quotes('A Veltro spokesman said the account was suspended.')[0]!.speaker).toMatchObject({ name: 'Veltro', role: 'spokesman' });
    expect(quotes('A State Department spokesman said the talks would resume.')[0]!.speaker).toMatchObject({ name: 'State Department', role: 'spokesman' });
  });

  it('does not read a sentence-initial "A" as an initial of a name', () => {
    const [q] = quotes('A Veltro spokesman said the account was suspended.');
    expect(q!.speaker.name).not.toBe('A Veltro');
  });
});

describe('a person’s official voice speaks for them', () => {
  it('gives a person’s spokesperson statement to the person, as for an organisation', () => {
    const found = quotes('Hugo Ellison spoke on Monday. A spokeswoman for Ellison said he has no more speeches planned.');
    expect(found.at(-1)!.speaker).toMatchObject({ name: 'Hugo Ellison', role: 'spokeswoman for Hugo Ellison', organization: null });
  });

  it('reads possessive and modifier spokespeople and press secretaries the same way', () => {
    expect(quotes('Ana Reyes spoke. Reyes’ press secretary said she raised more than $2 million.').at(-1)!.speaker).toMatchObject({ name: 'Ana Reyes', role: 'press secretary for Ana Reyes' });
    expect(quotes('Ana Reyes spoke. A Reyes spokesman said she raised more than $2 million.').at(-1)!.speaker).toMatchObject({ name: 'Ana Reyes', role: 'spokesman for Ana Reyes' });
    expect(quotes('A spokeswoman for Sen. Ada Kovacs said the bill was dead.').at(-1)!.speaker).toMatchObject({ name: 'Ada Kovacs', role: 'spokeswoman for Ada Kovacs' });
  });

  it('gives the statement to a principal named for the first time, person or organisation', () => {
    expect(quotes('A spokesman for Cedar Ridge said the plant would close.')[0]!.speaker).toMatchObject({ name: 'Cedar Ridge', role: 'spokesman for Cedar Ridge' });
  });

  it('keeps an adjective-led spokesperson anonymous', () => {
    expect(quotes('Ana Reyes spoke. A Republican spokesman said she raised more than $2 million.').at(-1)!.speaker.name).toBeNull();
  });
});

describe('unnamed insiders speaking for a named person stay unnamed', () => {

  it('keeps possessive aides and advisers anonymous', () => {
    expect(quotes('Ada Kovacs won the vote. Kovacs’ aides say the campaign has no wish to reply.').at(-1)!.speaker).toMatchObject({ name: null, role: 'aides to Ada Kovacs' });
    expect(quotes('Advisers to Mr. Brandt say he remains the second choice of most voters.')[0]!.speaker).toMatchObject({ name: null, role: 'advisers to Brandt' });
    expect(quotes('Tomas Brandt’s campaign manager says he is pleased with the result.')[0]!.speaker).toMatchObject({ name: null, role: 'campaign manager for Tomas Brandt' });
  });

  it('lets an anonymous group with a named principal hold a position', () => {
    const [q] = quotes('Kovacs’ aides believe she can still win the June primary in the north.');
    expect(q).toMatchObject({ cue: 'believe', speaker: { name: null, role: 'aides to Kovacs' } });
  });
});

describe('quote shapes that hid the speaker', () => {
  it('reads doubled apostrophes as double marks around an attribution', () => {
    const found = quotes("''It's a shame,'' Mr. Brandt said. ''The shares did not do well, and he got blamed for it.''");
    expect(found.map((q) => [q.cue, q.speaker.name])).toEqual([
      ['said', 'Brandt'],
      [null, 'Brandt'],
    ]);
  });

  it('does not let a weak cue reach past a later speech verb to the quote', () => {
    const [q] = quotes('At one point, a woman asked for a photo and Brandt said, “as long as we are not breaking any rules.”');
    expect(q).toMatchObject({ cue: 'said', speaker: { name: 'Brandt' } });
  });
});

describe('according to a pronoun-headed phrase', () => {
  it('drops the pronoun from the role and finds the organisation it points to', () => {
    const [q] = quotes('The Harbour Authority lost money in every quarter, according to its annual report to shareholders.');
    expect(q!.speaker).toMatchObject({ name: null, role: 'annual report to shareholders', organization: 'Harbour Authority' });
  });

  it('does not take a month in the phrase for a name', () => {
    const [q] = quotes('According to its annual report filed in May, the firm lost money in every quarter.');
    expect(q!.speaker).toMatchObject({ name: null, role: 'annual report filed in May' });
  });
});

describe('a name, an unlisted verb and a colon before a quote', () => {
  it('attributes the quote to the name', () => {
    const [q] = quotes('And Mr. Brandt gloated: “I told you he would not be ready.”');
    expect(q).toMatchObject({ cue: 'gloated', speaker: { name: 'Brandt' } });
  });
});

describe('sentence openers and adjectives are not names', () => {
  it('does not read an opening adverb or interjection as the speaker', () => {
    const [q] = quotes('Essentially, Ana Reyes’ lawyers read every letter and said that one of them came from the port office.');
    expect(q!.speaker).toMatchObject({ name: null, role: 'lawyers for Ana Reyes' });
    expect(quotes('Wow: Mayor Ortiz just said something odd about the harbour.').every((x) => x.speaker.name !== 'Wow')).toBe(true);
  });

  it('skips an opening clause to reach the subject a later cue shares', () => {
    const found = quotes('Tomas Brandt ran the port. Once he was mayor, Mr. Brandt made the ferry a priority, announcing a new timetable for the winter.');
    expect(found.at(-1)).toMatchObject({ cue: 'announcing', speaker: { name: 'Tomas Brandt' } });
  });

  it('reads an anonymous group after an opener as a group, not a name', () => {
    const [q] = quotes('Therefore, Gulf sources believe the deal is off.');
    expect(q!.speaker.name).toBeNull();
    expect(q!.speaker.role).toBe('Gulf sources');
  });

  it('keeps a lone party or nationality adjective out of the name', () => {
    const [q] = quotes('“We will win the county,” said Democratic strategist Hana Lindqvist.');
    expect(q!.speaker).toMatchObject({ name: 'Hana Lindqvist', role: 'Democratic strategist' });
    expect(quotes('One Republican said the plan would fail in the Senate.')[0]?.speaker.name ?? null).toBeNull();
  });

  it('reads several role words before a name, and no place after it, as the role', () => {
    const [q] = quotes('“I have not decided yet,” said undecided Republican voter Mara Quist of Dunmore.');
    expect(q!.speaker).toMatchObject({ name: 'Mara Quist', role: 'undecided Republican voter' });
  });

  it('still reads a one-word surname that ends like an adjective', () => {
    const found = quotes('Mayor Don Guardian opened the boardwalk. Guardian said the city would recover by summer.');
    expect(found.at(-1)!.speaker.name).toBe('Don Guardian');
  });
});

describe('a description points back to the person it describes', () => {
  it('resolves “the Florida senator” through a party-state tag, the latest matching person first', () => {
    const text = 'Sen. Marco Ruiz (R-Fla.) spoke first. Gov. Ada Kovacs of Ohio spoke next. The Florida senator told reporters that he would stay in the race.';
    expect(quotes(text).at(-1)).toMatchObject({ cue: 'told', speaker: { name: 'Marco Ruiz' } });
  });

  it('uses the place words alone when no role was learned, and does not guess without them', () => {
    expect(quotes('Bernd Sandor, I-Vt., spoke on Monday. The independent Vermont senator said that he would stay in the race.').at(-1)!.speaker.name).toBe('Bernd Sandor');
    expect(quotes('Bernd Sandor spoke on Monday. The Vermont senator said that he would stay in the race.').at(-1)!.speaker.name).toBeNull();
  });

  const last = (text: string) => quotes(text).at(-1)!.speaker;

  it('matches the head and modifiers against an earlier role, with GOP = Republican and candidate ⊇ nominee', () => {
    expect(last('Republican presidential nominee Dale Harker spoke in Toledo on Monday. The GOP nominee said that the plant would reopen.')).toMatchObject({ name: 'Dale Harker', role: 'GOP nominee' });
    expect(last('Dale Harker, the Republican presidential nominee, spoke in Toledo. The GOP candidate said that the plant would reopen.')).toMatchObject({ name: 'Dale Harker', role: 'GOP candidate' });
    expect(last('Indiana Gov. Rob Fenner toured the plant. The Indiana governor said that the plant would reopen.')).toMatchObject({ name: 'Rob Fenner', role: 'Indiana governor' });
    expect(last('Dale Harker, a New York businessman, toured the plant. The New York businessman said that the plant would reopen.').name).toBe('Dale Harker');
  });

  it('learns a role from a titled name after a preposition and from every earlier mention', () => {
    expect(last('The filings of Republican presidential nominee Dale Harker were released on Monday. The GOP nominee said that the plant would reopen.').name).toBe('Dale Harker');
    const text = 'Former Secretary of State Mara Quill toured the plant. Democratic presidential nominee Mara Quill spoke later. The former secretary of state and current Democratic presidential nominee said that the plant would reopen.';
    expect(last(text)).toMatchObject({ name: 'Mara Quill', role: 'former secretary of state and current Democratic presidential nominee' });
  });

  it('does not guess: no earlier match, vice or a possessive in the role, indefinite or plural phrases, ties', () => {
    expect(last('Dale Harker toured the plant. The New York businessman said that the plant would reopen.').name).toBeNull();
    expect(last('Republican vice presidential nominee Ray Dunn toured the plant. The Republican presidential nominee said that the plant would reopen.').name).toBeNull();
    expect(last('Ivy Harker, the Republican presidential nominee’s eldest daughter, toured the plant. The Republican presidential nominee said that the plant would reopen.').name).toBeNull();
    expect(last('Judge Ann Pell of New York ruled on Monday. A New York judge said that the plant would reopen.').name).toBeNull();
    expect(last('Sen. Ana Ruiz (D-Ohio) toured the plant. The Ohio senators said that the plant would reopen.').name).toBeNull();
    expect(last('Sen. Ana Ruiz (D-Ohio) and Sen. Ben Ortega (R-Ohio) toured the plant. The Ohio senator said that the plant would reopen.').name).toBeNull();
    expect(last('Democrat Ana Ortiz toured the plant. The Democratic presidential nominee said that the plant would reopen.').name).toBeNull();
  });

  it('resolves a bare “the governor” only when no one mentioned since could be meant', () => {
    expect(last('Gov. Ted Marsh toured the plant first. The governor said that the plant would reopen.')).toMatchObject({ name: 'Ted Marsh', role: 'governor' });
    expect(last('Gov. Ted Marsh toured the plant first. Later Chris Vall arrived. The governor said that the plant would reopen.').name).toBeNull();
    // "the official" after an unnamed official is that official, not a named one.
    expect(last('A senior official toured the plant with Jan Voss, a Treasury official. The official said that the plant would reopen.').name).toBeNull();
  });

  it('reads a party word before a full name as a description, not part of the name', () => {
    expect(quotes('Republican Dale Harker said that the plant would reopen.')[0]!.speaker.name).toBe('Dale Harker');
  });
});

describe('manner-of-speaking cues next to a quote', () => {
  it('reads “beamed” as a cue beside a quote but not in running text', () => {
    expect(quotes('“We won the county,” Ana Reyes beamed.')[0]).toMatchObject({ cue: 'beamed', speaker: { name: 'Ana Reyes' } });
    expect(quotes('The lights beamed over the harbour all night long, and the ferry left at dawn.')).toHaveLength(0);
  });
});

describe('pronouns and the order of mentions', () => {
  it('resolves she to the person named last before it, not to a speaker resolved later in the paragraph', () => {
    const found = quotes('Carl Moreno said that Dana Whitfield had called the pier “a gift to the whole town.” She warned that it would close by winter.');
    expect(found.find((q) => q.cue === 'warned')?.speaker.name).toBe('Dana Whitfield');
  });

  it('reads “Name now says” as a subject and its cue', () => {
    const found = quotes('Dana Whitfield was mayor for ten years. Whitfield now says she opposes the pier.');
    expect(found.at(-1)).toMatchObject({ cue: 'says', text: 'she opposes the pier', speaker: { name: 'Dana Whitfield' } });
  });
});

describe('he and she skip people of the other gender', () => {
  it('does not resolve he to a woman named closer to it', () => {
    const found = quotes('Gov. Walter Albrecht met rival Hillary Vance on Tuesday. He said that her plan was a hidden tax on every family.');
    expect(found.at(-1)!.speaker.name).toBe('Walter Albrecht');
  });

  it('learns gender from an honorific and keeps unknown names compatible', () => {
    const found = quotes('Corin Hale met Ellis Park on Monday. Mrs. Park arrived late. He said that the meeting was too short.');
    expect(found.at(-1)!.speaker.name).toBe('Corin Hale');
  });
});

describe('an attribution inside an opening subordinate clause', () => {
  it('ends its content at the clause comma, leaving the main clause alone', () => {
    const found = quotes('As Ana Reyes talked about rebuilding the pier, Tom Brandt repeated his call for lower taxes.');
    expect(found[0]).toMatchObject({ cue: 'talked', text: 'rebuilding the pier', speaker: { name: 'Ana Reyes' } });
  });

  it('leaves the main clause’s own “Name cue,” to attribute the quote after it', () => {
    const found = quotes('When Ana Reyes noted that Tom Brandt has not paid any taxes ― as was true for years ― Brandt boasted, “That makes me very smart.”');
    expect(found.at(-1)).toMatchObject({ cue: 'boasted', text: 'That makes me very smart.', speaker: { name: 'Tom Brandt' } });
  });

  it('reads “Name <verb>ed, “…”” with an unlisted verb like the colon form', () => {
    expect(quotes('Ana Reyes shrugged, “We will see what the voters decide.”')[0]).toMatchObject({ cue: 'shrugged', speaker: { name: 'Ana Reyes' } });
  });
});

describe('a person and the place after “of”', () => {
  it('keeps “of Place” out of the name, as a subject and as a mention', () => {
    expect(quotes('Gov. Walter Hemsley of East Dakota said that the mines would reopen.')[0]!.speaker).toMatchObject({ name: 'Walter Hemsley', role: 'Gov.' });
    const found = quotes('In January, Gov. Walter Hemsley of East Dakota praised Mr. Brandt in his address for helping develop “new and innovative ideas for the state.”');
    expect(found.at(-1)!.speaker.name).toBe('Walter Hemsley');
  });

  it('still reads “of” inside a title', () => {
    expect(quotes('Secretary of State Ana Ortiz said that the talks would resume.')[0]!.speaker).toMatchObject({ name: 'Ana Ortiz', role: 'Secretary of State' });
  });

  it('gives a quote with no cue to the name right before an unlisted verb next to it', () => {
    const found = quotes('The mayor spoke first.\n\nCarl Moreno’s new ad features a clip in which Hillary Vance laughs, “Why are we not ahead by fifty points?”');
    expect(found.at(-1)!.speaker.name).toBe('Hillary Vance');
  });
});

describe('a statement speaks for whoever issued it', () => {
  it('gives “X released a statement saying …” to X', () => {
    const [q] = quotes('After a short meeting, the Harbor Board released a statement saying that the spill was under control.');
    expect(q).toMatchObject({ cue: 'saying', speaker: { name: 'Harbor Board' } });
    expect(quotes('Governor Ana Ortiz issued a statement saying the spill posed no danger to anyone.')[0]!.speaker.name).toBe('Ana Ortiz');
  });

  it('gives “In a statement announcing …, X called …” to the main clause’s subject', () => {
    const [q] = quotes('In a statement announcing the move, the Harbor Board called Ortiz a “champion of clean water everywhere” in the valley.');
    expect(q).toMatchObject({ cue: 'announcing', speaker: { name: 'Harbor Board' } });
  });

  it('does not give a statement to someone who only obtained it', () => {
    expect(quotes('Ana Ortiz obtained a statement saying that the spill was under control.')[0]!.speaker.name).toBeNull();
  });
});

describe('organisation names with “for”', () => {
  it('keeps a plural noun and “for” in the name (“Citizens for Clean Air”)', () => {
    expect(quotes('Citizens for Clean Air advocates a long list of rules to close the old coal plants.')[0]!.speaker).toMatchObject({ name: 'Citizens for Clean Air' });
  });

  it('still reads “Lawyers for Ortiz” as unnamed people speaking for Ortiz', () => {
    expect(quotes('Lawyers for Ortiz said that the plant should close.')[0]!.speaker).toMatchObject({ name: null, role: 'lawyers for Ortiz' });
  });
});

describe('“it” as a speaker', () => {
  it('is the organisation the sentence names first, without a date after “on”', () => {
    const found = quotes('The Harbor Valley Water Board on Friday condemned the spill and pledged fines against what it called “a clear threat to public health and safety.”');
    expect(found.at(-1)).toMatchObject({ cue: 'called', speaker: { name: 'Harbor Valley Water Board' } });
  });
});

describe('cue words and names that are not what they seem', () => {
  it('reads “sings” next to a quote as a cue', () => {
    const [q] = quotes('“Promise me you will keep your hands in sight,” Vance sings to Ortiz.');
    expect(q).toMatchObject({ cue: 'sings', speaker: { name: 'Vance' } });
  });

  it('does not read “the Harbor Ledger report,” or “the Harbor Ledger report on …” as a cue', () => {
    expect(quotes('In the wake of the Harbor Ledger report, Ortiz has portrayed himself as a shrewd reader of the code.')).toEqual([]);
    expect(quotes('After the Harbor Ledger report on taxes, Ortiz portrayed himself as a shrewd reader of the code.')).toEqual([]);
    // A plural name before the verb: “the Valdorans state in …” is speech.
    expect(quotes('“Today the kingdom leads the fight,” the Valdorans state in the white paper.')[0]!.speaker.name).toBe('Valdorans');
  });

  it('does not read a gerund after a possessive and a modifier (“Ortiz’s persistent coughing”) as a cue', () => {
    const found = quotes('Dale poked at Ortiz’s persistent coughing during the debate, tweeting, “Notice Ortiz coughing all the time. Sick or what?”');
    expect(found.map((q) => [q.cue, q.speaker.name])).toEqual([['tweeting', 'Dale']]);
  });

  it('does not take a title-case headline with “Against” as a name', () => {
    const found = quotes('Railing Against Ortiz, Vance Says He Will Fight\n\nAna Ortiz spoke first.\n\nOrtiz said that the plan had failed completely.');
    expect(found.at(-1)!.speaker.name).toBe('Ana Ortiz');
  });

  it('does not take a holiday as a person', () => {
    const found = quotes('The Ortiz family opened its yard for a Labor Day cookout, as it does every year.\n\n“This is a big year for all of us in the valley and beyond it!”');
    expect(found.every((q) => q.speaker.name !== 'Labor Day')).toBe(true);
  });
});

describe('two subjects, two statements', () => {
  it('ends a reported clause where another subject with its own cue begins', () => {
    const found = quotes('Valdorans want policies that raise more revenue, and Kestrians want policies that raise less of it.');
    expect(found.map((q) => [q.text, q.speaker.name])).toEqual([
      ['policies that raise more revenue', 'Valdorans'],
      ['policies that raise less of it', 'Kestrians'],
    ]);
    const [a, b] = quotes('Republicans said the board mishandled the probe and Democrats accused the board of stoking the issue.');
    expect([a!.speaker.name, b!.speaker.name]).toEqual(['Republicans', 'Democrats']);
  });

  it('keeps names that share one verb together (“Ohio and Virginia want”)', () => {
    const found = quotes('Ana Ortiz said that voters in Ohio and Virginia want a continuation of the old policies.');
    expect(found).toHaveLength(1);
    expect(found[0]!.speaker.name).toBe('Ana Ortiz');
  });
});

describe('quotes signed after a dash, one per line', () => {
  it('gives each line to the name after its dash, whatever cues or marks are inside', () => {
    const found = quotes('”Mr. Ortiz’s showing tonight confirms where he stands. He said it over and over, he is proud of it.” ― Vera Cruz\n“I would rather live in what he calls “hell” than live where he is mayor.” ― Ada Rodarte, 34, of Tucson');
    expect(found.map((q) => [q.cue, q.speaker.name])).toEqual([
      ['―', 'Vera Cruz'],
      ['―', 'Ada Rodarte'],
    ]);
  });

  it('leaves a line whose dash follows its own attribution alone', () => {
    expect(quotes('“We will rebuild the bridge,” Ortiz said. ― Vera Cruz')[0]).toMatchObject({ cue: 'said', speaker: { name: 'Ortiz' } });
  });
});

describe('capitalised words between a quote and a titled name', () => {
  it('reads “…,” Dunmore police Chief Carl Benton said as a trailing attribution', () => {
    const [q] = quotes('“We will get justice for this family, I promise you that,” Dunmore police Chief Carl Benton said Monday.');
    expect(q).toMatchObject({ cue: 'said', speaker: { name: 'Carl Benton' } });
  });

  it('does not take a quoted show title before the name as the quote', () => {
    const found = quotes('On this weekend’s broadcast of “Harbor News Sunday,” Republican vice-presidential nominee Gov. Ana Ortiz (R-IN) said her rival was only trying to mock the council.');
    expect(found.map((q) => q.text)).toEqual(['her rival was only trying to mock the council']);
  });
});

describe('a paragraph that is only “Name added:”', () => {
  it('gives the next paragraph, with no marks, to that name', () => {
    const found = quotes('Ana Ortiz spoke to the council on Monday.\n\nOrtiz added:\n\nAnd from a front-runner, this reeks of the greatest fear I have ever seen. She cannot win without rigging it.');
    expect(found.at(-1)).toMatchObject({ cue: 'added', direct: false, speaker: { name: 'Ana Ortiz' } });
    expect(found.at(-1)!.text).toMatch(/^And from a front-runner.*rigging it$/);
  });

  it('does not reach past a longer paragraph ending in a colon', () => {
    const found = quotes('Ana Ortiz spoke to the council on Monday about the new bridge and the budget, and she added:\n\nThe council voted later that night to fund the bridge in full.');
    expect(found.some((q) => q.text.startsWith('The council voted'))).toBe(false);
  });
});

describe('participles after “while” and “as”', () => {
  it('gives “… while chanting, “…”” to the sentence’s subject, not a name later in it', () => {
    const [q] = quotes('Small groups of protesters circled Harbor Stadium - where the Dunmore Hawks played the Valley Rams - while chanting, “Hands up, do not shoot.”');
    expect(q).toMatchObject({ cue: 'chanting', speaker: { name: null, role: 'Small groups of protesters' } });
  });

  it('does not read a contraction (“That’s”) as a name', () => {
    const found = quotes('That’s partly why Governor Ana Ortiz quit giving paid speeches before announcing her run in April.');
    expect(found.filter((q) => q.speaker.name === 'That')).toEqual([]);
  });
});

describe('participles never invert', () => {
  it('gives “…, telling Brien that “…”” to the sentence’s subject, not to Brien', () => {
    const [q] = quotes('Ortiz has also had choice words for future moderators, telling Brien that “I am not fine with Carl Benton because he treats me unfairly.”');
    expect(q).toMatchObject({ cue: 'telling', speaker: { name: 'Ortiz' } });
  });

  it('still inverts a finite cue after a comma (“…, said Brien”)', () => {
    expect(quotes('The bridge will reopen in June, said Brien.')[0]).toMatchObject({ cue: 'said', speaker: { name: 'Brien' } });
  });
});

describe('a participle after a comma shares the subject of its clause', () => {
  it('skips an opening adverbial and the object’s name (“Hours later, Ortiz thanked Brandt, telling …”)', () => {
    const [q] = quotes('Hours later, Ana Ortiz thanked Tomas Brandt, telling reporters that the bridge would reopen in June.');
    expect(q).toMatchObject({ cue: 'telling', speaker: { name: 'Ana Ortiz' } });
  });

  it('skips a place opener with its own commas (“At a rally in Dunmore, Ohio, on Friday, …”)', () => {
    const [q] = quotes('At a rally in Dunmore, Ohio, on Friday, Senator Ada Kovacs repeated her attack on the budget, saying that it would close three schools.');
    expect(q).toMatchObject({ cue: 'saying', speaker: { name: 'Ada Kovacs' } });
  });

  it('takes the subject of the nearest clause (“…, and the Harbor Board has sued the city, saying …”)', () => {
    const q = quotes('Residents are angry about the toll, and the Harbor Board has already sued the city over it, saying the toll breaks the charter.').find((f) => f.cue === 'saying');
    expect(q).toMatchObject({ cue: 'saying', speaker: { name: 'Harbor Board' } });
  });

  it('keeps an earlier speaker whose content holds the clause (“Ortiz said Brandt was wrong, adding …”)', () => {
    const q = quotes('Ana Ortiz said Tomas Brandt was wrong about the bridge, adding that the repairs were on schedule.').find((f) => f.cue === 'adding');
    expect(q?.speaker.name).toBe('Ana Ortiz');
  });

  it('keeps a name that is itself the subject (“Brandt, citing …, said”)', () => {
    const [q] = quotes('Tomas Brandt, citing the budget, said that the bridge would wait another year.');
    expect(q!.speaker.name).toBe('Tomas Brandt');
  });
});

describe('a time adjunct between the subject and its cue', () => {
  it('reads “The Harbor Times on Saturday wrote that …” as the paper writing', () => {
    const [q] = quotes('The Harbor Times on Saturday wrote that Ana Ortiz had reported a large loss in 1995.');
    expect(q).toMatchObject({ cue: 'wrote', speaker: { name: 'Harbor Times' } });
  });

  it('reads “Ortiz last week said …” and “Brandt earlier this month announced …”', () => {
    const found = quotes('Ana Ortiz last week said that the bridge would reopen. Tomas Brandt earlier this month announced that he would run again.');
    expect(found.map((q) => q.speaker.name)).toEqual(['Ana Ortiz', 'Tomas Brandt']);
  });
});

describe('a poll’s sample speaks through the poll', () => {
  it('names a document by who issued it, the document as the role (“a Lakeview College poll said”, “the Harbor Times editorial argues”)', () => {
    expect(quotes('A Lakeview College poll said that most drivers avoid the bridge.')[0]).toMatchObject({ speaker: { name: 'Lakeview College', role: 'poll' } });
    expect(quotes('The Harbor Times editorial argues that the bridge should be rebuilt.')[0]).toMatchObject({ speaker: { name: 'Harbor Times', role: 'editorial' } });
    expect(quotes('The Ortiz campaign said that the bridge should be rebuilt.')[0]).toMatchObject({ speaker: { name: 'Ortiz campaign' } });
  });

  it('gives “58 percent said …” to the organisation whose poll the sentence names', () => {
    expect(quotes('In a Harbor Times/Delta News survey released last Thursday, 58 percent said they were satisfied with the mayor.')[0]).toMatchObject({
      cue: 'said',
      speaker: { name: 'Harbor Times/Delta News', role: 'poll' },
    });
    expect(quotes('One in four voters in a Lakeview College poll last year said the bridge should be torn down.')[0]).toMatchObject({ speaker: { name: 'Lakeview College' } });
  });

  it('reads the pollster after “according to” and after “conducted by”', () => {
    expect(quotes('Some 40 percent of voters said they would not back Ortiz, according to a Lakeview College poll conducted in May.')[0]).toMatchObject({ speaker: { name: 'Lakeview College' } });
    expect(quotes('Most voters said they would back Ortiz, according to a poll conducted by the Harbor Times and Delta News.')[0]).toMatchObject({ speaker: { name: 'Harbor Times and Delta News' } });
  });

  it('leaves the sample unnamed when the poll names no one', () => {
    expect(quotes('In a June survey, 58 percent said they were satisfied with the mayor.')[0]).toMatchObject({ speaker: { name: null } });
    expect(quotes('Most voters said they were tired of the bridge, according to a Republican poll released in May.')[0]).toMatchObject({ speaker: { name: null } });
  });
});

describe('an organisation after a quote, with its article', () => {
  it('reads “…,” the Harbor Times wrote as a trailing attribution', () => {
    expect(quotes('“The market collapsed and his company was left holding the debt,” the Harbor Times wrote.')[0]).toMatchObject({
      text: 'The market collapsed and his company was left holding the debt,',
      cue: 'wrote',
      speaker: { name: 'Harbor Times' },
    });
    expect(quotes('“The bridge will stay closed until the inspection is over,” the Post reported on Sunday.')[0]).toMatchObject({ cue: 'reported', speaker: { name: 'Post' } });
  });
});

describe('a named person and unnamed others as one subject', () => {
  it('gives “Name and his advisers said …” to the named person', () => {
    expect(quotes('Mr. Vance and his advisers said the plan would cost too much.')[0]).toMatchObject({ cue: 'said', speaker: { name: 'Vance' } });
    expect(quotes('Mayor Lena Varga and other leaders said that the bridge must close.')[0]).toMatchObject({ speaker: { name: 'Lena Varga' } });
    expect(quotes('“The vote was rigged,” Vance and his lawyers said.')[0]).toMatchObject({ text: 'The vote was rigged,', speaker: { name: 'Vance' } });
  });

  it('does not read coordinated adjectives (“Current and former officials”) as a name', () => {
    expect(quotes('Current and former officials said the plan would cost too much.')[0]).toMatchObject({ speaker: { name: null } });
  });
});

describe('a document in a reduced relative clause (“a report released by X …”)', () => {
  it('gives the statement to the issuer after “by”', () => {
    expect(quotes('A report released by the Harbor Board last month says that the bridge is unsafe.')[0]).toMatchObject({ cue: 'says', text: 'the bridge is unsafe', speaker: { name: 'Harbor Board' } });
    expect(quotes('But a 40-page analysis released by the Department of Harbors last month reveals how fast the water is rising.')[0]).toMatchObject({ speaker: { name: 'Department of Harbors' } });
    expect(quotes('A survey conducted by independent analyst Elena Varga found that most residents fear the flood.')[0]).toMatchObject({ speaker: { name: 'Elena Varga', role: 'independent analyst' } });
  });

  it('gives a named poll with no issuer after it to its pollster', () => {
    expect(quotes('A new Harbor Times/Delta News poll released Sunday found that Mr. Ortiz leads by nine points.')[0]).toMatchObject({ cue: 'found', speaker: { name: 'Harbor Times/Delta News', role: 'poll' } });
  });

  it('keeps a name written right before the cue, and leaves a main verb alone', () => {
    expect(quotes('A statement posted on the website HarborDeals.com said listings are written by users.')[0]).toMatchObject({ speaker: { name: 'HarborDeals.com' } });
    expect(quotes('The board has released the report and Ortiz said it was late.')[0]).toMatchObject({ speaker: { name: 'Ortiz' } });
  });
});

describe('“they” for two people named together', () => {
  it('gives “they” to the two people coordinated before it, in its sentence or the one before', () => {
    expect(quotes('Lena Varga and Tom Brandt met on Monday. They said the bridge must close.')[0]).toMatchObject({ cue: 'said', speaker: { name: 'Lena Varga and Tom Brandt' } });
  });

  it('does not reach further back', () => {
    expect(quotes('Lena Varga and Tom Brandt met on Monday. The talks were long. They said the bridge must close.')[0]).toMatchObject({ speaker: { name: null } });
  });
});

describe('a quote continuing across a reported clause in the attribution sentence', () => {
  it('gives the next quote to the speaker whose attribution holds a relative clause with a cue verb', () => {
    const found = quotes('“These are odd times,” said Ann Pell, a lawyer for the Lake Trust, who has been challenging the mills over water rights for years. “I do not know what Tom Vance wants. But I doubt he can do it.”');
    expect(found.find((q) => q.text.startsWith('I do not know'))).toMatchObject({ cue: null, speaker: { name: 'Ann Pell' } });
  });

  it('still gives a quote to the person its own sentence names', () => {
    const found = quotes('“Nobody is safe here!” wrote a man calling himself Carl Benton. Another user, Roland Brie, wrote of the mayor: “She is still ignoring all of us.”');
    expect(found.find((q) => q.text.startsWith('She is still'))).toMatchObject({ speaker: { name: 'Roland Brie' } });
  });
});

describe('“according to” an organisation’s spokesperson', () => {
  it('gives the clause to the organisation, with the spokesperson as the role', () => {
    expect(quotes('The agency detained 40 people last week, according to a Harbor Authority spokeswoman.')[0]).toMatchObject({
      cue: 'according to',
      speaker: { name: 'Harbor Authority', role: 'spokeswoman' },
    });
    expect(quotes('According to a Lakeview Department spokesman, the bridge will close in May.')[0]).toMatchObject({ speaker: { name: 'Lakeview Department' } });
  });

  it('keeps other unnamed sources unnamed', () => {
    expect(quotes('The bridge will close in May, according to a senior official.')[0]).toMatchObject({ speaker: { name: null } });
  });
});

describe('role words before a name after an inverted cue', () => {
  it('reads “said retired surgeon Ana Ortiz” and “said former tech executive Ana Ortiz” as the person with a role', () => {
    expect(quotes('“I am not going to call it a mistake, so forget about it,” said retired surgeon Ana Ortiz.')[0]).toMatchObject({ cue: 'said', speaker: { name: 'Ana Ortiz', role: 'retired surgeon' } });
    expect(quotes('“I will not call it a mistake,” said former tech executive Lena Varga during the debate.')[0]).toMatchObject({ speaker: { name: 'Lena Varga', role: 'former tech executive' } });
  });

  it('keeps an unnamed source unnamed', () => {
    expect(quotes('“I will not call it a mistake,” said a senior official.')[0]).toMatchObject({ speaker: { name: null } });
  });
});

describe('quotes in a headline with no attribution', () => {
  it('gives the quote to the name the headline puts before it or after it', () => {
    expect(quotes('Vance ‘glad to finish’ fight with Ortiz.\n\nSen. Tom Vance said on Sunday that he was done.')[0]).toMatchObject({ text: 'glad to finish', speaker: { name: 'Vance' } });
    expect(quotes('A lesson from Lena Varga: ‘Be the voice that people hear.’')[0]).toMatchObject({ speaker: { name: 'Lena Varga' } });
    expect(quotes('‘Harbor people first’ his secret weapon, Ortiz hints.')[0]).toMatchObject({ speaker: { name: 'Ortiz' } });
  });

  it('does not let the headline’s bare surname replace the full name the article gives later', () => {
    const found = quotes('Vance ‘glad to finish’ fight with Ortiz.\n\nSen. Tom Vance said on Sunday that he was done.');
    expect(found[1]).toMatchObject({ cue: 'said', speaker: { name: 'Tom Vance' } });
  });

  it('leaves a quote after a place or an adjective unattributed', () => {
    expect(quotes('In Ohio, a ‘great big bridge’ opens to traffic.')[0]).toMatchObject({ speaker: { name: null } });
    expect(quotes('Liberal politicians fear ‘Europe is falling apart.’')[0]).toMatchObject({ speaker: { name: null } });
  });
});

describe('“as reported by”, like “according to”', () => {
  it('gives the clause to the source after “as (first) reported by” / “as stated in”', () => {
    expect(quotes('As reported by the Harbor Times, the bridge will close in May.')[0]).toMatchObject({ text: 'the bridge will close in May', cue: 'As reported by', speaker: { name: 'Harbor Times' } });
    expect(quotes('The bridge will close in May, as first reported by Delta News.')[0]).toMatchObject({ text: 'The bridge will close in May', speaker: { name: 'Delta News' } });
    expect(quotes('As stated in Reyes’ commentary, there are conflicting stories about the bridge.')[0]).toMatchObject({ speaker: { name: 'Reyes' } });
  });

  it('does not read “as expected by” as an attribution', () => {
    expect(quotes('The bridge closed as expected by the residents of the valley.')).toEqual([]);
  });
});

describe('a quote in doubled apostrophes ending in “?”, then its attribution sentence', () => {
  it('joins ‘‘…?’’ Name asked, … into one attribution', () => {
    expect(quotes("''What does that mean, he kept the city safe?'' Mr. Vance asked, repeating a charge he made in the debate.")[0]).toMatchObject({ cue: 'asked', speaker: { name: 'Vance' } });
  });
});

describe('a document of a named collective (“the Ortiz campaign’s website states …”)', () => {
  it('gives the statement to the collective that owns the document', () => {
    expect(quotes('A document on the Ortiz campaign’s website states that couples would receive six weeks of leave.')[0]).toMatchObject({ cue: 'states', speaker: { name: 'Ortiz campaign' } });
    expect(quotes('The Vance administration’s memo says that the bridge is safe.')[0]).toMatchObject({ speaker: { name: 'Vance administration' } });
  });

  it('keeps an unnamed owner’s document unnamed', () => {
    expect(quotes('The agency’s report says that the bridge is safe.')[0]).toMatchObject({ speaker: { name: null } });
  });
});

describe('a name that ends its sentence', () => {
  it('joins the roster in full, so a later surname resolves to it', () => {
    const found = quotes('The council thanked Daniel C. Ortiz.\n\n“We are not finished with the bridge,” Ortiz said.');
    expect(found[0]).toMatchObject({ cue: 'said', speaker: { name: 'Daniel C. Ortiz' } });
  });

  it('keeps a person whose run ends in “of” before a lower-case word', () => {
    expect(personMentions('The plan was drawn up by Daniel J. Ortiz of the law firm.').map((p) => p.name)).toEqual(['Daniel J. Ortiz']);
  });
});

describe('a description, then the name as its appositive', () => {
  it('after an inverted cue: “…,” said another harbor advocate, Name of …', () => {
    const [q] = quotes('“The odds are good that the bridge will open next year,” said another leading harbor advocate, Daniel J. Ortiz of the law firm Vance Brown.');
    expect(q).toMatchObject({ cue: 'said', speaker: { name: 'Daniel J. Ortiz', role: 'leading harbor advocate' } });
  });

  it('before a trailing cue: “…,” the harbor spokesman, Name, told …', () => {
    const [q] = quotes('“We should build bridges, not walls,” the harbor spokesman, Daniel Ruiz, told Harbor Radio.');
    expect(q).toMatchObject({ text: 'We should build bridges, not walls,', cue: 'told', speaker: { name: 'Daniel Ruiz', role: 'harbor spokesman' } });
    const [r] = quotes('“She is also a mother of three young boys,” another friend, Maria Vance told Harbor News.');
    expect(r).toMatchObject({ text: 'She is also a mother of three young boys,', cue: 'told', speaker: { name: 'Maria Vance' } });
  });

  it('after a quote ending in ! or ?, in a sentence of its own', () => {
    const [q] = quotes('“Not us, but we cannot argue with it!” Ortiz, the head of Harbor Forward, tweeted on Friday.');
    expect(q).toMatchObject({ text: 'Not us, but we cannot argue with it!', cue: 'tweeted', speaker: { name: 'Ortiz', role: 'head of Harbor Forward' } });
    const [r] = quotes('“Can you believe it?” the harbor spokesman, Daniel Ruiz, told Harbor Radio.');
    expect(r).toMatchObject({ text: 'Can you believe it?', cue: 'told', speaker: { name: 'Daniel Ruiz', role: 'harbor spokesman' } });
  });

  it('leaves a sentence with its own content after the appositive alone', () => {
    const found = quotes('“We are done.” Ortiz, the mayor, said the plan was dead.');
    expect(found.map((q) => q.text)).toEqual(['We are done.', 'the plan was dead']);
  });
});

describe('a main clause’s quote after “So when …,”', () => {
  it('gives the quote to the main clause’s speaker, not the subordinate clause’s', () => {
    const found = quotes('So when Harbor Coal signaled last summer that it would make a deal with Mr. Ruiz, Mr. Vance said, “we were floored.”');
    expect(found.map((q) => [q.text, q.cue, q.speaker.name])).toEqual([
      ['it would make a deal with Mr. Ruiz', 'signaled', 'Harbor Coal'],
      ['we were floored.', 'said', 'Vance'],
    ]);
  });
});

describe('state legislators and their titles', () => {
  it('does not read “state” before a title as a cue', () => {
    expect(quotes('“We won the vote today,” state Sen. Maria Vance said.')[0]).toMatchObject({ cue: 'said', speaker: { name: 'Maria Vance', role: 'state Sen.' } });
    expect(quotes('The reports state that the bridge is safe.')[0]).toMatchObject({ cue: 'state' });
  });

  it('reads “Del.” as a title, in a possessive appositive after “!”', () => {
    expect(quotes('Ortiz’s niece, state Del. Maria Vance, said the vote was won.')[0]).toMatchObject({ cue: 'said', speaker: { name: 'Maria Vance', role: 'state Del.' } });
    const [q] = quotes('“We won the vote today!” Ortiz’s niece, state Del. Maria Vance (D-Harbor City), shouted to the crowd.');
    expect(q).toMatchObject({ text: 'We won the vote today!', cue: 'shouted', speaker: { name: 'Maria Vance' } });
  });
});

describe('two people named after a quote', () => {
  it('gives the quote to the first named', () => {
    const [q] = quotes('“We can only wonder if the intent is to reopen the door,” state Senate leader Ana Ortiz and House Speaker Ben Ruiz, both Republicans, said in a statement.');
    expect(q).toMatchObject({ text: 'We can only wonder if the intent is to reopen the door,', cue: 'said', speaker: { name: 'Ana Ortiz', role: 'state Senate leader' } });
    expect(quotes('“We can only wonder if the intent is to reopen the door,” Ortiz and Ruiz said.')[0]).toMatchObject({ cue: 'said', speaker: { name: 'Ortiz' } });
  });
});

describe('a nickname in quote marks inside a name', () => {
  it('is not part of the name, and does not end the sentence after an initial', () => {
    const found = quotes('In a family tradition, Rep. Daniel C. “Danny” Ortiz opened his yard on Monday.\n\n“We won,” Ortiz said.');
    expect(found[0]).toMatchObject({ cue: 'said', speaker: { name: 'Daniel C. Ortiz', role: 'Rep.' } });
    expect(quotes('“We won the vote,” Del. Maria “Cici” Vance said.')[0]).toMatchObject({ speaker: { name: 'Maria Vance' } });
  });

  it('leaves a quoted word in a headline alone', () => {
    expect(nicknameSpans('Republicans Hold ‘Unity’ Meeting')).toEqual([]);
  });
});

describe('a name and its verb before a quantifier', () => {
  it('gives the statement to the name, not to “Name offered some”', () => {
    const [q] = quotes('Ana Ortiz offered some pointed advice to Ben Ruiz on Friday about the upcoming debates.');
    expect(q).toMatchObject({ speaker: { name: 'Ana Ortiz' } });
  });
});

describe('places written like names', () => {
  it('are not people: the person before “of Town, State” speaks', () => {
    const [q] = quotes('“Cruz will leave here with momentum,” says Dana Wells, a salesman from Sumter, South Carolina.');
    expect(q).toMatchObject({ cue: 'says', speaker: { name: 'Dana Wells' } });
  });

  it('are not the “he” of a later sentence', () => {
    const found = quotes('Ben Ruiz spent Monday in New Hampshire.\n\n“We have come a long way,” he told supporters in New Hampshire.');
    expect(found[0]).toMatchObject({ speaker: { name: 'Ben Ruiz' } });
  });

  it('still speak as a collective', () => {
    expect(quotes('North Korea said the test was a success.')[0]).toMatchObject({ speaker: { name: 'North Korea' } });
  });

  it('do not end a person’s name (“the Ana Ortiz South Carolina victory party”)', () => {
    expect(personMentions('It was quiet at the Ana Ortiz South Carolina victory party.').map((p) => p.name)).toEqual(['Ana Ortiz']);
  });
});

describe('names followed by a word that starts like a particle', () => {
  it('reads “Ana Ortiz denied …” and “Ben Ruiz often …” as the full name', () => {
    expect(personMentions('Robert Vance derided the critics.').map((p) => p.name)).toEqual(['Robert Vance']);
    expect(personMentions('Then Ben Ruiz often said so.').map((p) => p.name)).toEqual(['Ben Ruiz']);
  });

  it('keeps “Former” in the role of a sentence-opening title', () => {
    expect(personMentions('Former Harbor spokesman Robert Vance derided the critics.')).toMatchObject([{ name: 'Robert Vance', role: 'Former Harbor spokesman' }]);
  });
});

describe('an inverted cue, a principal, a role and the name', () => {
  it('gives “tweeted Ortiz spokesman Alex Vance” to the spokesman', () => {
    const [q] = quotes('“Debate recap,” tweeted Ortiz spokesman Alex Vance.');
    expect(q).toMatchObject({ cue: 'tweeted', speaker: { name: 'Alex Vance', role: 'Ortiz spokesman' } });
    expect(quotes('“It was long,” said Harbor Party spokeswoman Ana Ruiz.')[0]).toMatchObject({ speaker: { name: 'Ana Ruiz', role: 'Harbor Party spokeswoman' } });
  });
});

describe('a quote inside someone’s claim', () => {
  it('gives “X checked Name’s claim that there were “…”” to the claim’s owner', () => {
    const found = quotes('Anna Ortiz spoke on Monday.\n\nThe Harbor Desk seized on Ortiz’s claim that there have been “thousands of shootings” in the city this year.');
    expect(found[found.length - 1]).toMatchObject({ text: 'thousands of shootings', speaker: { name: 'Anna Ortiz' } });
  });

  it('does not reach past a participle clause (“… Ortiz’s comments, saying they were “…””)', () => {
    const found = quotes('Anna Ortiz spoke on Monday.\n\nBen Ruiz tried to downplay Ortiz’s comments, saying they were “not a big deal around here.”');
    expect(found[found.length - 1]!.speaker.name).not.toBe('Anna Ortiz');
  });
});

describe('places in one word', () => {
  it('does not take a place’s plans or wishes for a statement (no “Moscow” among the people)', () => {
    expect(quotes('It is the clearest sign yet that Moscow now plans its budget with Minsk, not with Warsaw.')).toEqual([]);
  });
  it('lets a place speak as a collective, never as a person', () => {
    const [q] = quotes('“We will not sign this text,” Beijing said on Monday.');
    expect(q).toMatchObject({ cue: 'said', speaker: { name: 'Beijing', organization: 'Beijing' } });
  });
});

describe('an appositive left without its closing comma', () => {
  it('gives “Name, a supporter of the plan told …” to the named subject', () => {
    expect(quotes('Anna Ortiz, a supporter of the plan told reporters that the bridge would open.')[0]).toMatchObject({ cue: 'told', speaker: { name: 'Anna Ortiz' } });
  });

  it('keeps a spokesman after a name in an opening clause anonymous', () => {
    expect(quotes('When asked about Ben Ruiz, a spokesman said that the bridge would open.')[0]).toMatchObject({ speaker: { name: null } });
  });
});

describe('a named source at the end of a clause that holds another attribution', () => {
  it('gives “Officials felt …, said Mr. Vance, the lawyer …” to Vance', () => {
    const [q] = quotes('Harbor officials felt comfortable with this arrangement because they could push the lenders to pay for reclamation work, said Mr. Vance, the lawyer for the harbor agency.');
    expect(q).toMatchObject({ text: 'Harbor officials felt comfortable with this arrangement because they could push the lenders to pay for reclamation work', cue: 'said', speaker: { name: 'Vance' } });
  });

  it('keeps a named person’s own statement inside “…, according to Delta News”', () => {
    const found = quotes('Ben Ruiz said the fund raised six million dollars in March, according to Delta News.');
    expect(found.map((q) => [q.text, q.speaker.name])).toEqual([['the fund raised six million dollars in March', 'Ben Ruiz']]);
    expect(quotes('The Harbor Fund backed the mayor with six million dollars in March, according to Delta News.')[0]).toMatchObject({ cue: 'according to', speaker: { name: 'Delta News' } });
  });
});

describe('a name inside another person’s role', () => {
  it('does not speak a quote that the role’s holder is named with (“Former Ortiz spokesman Robert Vance …”)', () => {
    const found = quotes('Anna Ortiz began her term by telling critics to quit.\n\nFormer Ortiz spokesman Robert Vance derided and insulted “the professional left” in press conferences.');
    expect(found[found.length - 1]).toMatchObject({ text: 'the professional left', speaker: { name: 'Robert Vance' } });
  });
});

describe('a very long capitalised run', () => {
  // Fuzz seed 155 (long words): testing the run's end with an unanchored pattern took quadratic time.
  it('is read in linear time: a 100,000-letter word does not hang the roster', () => {
    // No wall-clock budget (the machine is shared): ten times the letters, timed in the same process,
    // must cost well under the 100× a quadratic pattern would (linear reads about 10×).
    const text = (n: number) => `Ana Ortiz met ${'Q'.repeat(n)} on Monday.`;
    const time = (n: number) => {
      const t0 = performance.now();
      for (let i = 0; i < 3; i++) personMentions(text(n));
      return performance.now() - t0;
    };
    time(10_000); // warm-up
    // The fastest of five runs each: a loaded machine can pause one run (milliseconds long), not all five.
    const fastest = (n: number) => Math.min(...Array.from({ length: 5 }, () => time(n)));
    const small = fastest(10_000);
    const big = fastest(100_000);
    expect(personMentions(text(100_000)).map((p) => p.name)).toEqual(['Ana Ortiz']);
    expect(big / Math.max(small, 0.05)).toBeLessThan(40);
  });
});

describe('wrong-name guards (qc)', () => {
  it('cuts a contrast clause before a parenthesis with its own cue: “A want X, and B want Y (they … and suggest …)”', () => {
    const found = quotes('The goals are clear. Democrats want rules that protect more water, and Republicans want rules that free more land for homes (they want lower fees and suggest that fees slow building).');
    const farmers = found.find((q) => q.speaker.name === 'Democrats');
    expect(farmers?.text).toBe('rules that protect more water');
    expect(found.find((q) => q.text.startsWith('rules that free'))?.speaker.name).toBe('Republicans');
  });

  it('does not name a “Texas-based group” (a compound adjective names no one)', () => {
    const [q] = quotes('A Texas-based group said on Monday that the dam would fail.');
    expect(q).toMatchObject({ text: 'the dam would fail', speaker: { name: null } });
  });

  it('does not read a title-case heading clause before a colon as a speaker', () => {
    const found = quotes('Harbor Aid Faces Deep Cuts: Keeping “the lights on” is the first goal of the Harbor Board, and the council has the money to do it.');
    expect(found.filter((q) => q.cue === ':')).toEqual([]);
  });

  it('still reads a named headline speaker before a colon', () => {
    const [q] = quotes('Mayor Ana Ortiz: ‘We will rebuild the bridge’');
    expect(q).toMatchObject({ cue: ':', speaker: { name: 'Ana Ortiz' } });
  });
});

describe('spoke to / talked with (qc)', () => {
  it('does not take the one spoken to, or what follows, as content', () => {
    const found = quotes('Campaign spokeswoman Ana Ortiz spoke to reporters Friday after Ben Ruiz posted a series of messages criticizing Lena Varga.');
    expect(found.filter((q) => q.speaker.name === 'Ana Ortiz')).toEqual([]);
  });

  it('keeps the topic after “about”', () => {
    const [q] = quotes('Mayor Ana Ortiz spoke to reporters on Friday about the plan to rebuild the bridge.');
    expect(q).toMatchObject({ text: 'the plan to rebuild the bridge', cue: 'spoke', speaker: { name: 'Ana Ortiz' } });
  });
});

describe('an attack named by its place (qc)', () => {
  it('reads “the Lakeview attacks would …” as a noun, not Lakeview attacking', () => {
    expect(quotes('Ana Ortiz used the Lakeview attack as a reason to demand more police.').filter((q) => q.cue === 'attack')).toEqual([]);
    expect(quotes('Some said the Lakeview attacks would wake voters up.').some((q) => q.speaker.name === 'Lakeview')).toBe(false);
  });

  it('keeps a collective that attacks someone', () => {
    const [q] = quotes('The Republicans attack Ana Ortiz for wanting more police.');
    expect(q).toMatchObject({ cue: 'attack', speaker: { name: 'Republicans' } });
  });
});

describe('headline kicker labels (qc)', () => {
  it('does not take “Bombshell:” or “Exclusive:” as the speaker of a headline', () => {
    for (const kicker of ['Bombshell', 'Exclusive', 'Update']) {
      const found = quotes(`${kicker}: The Harbor Board Just Gave Ana Ortiz A Whole New Reason To Worry\n\nThe Harbor Board said on Monday that it would act.`);
      expect(found.some((q) => q.speaker.name === kicker)).toBe(false);
    }
  });
});

describe('participles without “have” are passive (qc)', () => {
  it('does not read “is shown as” or “is not known as” as a statement', () => {
    expect(quotes('In the ad, Ana Ortiz is shown as a paragon of virtue.')).toEqual([]);
    expect(quotes('Ben Ruiz is not known as a patient negotiator, either.')).toEqual([]);
  });

  it('keeps the perfect (“has written that”, “has long known”) and the simple past', () => {
    expect(quotes('Ana Ortiz has written that the dam will fail.')[0]).toMatchObject({ cue: 'written', speaker: { name: 'Ana Ortiz' } });
    expect(quotes('Ana Ortiz wrote that the dam will fail.')[0]).toMatchObject({ cue: 'wrote', speaker: { name: 'Ana Ortiz' } });
    expect(quotes('The Harbor Board signalled that it would act.')[0]).toMatchObject({ cue: 'signalled' });
  });
});

describe('title-case heading clauses are not people (qc)', () => {
  it('does not give a quote to a heading clause the sentence opens with', () => {
    const [q] = quotes('Harbor Aid Faces Deep Cuts: Keeping “the lights on” is the first goal of the Harbor Board, and the council has the money to do it.');
    expect(q?.speaker.name ?? null).toBeNull();
  });

  it('reads the person out of a question heading (“Is Ortiz …”)', () => {
    const found = quotes('Is Ortiz Finally Winning Over Farmers?\n\nAna Ortiz spoke in Lakeview on Monday.\n\nIs Ortiz ready? Ortiz told the crowd that the dam would be rebuilt.');
    expect(found.some((q) => q.speaker.name === 'Is Ortiz')).toBe(false);
  });

  it('keeps a full name with an initial and a suffix', () => {
    const [q] = quotes('Adm. Harry B. Harris Jr. said on Monday that the fleet would stay.');
    expect(q).toMatchObject({ speaker: { name: 'Harry B. Harris Jr.' } });
  });
});

describe('participle after a clause with a subordinate pronoun subject', () => {
  it('skips “after they …” back to the main clause subject', () => {
    const [q] = quotes('Ana Ortiz apologized for the posts after they surfaced, saying they were old and wrong.');
    expect(who(q!)).toMatchObject({ text: 'they were old and wrong', cue: 'saying', name: 'Ana Ortiz' });
  });

  it('skips “because he …” too', () => {
    const [q] = quotes('Tomas Reyes left the hearing early because he felt ill, telling aides the vote could wait.');
    expect(who(q!)).toMatchObject({ cue: 'telling', name: 'Tomas Reyes' });
  });
});

describe('a sentence ending “…, Name said.” whose content holds another cue word', () => {
  it('takes the named reporter over a noun read as a cue inside the clause', () => {
    const found = quotes('The idea of the visit came up when the two men talked at last month’s Harbor Ball, Ruiz said.');
    expect(found.map(who)).toEqual([{ text: 'The idea of the visit came up when the two men talked at last month’s Harbor Ball', cue: 'said', name: 'Ruiz', role: null }]);
  });

  it('takes the named reporter over a description inside the clause', () => {
    const found = quotes('The Elmford mayor also plans to vote for Brandt at the convention this summer, Ana Ruiz said.');
    expect(found.map(who)).toMatchObject([{ cue: 'said', name: 'Ana Ruiz' }]);
  });

  it('leaves a named person inside the clause speaking', () => {
    const found = quotes('Ortiz says the dam will be repaired by spring, Ruiz said.');
    expect(found[0]).toMatchObject({ cue: 'says', speaker: { name: 'Ortiz' } });
  });
});

describe('a quote taken back by the name right after it', () => {
  it('takes it back from “they want to …” whose content ran on over the attribution', () => {
    const found = quotes('They want to “build a port that works for fishing families,” Ruiz said.');
    expect(found.map(who)).toMatchObject([{ text: 'build a port that works for fishing families,', cue: 'said', name: 'Ruiz' }]);
  });

  it('leaves a named subject’s quote alone', () => {
    const found = quotes('Ortiz wants to “build a port,” Ruiz said.');
    expect(found[0]).toMatchObject({ cue: 'wants', speaker: { name: 'Ortiz' } });
  });

  it('gives “…,” Name said to the name, not to an earlier cue of “they”', () => {
    const found = quotes('While it is unclear how members are assigned to panels, they are asked to rank their choices, and the budget panel is less likely to be “overrun with hard-liners,” Ruiz said.');
    expect(found.map(who)).toMatchObject([{ text: 'overrun with hard-liners,', cue: 'said', name: 'Ruiz' }]);
  });
});

describe('absolute “with” clause before a participle cue', () => {
  it('names the person after “, with”', () => {
    const [q] = quotes('Fans shoved a Harbor Watch protester, with Ortiz reportedly yelling: “Keep him out of here!”');
    expect(who(q!)).toMatchObject({ text: 'Keep him out of here!', cue: 'yelling', name: 'Ortiz' });
  });

  it('skips an aside between dashes', () => {
    const [q] = quotes('Taxes became a big issue, with Ana Ortiz — who has called for hikes on the rich — lambasting Brandt’s plan.');
    expect(who(q!)).toMatchObject({ cue: 'lambasting', name: 'Ana Ortiz' });
  });

  it('works at the start of a sentence', () => {
    const [q] = quotes('With Tomas Reyes calling the levy a disgrace, the council adjourned.');
    expect(q?.speaker.name).toBe('Tomas Reyes');
  });
});

describe('a bare “Name told reporters …” sentence after a closed quote', () => {
  it('attributes the quote before it', () => {
    const found = quotes('“Her answer was to help.” Ruiz told reporters during the call.');
    expect(found.map(who)).toEqual([{ text: 'Her answer was to help.', cue: 'told', name: 'Ruiz', role: null }]);
  });

  it('leaves “told reporters” with content of its own alone', () => {
    const found = quotes('“We will win.” Ruiz told reporters the vote was next week.');
    expect(found.map((q) => q.text)).toEqual(['We will win.', 'the vote was next week']);
  });
});

describe('a participle cue inside the subject’s appositive', () => {
  it('gives way to the main clause’s named subject and cue', () => {
    const found = quotes('Dan Reyes, managing partner of Harbor Capital and author of a book calling for more public spending, said the plan was too timid.');
    expect(found.map(who)).toMatchObject([{ text: 'the plan was too timid', cue: 'said', name: 'Dan Reyes' }]);
    expect(found).toHaveLength(1);
  });
});

describe('“, then said” joins like “and said”', () => {
  it('gives the cue after “, then” the subject of the clause before it', () => {
    const found = quotes('Ortiz offered the man a job as harbor master, then said she would welcome advice from anyone.');
    expect(found.map(who)).toMatchObject([{ text: 'she would welcome advice from anyone', cue: 'said', name: 'Ortiz' }]);
  });
});

describe('naming verbs, recordings and what follows a quote (session 7)', () => {
  it('gives “X branded Y a “…”” and “X labeled Y …” to the subject, not the one named', () => {
    expect(quotes('Ortiz branded Ruiz a “reckless and dangerous man.”').map(who)).toMatchObject([{ cue: 'branded', name: 'Ortiz' }]);
    expect(quotes('Portugal branded the harbor deal a “sellout of the coast.”').map(who)).toMatchObject([{ cue: 'branded', name: 'Portugal' }]);
    expect(quotes('The mayor labeled the levy “a tax on hope.”').map(who)).toMatchObject([{ cue: 'labeled' }]);
  });

  it('reads “brand of …” as a noun and a gerund after “against” as no statement', () => {
    expect(quotes('Brandt mocked the divisive brand of politics that won the county in a landslide.').filter((q) => q.cue === 'brand')).toEqual([]);
    expect(quotes('Critics faulted her decision against labeling the militia, which killed dozens, a terrorist group.').filter((q) => q.cue === 'labeling')).toEqual([]);
  });

  it('splits “X will brand you a liar and Y will accuse you …” into two statements', () => {
    const found = quotes('The Harbor Times will brand you a liar and Delta News will accuse you of spreading a “panic.”');
    expect(found.map((q) => q.cue)).toEqual(['brand', 'accuse']);
    expect(found[0]!.text).toBe('you a liar');
  });

  it('does not read a person who “has shown bad judgment” as speaking a quote', () => {
    const found = quotes('Jane Ortiz sent tweets saying that Ruiz had shown bad judgment in praising the council “as a model of thrift.”');
    expect(found.map(who)).not.toContainEqual(expect.objectContaining({ name: 'Ruiz' }));
  });

  it('still reads “Name showed that …” and a poll that shows', () => {
    expect(quotes('On Thursday, Ben Ruiz showed that the council had skipped three audits.').map(who)).toMatchObject([{ cue: 'showed', name: 'Ben Ruiz' }]);
    expect(quotes('A new poll shows the levy losing by ten points in the county.').map((q) => q.cue)).toEqual(['shows']);
  });

  it('gives a quote after “footage of Name saying …” to the name, not to the clause after the quote', () => {
    const found = quotes('The spot ends with footage of Jane Ortiz saying during the debate last week, “That makes me clever,” when Ruiz scolded her.');
    expect(found.map(who)).toMatchObject([{ text: 'That makes me clever,', cue: 'saying', name: 'Jane Ortiz' }]);
    expect(quotes('The ad closes on a clip of Mayor Ana Ortiz telling voters, “We will win this.”').map(who)).toMatchObject([{ cue: 'telling', name: 'Ana Ortiz' }]);
  });

  it('does not read ““…,” when Name did …” as an attribution', () => {
    const [q] = quotes('“That makes me clever,” when Ruiz scolded her for it.');
    expect(who(q!)).toMatchObject({ text: 'That makes me clever,', name: null });
  });

  it('reads “the ad’s narrator says” whole, so the split quote stays one', () => {
    const found = quotes('“If she thinks that is clever,” the ad’s narrator says, “what does she think of you?”');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ cue: 'says', speaker: { name: null, role: 'anonymous source' } });
  });

  it('knows “N. Korea” for a place, not a person with an initial', () => {
    expect(personMentions('Leaders met after N. Korea fired a missile.').map((m) => m.name)).not.toContain('N. Korea');
  });
});

describe('wrong-name fixes (breitbart, huff-post, nyt slice)', () => {
  it('reads a surname ending in -ing after a title as a name, not a participle', () => {
    expect(quotes('“The plan will hold,” Mr. Fleming said.').map(who)).toMatchObject([{ cue: 'said', name: 'Fleming' }]);
    expect(quotes('Ms. Ortiz is “not a quitter,” said Dr. Harding, who knew her.').map(who)).toMatchObject([{ cue: 'said', name: 'Harding' }]);
  });

  it('does not read a pronoun with a contracted auxiliary (We’ve, I’m, They’ve) as a name', () => {
    expect(quotes('We’ve known since the flood that neglect breeds ruin.').map(who)).toMatchObject([{ cue: 'known', name: null }]);
    expect(quotes('They’ve said that the harbor wall is safe.').map(who)).toMatchObject([{ cue: 'said', name: null, text: 'the harbor wall is safe' }]);
    expect(quotes("I'm old enough to remember Mayor Ana Ortiz on TV, declaring a ''war'' on potholes.").map(who)).not.toContainEqual(expect.objectContaining({ name: "I'm" }));
  });

  it('gives the words to the antecedent of a relative clause, not to a name inside the clause', () => {
    expect(quotes('Swanson, who is a pastor at the Harbor Church of Elm Falls, Colorado, slammed the Scouts for promoting “vice.”').map(who)).toMatchObject([{ cue: 'slammed', name: 'Swanson' }]);
    expect(quotes("Ana Ortiz, whose hometown, Lakeview, is projected to flood within decades, argues that levees will ''ruin us.''").map(who)).toMatchObject([{ cue: 'argues', name: 'Ana Ortiz' }]);
    expect(quotes('Current and former officials who spoke with The Harbor Star said the board has become a shell.').map(who)).toMatchObject([{ cue: 'said', name: null }]);
    expect(quotes('Ben Ruiz, a former Treasury official who is now a fellow at the Lakeview Institute, which works on floods, said the levy was fair.').map(who)).toMatchObject([{ cue: 'said', name: 'Ben Ruiz' }]);
  });

  it('still reads the name right before the cue after a relative clause that has ended', () => {
    expect(quotes('Like other owners who foresee an upside, Mr. Ruiz said he was building a pool.').map(who)).toMatchObject([{ cue: 'said', name: 'Ruiz' }]);
    expect(quotes('Ana Ortiz, who works for Acme, said the board has become a shell.').map(who)).toMatchObject([{ cue: 'said', name: 'Ana Ortiz' }]);
  });

  it('does not read a wire dateline’s place as the subject of a participle cue', () => {
    expect(quotes('Dam vote looms.\n\nLakeview (AFP) – Mayor Ana Ortiz has taken a swipe at rival Ben Ruiz’s stance on dams, saying that “loud comments” do harm.').map(who)).toMatchObject([{ cue: 'saying', name: 'Ana Ortiz' }]);
    expect(quotes('Dam vote looms.\n\nLAKEVIEW, Dec. 8 (UPI) — Mayor Ana Ortiz has taken a swipe at rival Ben Ruiz’s stance on dams, saying that “loud comments” do harm.').map(who)).toMatchObject([{ cue: 'saying', name: 'Ana Ortiz' }]);
  });

  it('does not read a kicker or a clause in capitals as a speaker', () => {
    expect(quotes('FIX IS IN: Harbor Moderators Ignore Dam Scandals.\n\nSo the board met, and nothing happened.').map(who)).not.toContainEqual(expect.objectContaining({ cue: ':' }));
    expect(quotes('Ortiz Sells Old Boat.\n\nUPDATE: 5/12 — The website that listed the boat has removed the listing. It has now been posted elsewhere.').map(who)).toEqual([]);
    expect(quotes('This is the Poll Report for Monday, May 2, 2016.\n\nHARBOR POLLS NOT NECESSARILY WRONG, JUST TOO EARLY - Ana Ortiz and Ben Ruiz: “The polls did not fail us. They ended too early.”').map(who)).toMatchObject([{ name: 'Ana Ortiz' }]);
    expect(quotes('RUIZ: Let us start with the dam.').map(who)).toMatchObject([{ cue: ':', name: 'Ruiz' }]);
  });

  it('names the possessor, not the possessor run on into a modifier (“Ruiz’s fawning comments”)', () => {
    const fawning = quotes("Rivals have highlighted Mr. Ruiz's previously fawning comments about Mr. Ortiz.").map(who);
    expect(fawning).toMatchObject([{ cue: 'comments', name: 'Ruiz' }]);
    expect(quotes('Greenberg’s research suggests the levy will pass.').map(who)).toMatchObject([{ cue: 'suggests', name: 'Greenberg' }]);
    expect(quotes('Ortiz’s associates insist the plan is fine.').map(who)[0]!.name).not.toBe('Ortiz');
  });

  it('reads “…,” an angry Name retaliated as the reply’s attribution, not the last speaker', () => {
    const found = quotes('“The dam is safe,” Ruiz said.\n\n“The dam will always stand,” an angry Ortiz retaliated.');
    expect(found.map(who)[1]).toMatchObject({ cue: 'retaliated', name: 'Ortiz' });
  });

  it('joins “…?” Name told a named station … after a question to the quote', () => {
    const found = quotes('Vance criticised Ortiz in the council.\n“It looks like we will not get along, who knows?” Ortiz told Lakeview’s KLV radio station in an interview aired on Monday.');
    expect(found.map(who)).toContainEqual(expect.objectContaining({ text: 'It looks like we will not get along, who knows?', cue: 'told', name: 'Ortiz' }));
    expect(quotes('Ortiz called Ruiz an “idiot.” Vance challenged Ortiz about this line of attack.').map(who)[0]!.text).toBe('Ruiz an “idiot.”');
  });

  it('does not give an uncued quoted phrase to the person it is addressed to or about', () => {
    const said = (text: string, phrase: string) => quotes(text).find((x) => x.text === phrase)!.speaker.name;
    expect(said('Ben Ruiz spoke on Friday.\n\nOn Wednesday the board had “more than one conversation” with Ruiz about the remark.', 'more than one conversation')).toBeNull();
    // The organisation that issued the statement offers it (see 'an organisation as the subject …').
    expect(said('Ben Ruiz spoke on Friday.\n\nThe Harbor Board issued a statement, offering “a deep and sincere apology” to Ruiz after emails showed staff favoring Ana Ortiz.', 'a deep and sincere apology')).toBe('Harbor Board');
    expect(said('Ana Ortiz spoke on Friday.\n\nThe Harbor Board issued a statement, offering “a deep and sincere apology” after emails showed staff favoring Ana Ortiz.', 'a deep and sincere apology')).toBe('Harbor Board');
  });

  it('gives a headline quote after “Name Verbs Object:” to the name before the verb', () => {
    const found = quotes('Ana Ortiz Praises Harbor’s Lakeview Political Editor Ben Ruiz: ‘Very Good Reporter.’\n\nMayor Ana Ortiz praised the editor on Monday.');
    expect(found.map(who)[0]).toMatchObject({ text: 'Very Good Reporter.', cue: ':', name: 'Ana Ortiz' });
    expect(quotes('Mayor Ortiz: ‘We will rebuild the bridge’\n\nThe mayor spoke.').map(who)[0]).toMatchObject({ cue: ':', name: 'Ortiz' });
  });

  it('reads a quoted transcript line labelled with a title-case name as that person’s words', () => {
    const found = quotes('The panel argued the levy is naive.\n\n"Ben Ruiz: Seriously, about this. Ana says she will pay for the tuition with a levy. That sounds great."');
    expect(found.map(who)).toContainEqual(expect.objectContaining({ cue: ':', name: 'Ben Ruiz', text: 'Seriously, about this. Ana says she will pay for the tuition with a levy. That sounds great.' }));
    expect(quotes('"South Carolina: The state votes next."').map(who)[0]!.name).toBeNull();
  });

  it('gives a pull quote signed on its own last line to the signer', () => {
    const found = quotes('Ruiz spoke first.\n\n"We will enter the next slump without that consensus.\nAna Ortiz, Harbor Policy Institute."\n\nWhatever the reason, they left.');
    expect(found.map(who)).toContainEqual(expect.objectContaining({ cue: null, name: 'Ana Ortiz' }));
    const unsigned = quotes('Ruiz spoke first.\n\n"We will enter the next slump without that consensus.\nHarbor board member."');
    expect(unsigned.map(who)).not.toContainEqual(expect.objectContaining({ name: 'Harbor' }));
  });

  it('does not read a copula next to a quote as the name’s speech verb', () => {
    const found = quotes('Two analysts, Ben Ruiz and Ana Ortiz, found in 2014 that the Lakeview Air Force is “the best in the world” and its army is “the best in the region.”');
    expect(found.map(who)).not.toContainEqual(expect.objectContaining({ name: 'Lakeview Air Force' }));
  });

  it('reads “Name shot back, “…”” as the name’s reply, not the subordinate clause’s subject', () => {
    const found = quotes('After former Gov. Ben Ruiz criticized Vance during a debate, Ortiz shot back, “I suppose I could have stayed home.”');
    expect(found.map(who)).toContainEqual(expect.objectContaining({ text: 'I suppose I could have stayed home.', name: 'Ortiz' }));
  });

  it('does not carry a quote over to the previous sentence’s speaker when its own sentence names a new subject', () => {
    const found = quotes("Mr. Vance has told his supporters to respond. One early supporter, Representative Ana Ortiz, Republican of Ohio, gave the technique a whirl in an interview on Tuesday: ''You can easily argue that the mayor is a fraud.''");
    expect(found.map(who)).toContainEqual(expect.objectContaining({ text: 'You can easily argue that the mayor is a fraud.', name: 'Ana Ortiz' }));
  });

  it('does not credit the subject of a passive speech cue (was told, was accused by)', () => {
    expect(quotes('Ortiz was told that the dam was safe.').map(who)).toMatchObject([{ cue: 'told', name: null }]);
    expect(quotes('Ortiz was accused by Ben Ruiz of lying about the dam.').map(who)).toMatchObject([{ cue: 'accused', name: 'Ben Ruiz' }]);
    expect(quotes('Ortiz is worried that the dam will fail.').map(who)).toMatchObject([{ cue: 'worried', name: 'Ortiz' }]);
  });

  it('does not read a clause after a comma as the appositive of a name in an opening phrase', () => {
    const found = quotes('In response to Ben Ruiz’s plan to bar trucks from entering the United States, Ana Ortiz’s right-hand woman rallied supporters, saying: “We have to stop him.”');
    expect(found.map(who)).toMatchObject([{ cue: 'saying', name: null, role: 'right-hand woman for Ana Ortiz' }]);
    expect(quotes('Ortiz’s son, Ben, defended his mother on Tuesday, saying: “She has made great strides.”').map(who)[0]!.name).toBe('Ben');
  });

  it('does not name a sentence-opening adjective before a source noun (“Early polls show”)', () => {
    expect(quotes('Early polls show voters in the valley rejecting Mr. Ruiz.').map(who)).toMatchObject([{ cue: 'show', name: null }]);
    expect(quotes('The dam held. New data suggest the levy will pass.').map(who)[0]!.name).toBeNull();
  });

  it('gives the words to the person a description follows, not to the paper named last', () => {
    const found = quotes("Ben Ruiz, the editor in chief of the city's official paper, L'Eco Lakeview, said every mayor was ''both good and bad.''");
    expect(found.map(who)).toMatchObject([{ cue: 'said', name: 'Ben Ruiz' }]);
    expect(quotes("The state's campaign chairman, Phil Lovas, said the vote was close.").map(who)).toMatchObject([{ name: 'Phil Lovas' }]);
  });

  it('reads “confided” as a speech cue', () => {
    expect(quotes('Ruiz confided that the dam was weak.').map(who)).toMatchObject([{ cue: 'confided', name: 'Ruiz', text: 'the dam was weak' }]);
  });
});

describe('“reference” as a cue, like “refer to”', () => {
  it('gives what a video references to the group that issued it, and not to a name inside the object', () => {
    const found = quotes('A new video by the Harbor Party references three votes in which Ortiz backed the levy.');
    expect(found.map(who)).toMatchObject([{ text: 'three votes in which Ortiz backed the levy', cue: 'references', name: 'Harbor Party' }]);
  });
});

describe('a signature line under a quote that only carried on the previous speaker', () => {
  it('gives the quote to the signer, not to the speaker of the paragraph before', () => {
    const text =
      '"The harbor must stay open to every boat."\n\n- Ana Ortiz.\n\nOrtiz has said this before. In the end, Ortiz voted for the levy.\n\n"I will look into it. I do not know the status, but I will look into it."\n\n- Ben Ruiz.\n\nRuiz has been looking into it for a long time.';
    const found = quotes(text).map(who);
    expect(found).toContainEqual(expect.objectContaining({ text: 'The harbor must stay open to every boat.', name: 'Ana Ortiz' }));
    expect(found).toContainEqual(expect.objectContaining({ text: 'I will look into it. I do not know the status, but I will look into it.', cue: '―', name: 'Ben Ruiz' }));
  });
});

describe('an indefinite description after an inverted cue (“said one district Harbor Party leader”)', () => {
  it('reads the description as the speaker instead of carrying on the person named before', () => {
    const found = quotes('Treasurer Ana Ortiz made the list.\n\n“One of my rules was whether they back the levy,” said one district Harbor Party leader. “I did not care.”').map(who);
    expect(found).toMatchObject([
      { cue: 'said', name: null, role: 'district Harbor Party leader' },
      { name: null, role: 'district Harbor Party leader' },
    ]);
  });

  it('does not give a supporter’s words to the person supported', () => {
    expect(quotes('Ana Ortiz spoke on Monday.\n\n“I will not vote for her,” wrote one Ortiz supporter.').map(who)).toMatchObject([{ cue: 'wrote', name: null, role: 'Ortiz supporter' }]);
  });

  it('reads “one” and “another” as articles before role words', () => {
    expect(quotes('Ana Ortiz spoke on Monday.\n\n“I will not vote for her,” said another board member.').map(who)).toMatchObject([{ cue: 'said', name: null, role: 'board member' }]);
  });
});

describe('a name and “shot back” / “fired back” after a quote', () => {
  it('gives the reply to the person who shot back, not to the speaker of the paragraph before', () => {
    const found = quotes('Ana Paradis and Jim Bennett met at the polls.\n\n“Look at all these people here,” Paradis said with a smirk, looking over at Bennett.\n\n“They are all here for the free food,” Bennett shot back with a laugh.').map(who);
    expect(found).toMatchObject([
      { cue: 'said', name: 'Ana Paradis' },
      { text: 'They are all here for the free food,', cue: 'shot back', name: 'Jim Bennett' },
    ]);
    expect(quotes('“The pier is closed,” Ben Ruiz fired back.').map(who)).toMatchObject([{ cue: 'fired back', name: 'Ben Ruiz' }]);
  });
});

describe('a description after an inverted cue running past a capitalised modifier to its role noun', () => {
  it('reads “said a former U.S. harbor safety official” as the speaker, not the person the quote is about', () => {
    const found = quotes('Ben Ruiz, the former harbor chief, was fined.\n\nRuiz “was handled so lightly there is not a lot you can do,” said a former U.S. harbor safety official.').map(who);
    expect(found).toMatchObject([{ cue: 'said', name: null, role: 'former U.S. harbor safety official' }]);
  });

  it('keeps the whole role after modifiers (“a former police official”), not the modifier alone', () => {
    expect(quotes('“The pier is closed,” said a former police official.').map(who)).toMatchObject([{ cue: 'said', name: null, role: 'former police official' }]);
  });
});

describe('a cue inside an aside closed by a dash, then the main clause going on', () => {
  it('gives a clause after “— and …” to its own speaker, not to the cue inside the aside', () => {
    const found = quotes('Ortiz is courting the harbor lobby — which candidate Ana Vance denounced Thursday — and is building a base there that Ruiz fears will be used to harm the city.').map(who);
    expect(found).toMatchObject([{ text: 'will be used to harm the city', cue: 'fears', name: 'Ruiz' }]);
  });

  it('still reads a clause after an aside of its own (“would argue — and Ortiz believes — that …”)', () => {
    expect(quotes('Supporters of Ortiz would argue — and Ortiz presumably believes — that her pitch fits the mood.').map(who)).toMatchObject([{ text: 'her pitch fits the mood', cue: 'argue' }]);
    expect(quotes('Ortiz said Thursday — in a rare interview — that the pier is closed.').map(who)).toMatchObject([{ text: 'the pier is closed', cue: 'said', name: 'Ortiz' }]);
  });
});
