/**
 * Lexical cues for check-worthiness: hand-written patterns (numbers, percentages, money, dates,
 * rankings, comparisons, reported events, causal links, hedges, opinion, questions...). They are
 * dense features of the claim model and, for the ones that point towards a checkable fact, the
 * human-readable `reasons` shown with a claim ("why is this highlighted?").
 */

/** One cue: a stable id (a model feature name) and, when it supports a claim, the reason shown. */
export type CueDef = {
  id: string;
  /** Shown to the reader when the cue fires on a highlighted sentence; null for negative cues. */
  reason: string | null;
  test: (s: CueText) => boolean;
};

/** The sentence in the forms cues look at. */
export type CueText = { raw: string; lower: string; words: string[]; /** Filled on first use by the cues that need it. */ capitalised?: string[] };

const NUMBER_WORDS =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|trillion|trillions|dozen|dozens|half|quarter|third|twice|double|triple';
const ORDINALS =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|twentieth|hundredth|\\d+(?:st|nd|rd|th)';
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';

const re = (source: string, flags = 'u'): RegExp => new RegExp(source, flags);

const R = {
  digit: /\d/u,
  numberWord: re(`\\b(?:${NUMBER_WORDS})\\b`),
  percent: re(`(?:\\d\\s*%|\\b(?:percent|per cent|percentage|percentage points?)\\b)`),
  money: re(`(?:[$€£¥]\\s?\\d|\\b(?:dollars?|euros?|pounds|yuan|rubles|roubles|cents)\\b|\\b(?:billion|trillion)\\b)`),
  fiscal: /\b(?:budget|deficit|debt|tax|taxes|gdp|spending|funding|economy|economic|trade|wages?|salary|salaries)\b/u,
  bigNumber: re(`\\b(?:million|millions|billion|billions|trillion|trillions|thousand|thousands|hundred|hundreds)\\b|\\d{1,3}(?:,\\d{3})+|\\d{4,}`),
  year: /\b(?:1[89]\d\d|20\d\d)s?\b/u,
  dateWords: re(`\\b(?:${MONTHS}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight)\\b|\\b(?:last|this|next|past) (?:year|month|week|decade|century|quarter)s?\\b|\\byesterday\\b|\\bsince (?:\\d|the)|\\bin the (?:last|past) \\w+`),
  ranking: re(`\\b(?:${ORDINALS})[- ](?:largest|biggest|highest|lowest|smallest|most|least|best|worst|place)\\b|\\b(?:ranked|ranks|ranking|number one|no\\. ?1|top \\d+|top (?:ten|five|three))\\b|\\b(?:${ORDINALS}) (?:in the (?:world|country|nation)|time)\\b|\\b(?:${ORDINALS})\\b.{0,30}\\b(?:largest|biggest|highest|lowest)\\b`),
  ordinal: re(`\\b(?:${ORDINALS})\\b`),
  /** The ranking pattern's one alternative without an ordinal: all it can match where no ordinal is. */
  rankingWords: re(`\\b(?:ranked|ranks|ranking|number one|no\\. ?1|top \\d+|top (?:ten|five|three))\\b`),
  superlative: /\b(?:largest|biggest|highest|lowest|smallest|greatest|fastest|slowest|most|least|best|worst|record|ever)\b/u,
  comparative: /\b(?:more|less|fewer|higher|lower|larger|bigger|smaller|greater|faster|slower|cheaper|richer|poorer|better|worse)\b(?:\s+[\w'-]+){0,4}\s+than\b|\b\w+er than\b|\b(?:doubled|tripled|quadrupled|halved|increased|decreased|rose|fell|dropped|declined|grew|cut|reduced|raised|outpaced|exceeded)\b/u,
  /** The comparative pattern's last alternative: all it can match in a sentence without "than". */
  comparativeVerb: /\b(?:doubled|tripled|quadrupled|halved|increased|decreased|rose|fell|dropped|declined|grew|cut|reduced|raised|outpaced|exceeded)\b/u,
  change: /\b(?:increase|increased|decrease|decreased|rise|rose|risen|fall|fell|fallen|drop|dropped|decline|declined|grow|grew|grown|growth|cut|cuts|reduce|reduced|raise|raised|lost|gained|added|created|doubled|tripled|improved|modernized|modernised|expanded|strengthened|weakened|worsened|boosted|slashed|tightened|eased|shrank|shrunk|surged|plunged|soared|tumbled)\b/u,
  reportedEvent: /\b(?:arrested|detained|jailed|imprisoned|killed|died|wounded|injured|signed|announced|launched|approved|passed|voted|vetoed|banned|imposed|sanctioned|elected|appointed|resigned|fired|sued|charged|convicted|indicted|sentenced|invaded|attacked|bombed|captured|seized|released|closed|opened|built|sold|bought|paid|spent|borrowed|lent|awarded|won|lost|agreed|withdrew|expelled|deported|abandoned|extended|created|established|founded|acquired|merged|reported|recorded|confirmed|admitted|denied|ordered|required|allowed|blocked|ratified|enacted|repealed|raised|lowered|cut)\b/u,
  causal: /\b(?:because of|due to|as a result|result(?:ed)? in|led to|leads to|caused|causes|causing|responsible for|thanks to|owing to|contributed to)\b/u,
  reported: /\b(?:according to|said|says|reported|announced|stated|told|confirmed|data|survey|study|statistics|census|poll|figures|report)\b/u,
  statNoun: /\b(?:rate|rates|average|median|per capita|per year|a year|each year|every year|annually|per cent|percent|ratio|unemployment|inflation|gdp|deficit|debt|poverty|population|jobs|wages|income|prices|premiums|taxes)\b/u,
  law: /\b(?:law|bill|act|treaty|agreement|legislation|resolution|amendment|constitution|court|supreme court|congress|parliament|senate)\b/u,
  hedge: /\b(?:maybe|perhaps|might|may|could|possibly|probably|seems?|appears?|likely|unlikely|suggests?|i guess|i suppose|sort of|kind of)\b/u,
  opinion1: /\b(?:i|we) (?:think|believe|feel|hope|want|wish|guess|suppose|know|am convinced|am sure|'m sure|love|like|need|must|should|will|would|can|'ll|'d)\b|\b(?:i'm|i am|we're|we are) (?:going to|not going|proud|glad|sure|convinced|committed|determined|looking forward)\b|\bin my (?:view|opinion)\b/u,
  firstPerson: /\b(?:i|me|my|mine|i'm|i've|i'd|i'll)\b/u,
  secondPerson: /\b(?:you|your|you're|you've)\b/u,
  question: /\?\s*["'”’)]*\s*$/u,
  modalFuture: /\b(?:will|would|should|must|shall|ought to|going to|gonna|need to|needs to|have to|has to|let's|let us)\b/u,
  deontic: /\b(?:should|must|ought to|need to|needs to|has to|have to|it is time|it's time)\b/u,
  normative: /\b(?:never|always|good|bad|wrong|right|great|terrible|wonderful|important|essential|crucial|necessary|shame|disgrace|ought|fair|unfair|wise|foolish)\b/u,
  thanks: /\b(?:thank you|thanks|applause|laughter|good evening|good night|ladies and gentlemen)\b/u,
  imperative: /^["'“‘(]?\s*(?:(?:then|so|now|and|but|just)\s+)?(?:let|let's|look|imagine|think|consider|remember|don't|do not|go|come|stop|give|make|take|tell|put|ask|note|follow|subscribe|read|watch|see|click|sign up|join|try)\b/u,
  pastTense: /\b(?:was|were|had|did|went|came|took|gave|made|got|said|told|became|began|left|won|lost|\w{3,}ed)\b/u,
  perfect: /\b(?:has|have|had|'s|'ve)\s+(?:not\s+|never\s+|already\s+|just\s+)?(?:been|\w{3,}ed|gone|done|made|taken|given|grown|risen|fallen|cut|won|lost|seen)\b/u,
  negation: /\b(?:not|no|never|nothing|nobody|none|n't)\b|n't\b/u,
  weOur: /\b(?:we|our|us|we've|we're|we'll)\b/u,
  /** Someone named or referred to did or said something: "he vetoed", "the governor cut", "they quadrupled". */
  thirdPersonAct: /\b(?:he|she|they|his opponent|my opponent|the (?:president|governor|senator|administration|government|congress|mayor|company|party))\s+(?:\w+\s+)?(?:\w{3,}ed|said|did|didn't|has|had|hasn't|went|got|made|took|gave|told|cut|put|won|lost|wrote|sent|spent|paid|became|brought|built|left|ran|kept|sold)\b/u,
  /** A person's or body's record: votes, service, time in office, what happened under them. */
  record: /\b(?:voted (?:for|against|to|unanimously|\d+ to \d+)|vetoed|(?:his|her|their|my) record|served (?:on|in|as|for)|under (?:his|her|this|that|the|their) (?:administration|leadership|watch|presidency|government)|was (?:the )?(?:governor|senator|secretary|mayor|president|chairman|head|director) of|(?:has|have|had) (?:never|always|consistently) (?:\w+ed|supported|opposed|been))\b/u,
  /** A general statement about how the world is: "there are", "Americans pay", "most families have". */
  generalFact: /\bthere (?:is|are|was|were|has been|have been)\b|\b(?:americans|people|families|workers|children|seniors|students|businesses|companies|countries|nations|states|women|men|kids|prices|wages|schools|hospitals)\s+(?:are|have|were|had|pay|get|lost|make|earn|live|die|cannot|can't|don't)\b|\b(?:most|millions of|many|half of|nobody|no one)\s+\w+\s+(?:are|have|were|had|knows|is)\b/u,
  /** A pledge, plan or promise: what the speaker will do. */
  pledge: /\b(?:i|we)\s+(?:will|would|'ll|'d|am going to|are going to|intend|plan|promise|pledge|propose|want to)\b|\b(?:i'll|we'll|i'm going to|we're going to|i'm gonna|we're gonna)\b|\b(?:my|our) (?:plan|proposal|program|budget|administration will)\b/u,
  /** A hypothetical or a prediction: "if we", "would cost", "will be", "by 2030", "over the next ten years". */
  unreal: /(?:^|\W)(?:if|unless|suppose|imagine|what if)\s|\b(?:would|could|might) (?:have|be|cost|create|save|lose|add)\b|\b(?:will|going to|gonna)\s+(?:\w+\s+)?(?:be|have|cost|create|cut|raise|bring|lose|save|add|grow|increase|reduce|double|balance|give|provide)\b|\bover the next\b|\bin the (?:next|coming)\b/u,
  /** Vague superlatives and hyperbole: nothing a fact-checker can measure. */
  vague: /\b(?:tremendous|incredible|unbelievable|fantastic|amazing|disaster|disastrous|horrible|beautiful|phenomenal|great(?:est)? (?:country|nation|people) (?:in|on|of)|(?:best|greatest|finest|strongest) (?:\w+ )?(?:in the world|ever|of all time|in history))\b/u,
  /** Every alternative of creditLine needs one of these; most sentences have none. */
  creditLineHint: /[|(/]|getty images|^(?:photo|image|picture)/iu,
  creditLine: /(?:\|\s*\p{Lu}[\p{L}.&' -]*(?:images|photos?|press|agency|reuters|ap|afp|getty))|\((?:ap|afp|reuters)\s*photo|^(?:photo|photograph|image|picture)s?\s*(?:by|:)|\bgetty images\b|\bphoto\s*\/|\/\s*(?:reuters|afp|ap|getty)\b/iu,
} satisfies Record<string, RegExp>;

// The 'u' flag makes V8 match more slowly; patterns without \p{…} classes do not need it.
for (const key of Object.keys(R) as (keyof typeof R)[]) {
  const r = R[key];
  if (!r.source.includes('\\p{')) R[key] = new RegExp(r.source, r.flags.replace('u', ''));
}

/**
 * The capitalised words (two letters or more) that follow a letter, digit, comma, semicolon, colon
 * or closing bracket and white space: words that are not the first of the sentence. The same as
 * matching /(?<=[\p{L}\p{N},;:)]\s+)\p{Lu}[\p{Ll}\p{Lu}]+/gu, without the slow look-behind: a word
 * can only start right after white space, so each candidate's preceding run is checked by hand.
 * Computed once per sentence and shared by the two cues that count them.
 */
function capitalisedWords(s: CueText): string[] {
  if (s.capitalised) return s.capitalised;
  const out: string[] = [];
  const raw = s.raw;
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(raw); m; m = CAPITALISED.exec(raw)) {
    let i = m.index;
    if (i === 0 || !SPACE.test(raw[i - 1]!)) continue;
    while (i > 0 && SPACE.test(raw[i - 1]!)) i--;
    if (i > 0 && AFTER_WORD.test(codePointBefore(raw, i))) out.push(m[0]);
  }
  s.capitalised = out;
  return out;
}
/** The whole code point that ends at `i` (a letter outside the BMP is two UTF-16 units). */
function codePointBefore(text: string, i: number): string {
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(i - 2, i);
  }
  return text[i - 1]!;
}
const CAPITALISED = /\p{Lu}[\p{Ll}\p{Lu}]+/gu;
const SPACE = /^\s$/u;
const AFTER_WORD = /^[\p{L}\p{N},;:)]$/u;

function hasCapitalisedName(s: CueText): boolean {
  // A capitalised word that is not the first word of the sentence and not "I" or a pronoun-like word.
  return capitalisedWords(s).some((w) => !/^(?:I|I'm|I've|I'd|I'll|OK|Mr|Mrs|Ms)$/u.test(w));
}

function countCapitalised(s: CueText): number {
  return capitalisedWords(s).filter((w) => !/^(?:I|OK)$/u.test(w)).length;
}

function isUnreal(s: CueText): boolean {
  return R.pledge.test(s.lower) || R.unreal.test(s.lower) || R.vague.test(s.lower);
}
function hasNumber(s: CueText): boolean {
  return R.digit.test(s.raw) || R.numberWord.test(s.lower) || R.percent.test(s.lower);
}

/**
 * Cues whose evidence is a number: in a pledge, hypothetical, prediction or vague superlative the
 * number is not a checkable fact ("I will cut taxes by 10 percent"), so they are not fired there.
 */
const NUMBER_CUES: ReadonlySet<string> = new Set(['digit', 'number-word', 'big-number', 'percent', 'money']);

/** The cues, in a fixed order: their position is their feature index in the model. */
export const CUES: readonly CueDef[] = [
  { id: 'digit', reason: 'quantity', test: (s) => R.digit.test(s.raw) },
  { id: 'number-word', reason: 'quantity', test: (s) => R.numberWord.test(s.lower) },
  { id: 'big-number', reason: 'quantity', test: (s) => R.bigNumber.test(s.lower) },
  { id: 'percent', reason: 'statistic', test: (s) => R.percent.test(s.lower) },
  { id: 'money', reason: 'money', test: (s) => R.money.test(s.lower) },
  { id: 'fiscal', reason: null, test: (s) => R.fiscal.test(s.lower) },
  { id: 'stat-noun', reason: 'statistic', test: (s) => R.statNoun.test(s.lower) },
  { id: 'year', reason: 'date', test: (s) => R.year.test(s.raw) },
  { id: 'date-words', reason: 'date', test: (s) => R.dateWords.test(s.lower) },
  { id: 'ranking', reason: 'ranking', test: (s) => (R.ordinal.test(s.lower) ? R.ranking : R.rankingWords).test(s.lower) },
  { id: 'ordinal', reason: null, test: (s) => R.ordinal.test(s.lower) },
  { id: 'superlative', reason: 'comparison', test: (s) => R.superlative.test(s.lower) },
  { id: 'comparative', reason: 'comparison', test: (s) => (s.lower.includes('than') ? R.comparative : R.comparativeVerb).test(s.lower) },
  { id: 'change', reason: 'change over time', test: (s) => R.change.test(s.lower) },
  { id: 'reported-event', reason: 'reported event', test: (s) => R.reportedEvent.test(s.lower) },
  { id: 'causal', reason: 'causal', test: (s) => R.causal.test(s.lower) },
  { id: 'attribution', reason: 'attributed', test: (s) => R.reported.test(s.lower) },
  { id: 'law', reason: 'law or institution', test: (s) => R.law.test(s.lower) },
  { id: 'named-entity', reason: 'named entity', test: hasCapitalisedName },
  { id: 'many-names', reason: null, test: (s) => countCapitalised(s) >= 3 },
  { id: 'hedge', reason: null, test: (s) => R.hedge.test(s.lower) },
  { id: 'opinion-1p', reason: null, test: (s) => R.opinion1.test(s.lower) },
  { id: 'first-person', reason: null, test: (s) => R.firstPerson.test(s.lower) },
  { id: 'second-person', reason: null, test: (s) => R.secondPerson.test(s.lower) },
  { id: 'question', reason: null, test: (s) => R.question.test(s.raw) },
  { id: 'modal-future', reason: null, test: (s) => R.modalFuture.test(s.lower) },
  { id: 'deontic', reason: null, test: (s) => R.deontic.test(s.lower) },
  { id: 'normative', reason: null, test: (s) => R.normative.test(s.lower) },
  { id: 'pleasantry', reason: null, test: (s) => R.thanks.test(s.lower) },
  { id: 'imperative', reason: null, test: (s) => R.imperative.test(s.lower) },
  { id: 'past-tense', reason: null, test: (s) => R.pastTense.test(s.lower) },
  { id: 'perfect', reason: null, test: (s) => R.perfect.test(s.lower) },
  { id: 'negation', reason: null, test: (s) => R.negation.test(s.lower) },
  { id: 'we-our', reason: null, test: (s) => R.weOur.test(s.lower) },
  { id: 'credit-line', reason: null, test: (s) => R.creditLineHint.test(s.raw) && R.creditLine.test(s.raw) },
  { id: 'third-person-act', reason: 'attributed', test: (s) => R.thirdPersonAct.test(s.lower) },
  { id: 'record', reason: 'record', test: (s) => R.record.test(s.lower) },
  { id: 'general-fact', reason: 'general fact', test: (s) => R.generalFact.test(s.lower) },
  { id: 'pledge', reason: null, test: (s) => R.pledge.test(s.lower) },
  { id: 'unreal', reason: null, test: (s) => R.unreal.test(s.lower) },
  { id: 'vague', reason: null, test: (s) => R.vague.test(s.lower) },
  { id: 'unreal-number', reason: null, test: (s) => isUnreal(s) && hasNumber(s) },
  { id: 'short', reason: null, test: (s) => s.words.length <= 5 },
  { id: 'long', reason: null, test: (s) => s.words.length >= 25 },
];

/**
 * Reasons that name checkable content (a number, a ranking, a reported event...), as opposed to
 * "named entity" or "attributed", which news prose has in almost every sentence.
 */
export const SUBSTANTIVE_REASONS: ReadonlySet<string> = new Set([
  'quantity', 'statistic', 'money', 'date', 'ranking', 'comparison', 'change over time', 'reported event', 'causal',
  'law or institution',
]);

/** Cues that mark opinion, advice or rhetoric rather than a statement of fact. */
export const OPINION_CUES: ReadonlySet<string> = new Set(['hedge', 'opinion-1p', 'deontic', 'normative', 'imperative', 'question']);

/** Which cues fire on a sentence: one boolean per cue, in CUES order. */
export function firedCues(s: CueText, unrealNumbers = false): boolean[] {
  const fired = CUES.map((c) => c.test(s));
  if (unrealNumbers && fired[UNREAL_NUMBER]) for (const i of NUMBER_INDICES) fired[i] = false;
  return fired;
}
const UNREAL_NUMBER = CUES.findIndex((c) => c.id === 'unreal-number');
const NUMBER_INDICES = CUES.flatMap((c, i) => (NUMBER_CUES.has(c.id) ? [i] : []));

/** Human-readable reasons for the cues that fired, deduplicated, in a stable order. */
export function reasonsFor(fired: readonly boolean[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < CUES.length; i++) {
    const reason = CUES[i]!.reason;
    if (fired[i] && reason && !out.includes(reason)) out.push(reason);
  }
  return out;
}
