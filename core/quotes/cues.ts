/**
 * The cue-verb lexicon: the verbs (and a few phrases) that introduce speech, writing or stated
 * positions. Knowledge is data: each lemma lists only what regular English inflection cannot guess;
 * `cueForms()` expands every tense form once.
 */

/** How a cue verb behaves around its content. */
export type CueEntry = {
  lemma: string;
  /** Irregular past (and participle) forms; omitted when the regular -ed form is right. */
  past?: string[];
  /** Takes a person object before the content ("told reporters that …", "assured voters …"). */
  object?: boolean;
  /** Only counts as a cue next to quotation marks or with "that" (weak verbs: "add", "call"). */
  weak?: boolean;
  /**
   * A stated position rather than speech ("wants to …", "called for …", "accused X of …"): the object is
   * the content. `prepositions` are the particles that belong to the cue ("call for", "worry about").
   */
  position?: boolean;
  /** A plan or wish rather than a stance ("plans", "wants"): a place that plans something states nothing. */
  intent?: boolean;
  prepositions?: string[];
  /** Reports a finding when its subject is a poll, study or report ("a poll shows Clinton ahead"). */
  findings?: boolean;
  /** Only a finding: a person who "has shown bad judgment" states nothing. */
  findingsOnly?: boolean;
  /** The bare lemma before "of" is a noun ("a divisive brand of politics", "the label of"). */
  ofNoun?: boolean;
};

/** Subjects that report findings rather than speak. */
export const FINDING_SOURCES = /\b(?:polls?|surveys?|study|studies|reports?|data|results|analysis|analyses|research|numbers|figures|records|documents|emails|investigation|audit|review|estimates?|projections?|models?|census|tally|count)$/i;

/** Speech, writing and position verbs, by lemma. */
export const CUE_VERBS = [
  { lemma: 'say', past: ['said'] },
  { lemma: 'tell', past: ['told'], object: true },
  { lemma: 'write', past: ['wrote', 'written'] },
  { lemma: 'note' },
  { lemma: 'add', weak: true },
  { lemma: 'argue' },
  { lemma: 'scoff' },
  { lemma: 'sniff' },
  { lemma: 'snap', past: ['snapped'] },
  { lemma: 'grumble' },
  { lemma: 'muse' },
  { lemma: 'marvel', past: ['marveled', 'marvelled'] },
  { lemma: 'proclaim' },
  { lemma: 'reiterate' },
  { lemma: 'specify', past: ['specified'] },
  { lemma: 'clarify', past: ['clarified'] },
  { lemma: 'elaborate' },
  { lemma: 'surmise' },
  { lemma: 'opine' },
  { lemma: 'relate', weak: true },
  { lemma: 'cite', position: true },
  { lemma: 'refer', past: ['referred'], position: true },
  { lemma: 'reference', position: true },
  { lemma: 'claim' },
  { lemma: 'insist' },
  { lemma: 'warn', object: true },
  { lemma: 'explain' },
  { lemma: 'report' },
  { lemma: 'acknowledge' },
  { lemma: 'admit' },
  { lemma: 'announce' },
  { lemma: 'assert' },
  { lemma: 'tweet' },
  { lemma: 'post' , weak: true },
  { lemma: 'declare' },
  { lemma: 'state' },
  { lemma: 'suggest', findings: true },
  { lemma: 'contend' },
  { lemma: 'maintain', weak: true },
  { lemma: 'observe' },
  { lemma: 'remark' },
  { lemma: 'comment' },
  { lemma: 'reply', past: ['replied'] },
  { lemma: 'respond' },
  { lemma: 'answer', weak: true },
  { lemma: 'retort' },
  // Replies beside a quote only ("“…,” an angry Ortiz retaliated"): "retaliated with tariffs" is no speech.
  { lemma: 'retaliate', weak: true },
  { lemma: 'interject', weak: true },
  { lemma: 'confide' },
  { lemma: 'quip', past: ['quipped'] },
  { lemma: 'joke' },
  { lemma: 'exclaim' },
  { lemma: 'shout' },
  { lemma: 'yell' },
  { lemma: 'cry', past: ['cried'], weak: true },
  { lemma: 'whisper' },
  { lemma: 'mutter' },
  { lemma: 'complain' },
  { lemma: 'lament' },
  { lemma: 'boast' },
  { lemma: 'brag', past: ['bragged'] },
  { lemma: 'concede' },
  { lemma: 'confirm' },
  { lemma: 'deny', past: ['denied'] },
  { lemma: 'predict' },
  { lemma: 'promise' },
  { lemma: 'pledge' },
  { lemma: 'vow' },
  { lemma: 'threaten' },
  { lemma: 'urge', object: true },
  { lemma: 'ask', object: true, weak: true },
  { lemma: 'demand' },
  { lemma: 'recall' },
  { lemma: 'reveal' },
  { lemma: 'disclose' },
  { lemma: 'allege' },
  { lemma: 'charge', weak: true },
  { lemma: 'accuse', position: true },
  { lemma: 'emphasize' },
  { lemma: 'emphasise' },
  { lemma: 'stress' },
  { lemma: 'point', position: true },
  { lemma: 'conclude' },
  { lemma: 'continue', weak: true },
  { lemma: 'counter' },
  { lemma: 'caution', object: true },
  { lemma: 'estimate' },
  { lemma: 'testify', past: ['testified'] },
  { lemma: 'agree' },
  { lemma: 'believe', position: true },
  { lemma: 'think', past: ['thought'], position: true },
  { lemma: 'hope', position: true, intent: true },
  { lemma: 'fear', position: true },
  { lemma: 'worry', past: ['worried'], position: true },
  { lemma: 'indicate', findings: true },
  { lemma: 'signal', past: ['signaled', 'signalled'] },
  { lemma: 'inform', object: true },
  { lemma: 'assure', object: true },
  { lemma: 'remind', object: true },
  { lemma: 'advise', object: true, weak: true },
  { lemma: 'recount' },
  { lemma: 'describe', position: true },
  { lemma: 'call', position: true },
  { lemma: 'brand', position: true, ofNoun: true },
  { lemma: 'label', past: ['labeled', 'labelled'], position: true, ofNoun: true },
  { lemma: 'dismiss', position: true },
  { lemma: 'mock', position: true },
  { lemma: 'criticize', position: true },
  { lemma: 'criticise', position: true },
  { lemma: 'praise', position: true },
  { lemma: 'attack', position: true },
  { lemma: 'blast', position: true },
  { lemma: 'slam', past: ['slammed'], position: true },
  { lemma: 'put', past: ['put'], weak: true },
  { lemma: 'publish', weak: true },
  { lemma: 'read', past: ['read'], weak: true },
  { lemma: 'begin', past: ['began', 'begun'], weak: true },
  { lemma: 'go', past: ['went', 'gone'], weak: true },
  { lemma: 'find', past: ['found'], weak: true, findings: true },
  { lemma: 'show', past: ['showed', 'shown'], weak: true, findings: true, findingsOnly: true },
  { lemma: 'want', position: true, intent: true },
  { lemma: 'plan', past: ['planned'], position: true, intent: true },
  { lemma: 'seek', past: ['sought'], position: true, intent: true },
  { lemma: 'expect', position: true, intent: true },
  { lemma: 'support', position: true },
  { lemma: 'oppose', position: true },
  { lemma: 'endorse', position: true },
  { lemma: 'blame', position: true },
  { lemma: 'defend', position: true },
  { lemma: 'reject', position: true },
  { lemma: 'question', position: true },
  { lemma: 'propose', position: true },
  { lemma: 'decline', position: true },
  { lemma: 'refuse', position: true },
  { lemma: 'welcome', position: true },
  { lemma: 'applaud', position: true },
  { lemma: 'condemn', position: true },
  { lemma: 'denounce', position: true },
  { lemma: 'decry', past: ['decried'], position: true },
  { lemma: 'dispute', position: true },
  { lemma: 'challenge', position: true },
  { lemma: 'pressure', position: true },
  { lemma: 'talk', position: true },
  { lemma: 'speak', past: ['spoke', 'spoken'], position: true },
  { lemma: 'vote', position: true },
  { lemma: 'advocate', position: true },
  { lemma: 'chant' },
  { lemma: 'know', past: ['knew', 'known'], position: true },
  { lemma: 'feel', past: ['felt'], position: true },
  { lemma: 'understand', past: ['understood'], position: true },
  { lemma: 'recognize', position: true },
  { lemma: 'realize', position: true },
  { lemma: 'echo', past: ['echoed'], position: true },
  { lemma: 'mention', position: true },
  { lemma: 'discuss', position: true },
  { lemma: 'liken', position: true },
  { lemma: 'exhort', object: true },
  { lemma: 'scold' },
  { lemma: 'bark' },
  { lemma: 'tout', position: true },
  { lemma: 'hail', position: true },
  { lemma: 'lambaste', position: true },
  { lemma: 'ridicule', position: true },
  { lemma: 'taunt', position: true },
  { lemma: 'identify', past: ['identified'], position: true },
  // Manner-of-speaking verbs that only introduce speech next to a quote ("“We won,” she beamed").
  { lemma: 'beam', weak: true },
  { lemma: 'gush', weak: true },
  { lemma: 'fume', weak: true },
  { lemma: 'interject', weak: true },
  { lemma: 'confide' },
  { lemma: 'gloat', weak: true },
  { lemma: 'sing', past: ['sang', 'sung'], weak: true },
  { lemma: 'chant', weak: true },
] as const satisfies readonly CueEntry[];

/** Phrases that attribute the clause that follows them to the noun phrase inside them. */
export const ACCORDING_TO = /\baccording to\b/i;

/** Nouns that, as a subject, make an anonymous or collective source. */
export const ANONYMOUS_SOURCE_NOUNS = [
  'source', 'sources', 'official', 'officials', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors',
  'insider', 'insiders', 'person', 'people', 'spokesman', 'spokeswoman', 'spokesperson', 'diplomat', 'diplomats',
  'critics', 'supporters', 'analysts', 'experts', 'observers', 'residents', 'witnesses', 'staffers', 'strategists',
  'operatives', 'lawmakers', 'democrats', 'republicans', 'voters', 'others', 'some', 'many', 'authorities',
  'investigators', 'prosecutors', 'police', 'officers', 'polls', 'poll', 'survey', 'report', 'statement',
  'study', 'data', 'campaign', 'memo', 'document', 'documents', 'filing', 'letter', 'release', 'aides',
  'percent', 'majority', 'half', 'respondents', 'americans', 'members', 'leaders', 'senators', 'attorneys',
  'lawyers', 'activists', 'organizers', 'economists', 'scientists', 'researchers', 'advocates', 'opponents',
  'backers', 'donors', 'delegates', 'protesters', 'demonstrators', 'students', 'parents', 'workers', 'users',
  'conservatives', 'liberals', 'progressives', 'republicans', 'democrats', 'voters', 'observers', 'pundits',
  'announcer', 'narrator', 'reader', 'readers', 'friend', 'friends', 'neighbor', 'neighbors', 'relative',
  'relatives', 'son', 'daughter', 'wife', 'husband', 'mother', 'father', 'brother', 'sister', 'man', 'woman',
  'men', 'women', 'boy', 'girl', 'caller', 'viewer', 'viewers', 'audience', 'crowd', 'fans', 'customers',
  'colleague', 'colleagues', 'protester', 'resident', 'witness', 'victim', 'victims', 'family', 'families',
];

/** Every inflected form (base, 3rd person, past, participle, -ing) mapped to its entry. */
export function cueForms(): Map<string, CueEntry> {
  const out = new Map<string, CueEntry>();
  for (const entry of CUE_VERBS as readonly CueEntry[]) {
    for (const form of inflect(entry)) if (!out.has(form)) out.set(form, entry);
  }
  return out;
}

function inflect(entry: CueEntry): string[] {
  const l = entry.lemma;
  const forms = [l, thirdPerson(l), ing(l), ...(entry.past ?? [regularPast(l)])];
  if (entry.past && entry.past.length === 1 && /ied$/.test(entry.past[0]!)) forms.push(entry.past[0]!);
  return forms;
}

function thirdPerson(l: string): string {
  if (/[^aeiou]y$/.test(l)) return l.slice(0, -1) + 'ies';
  if (/(s|sh|ch|x|z|o)$/.test(l)) return l + 'es';
  return l + 's';
}

function ing(l: string): string {
  if (/ie$/.test(l)) return l.slice(0, -2) + 'ying';
  if (/[^aeiou]e$/.test(l) && l !== 'be') return l.slice(0, -1) + 'ing';
  if (/^(quip|brag|slam|put|begin|signal)$/.test(l)) return l + l.slice(-1) + 'ing';
  return l + 'ing';
}

function regularPast(l: string): string {
  if (/e$/.test(l)) return l + 'd';
  if (/[^aeiou]y$/.test(l)) return l.slice(0, -1) + 'ied';
  return l + 'ed';
}
