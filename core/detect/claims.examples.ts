/**
 * Example sentences for the claims detector, written by us in the shape of news prose: statements of
 * checkable fact (numbers, rankings, comparisons, reported events) that must be found, and opinion,
 * rhetoric, questions and photo credit lines that must not. Used by the unit tests and the bench.
 */

/** Check-worthy: each must be highlighted at the balanced threshold. */
export const CLAIM_POSITIVES: readonly string[] = [
  'Norway has the fourth largest sovereign wealth fund in the world, with assets higher than those of Saudi Arabia.',
  'The authorities arrested 200 local politicians in the weeks after the vote.',
  'Unemployment fell to 4.2 percent in March, the lowest level since 2008.',
  'The government spent $3 billion on the bridge, twice the original estimate.',
  'Exports to Brazil rose by 18% last year.',
  'The company cut 1,200 jobs in its Ohio plants in 2022.',
  'Police detained more than 40 protesters outside the parliament on Saturday.',
  'The city council voted 7 to 2 to ban short-term rentals in the old town.',
  'Inflation has doubled since the central bank raised interest rates in January.',
  'The treaty was signed in Geneva in 1997 by 122 countries.',
  'Wildfires have destroyed more than 3,000 homes across the province this summer.',
  'The minister resigned after the audit found that 60 million euros were missing.',
  '“We lost half of our members in two years,” said Maria Ortiz, the union’s treasurer.',
  'Portugal now produces more electricity from wind than from coal.',
  'The ministry said the army has modernized its tanks since 2015, but the navy has not.',
  'Her first book was translated into 14 languages and sold more than a million copies.',
  'The rocket carried 12 satellites on Tuesday, the most the agency has ever launched at once.',
];

/** Not check-worthy: opinion, rhetoric, questions, pleasantries, credit lines. None may be highlighted. */
export const CLAIM_NEGATIVES: readonly string[] = [
  'Overreaction is never good policy.',
  'Let’s call it politics by other means.',
  'I think we deserve better than this.',
  'What will the next government do about it?',
  'It remains to be seen how the voters will react.',
  'Time will tell whether the gamble pays off.',
  'This is a moment for courage, not for fear.',
  'We should all be proud of what this city stands for.',
  'Thank you all for coming tonight.',
  'Peter Lindqvist | Nordic Press Agency | Getty Images',
  '(AP Photo/Hannah Berg)',
  'Photo: Samuel Okafor/Reuters',
  'Whatever happens next, the stakes could hardly be higher.',
  'Perhaps the answer lies somewhere in between.',
  'Readers deserve a clear explanation.',
  'Panic is never a good strategy, but complacency is a far greater danger today.',
  'The long-term goal should be lasting cooperation between the two agencies.',
  'Then put all of this in the context of a continent at peace.',
  'Follow her on Twitter and subscribe to the weekly newsletter.',
  'Both camps are right: the regime is weaker and at the same time more dangerous.',
  'Send your tips to newsdesk@example.org or call 555-010-2030.',
  'Posted by Karl Ruiz on March 3, 2021 at 9:15 pm said:',
  'Die Regierung hat 2019 insgesamt 300 Millionen Euro ausgegeben.',
];

/** A short article of our own, block by block, with what must and must not be highlighted. */
export const CLAIM_ARTICLE: {
  blocks: { id: string; kind: 'paragraph' | 'caption' | 'heading'; text: string }[];
  claims: string[];
  notClaims: string[];
} = {
  blocks: [
    { id: 'h0', kind: 'heading', text: 'The terminal that ate the budget' },
    {
      id: 'c0',
      kind: 'caption',
      text: 'The new terminal at Northport airport, which opened on Monday, handles 12 million passengers a year.\nLena Fischer | Baltic Wire | Getty Images',
    },
    {
      id: 'p0',
      kind: 'paragraph',
      text: "Call it the politics of concrete. The regional government spent 2.4 billion euros on the terminal, the largest public project in the region's history. Is anyone surprised?",
    },
    {
      id: 'p1',
      kind: 'paragraph',
      text: '“We were promised a terminal for 800 million,” said Tomas Berg, a council member. Overreaction is never good policy. Police detained 14 protesters at the gate on Tuesday.',
    },
    { id: 'c1', kind: 'caption', text: 'Protesters outside the terminal. (AP Photo/Jonas Lind)' },
    {
      id: 'p2',
      kind: 'paragraph',
      text: 'Passenger numbers at Northport have doubled since 2015, while the older airport at Eastfield lost a third of its flights. We should all hope the gamble pays off.',
    },
  ],
  claims: [
    "The regional government spent 2.4 billion euros on the terminal, the largest public project in the region's history.",
    '“We were promised a terminal for 800 million,” said Tomas Berg, a council member.',
    'Police detained 14 protesters at the gate on Tuesday.',
    'Passenger numbers at Northport have doubled since 2015, while the older airport at Eastfield lost a third of its flights.',
  ],
  notClaims: [
    'The terminal that ate the budget',
    'The new terminal at Northport airport, which opened on Monday, handles 12 million passengers a year.',
    'Lena Fischer | Baltic Wire | Getty Images',
    'Call it the politics of concrete.',
    'Is anyone surprised?',
    'Overreaction is never good policy.',
    '(AP Photo/Jonas Lind)',
    'We should all hope the gamble pays off.',
  ],
};
