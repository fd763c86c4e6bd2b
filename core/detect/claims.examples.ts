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
];
