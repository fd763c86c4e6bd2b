/**
 * Sentence → sparse feature vector for the claim model: hashed word unigrams and bigrams, hashed
 * character n-grams and the dense lexical cues of ./cues. Pure and deterministic: the same sentence
 * and config always give the same indices and values, in Node and in the browser.
 */
import { CUES, firedCues, type CueText } from './cues';

const UNREAL_NUMBER = CUES.findIndex((c) => c.id === 'unreal-number');

/** Which feature families are on and how big the hashed space is. Stored in the model file. */
export type FeatureConfig = {
  /** log2 of the number of hash buckets. */
  bits: number;
  word: boolean;
  bigram: boolean;
  /** Hashed word trigrams. */
  trigram?: boolean;
  /** Character n-gram lengths [min, max], or null for none. */
  char: [number, number] | null;
  cues: boolean;
  /** Hashed conjunctions of two fired cues (e.g. number + past tense). */
  cuePairs?: boolean;
  /**
   * Hashed 2- and 3-grams of the sentence's skeleton: function words kept, other words replaced by
   * their shape (number, capitalised, -ed, -ing, -s...). Topic-free, so it carries across debates.
   */
  skeleton?: boolean;
  /** Numbers inside a pledge, hypothetical, prediction or vague superlative fire no number cue and hash as "#U". */
  unrealNumbers?: boolean;
};

/** A sparse vector: parallel index and value arrays (indices may repeat; values then add up). */
export type SparseVector = { idx: number[]; val: number[] };

/** Features of one sentence plus the cues that fired (for reasons). */
export type SentenceFeatures = { vec: SparseVector; fired: boolean[] };

/** Number of model weights for a config: hash buckets followed by one weight per cue. */
export function featureCount(config: FeatureConfig): number {
  return (1 << config.bits) + CUES.length;
}

/** FNV-1a 32-bit hash of `s`, continuing from `h` (pass 0x811c9dc5 to start). */
export function fnv1a(s: string, h = 0x811c9dc5): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const PAIR_SEED = fnv1a('p|');

/** One FNV-1a step over the four bytes of a 32-bit integer. */
function mix(h: number, x: number): number {
  for (let k = 0; k < 4; k++) {
    h ^= (x >>> (8 * k)) & 0xff;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const FUNCTION_WORDS = new Set(
  (
    "i me my we us our you your he him his she her it its they them their this that these those there here " +
    'a an the some any no every each all both either neither other another such what which who whom whose when ' +
    'where why how whether if than then so because since as while although though but and or nor not never ' +
    "n't is are was were be been being am do does did done have has had having will would shall should can could " +
    'may might must ought to of in on at by for from with without about against between into through during ' +
    'before after above below up down out over under again further once only just also very too more most less ' +
    "least many much few one first last new said says say think know believe want going get got let let's " +
    "i'm i've we've we're they're it's that's don't didn't doesn't won't can't percent million billion year years"
  ).split(' '),
);

function skeletonToken(rawWord: string, lower: string, first: boolean): string {
  if (FUNCTION_WORDS.has(lower)) return lower;
  if (/\d/u.test(lower)) return '#N';
  if (!first && /^\p{Lu}/u.test(rawWord)) return '#C';
  if (lower.endsWith('ed')) return '#ed';
  if (lower.endsWith('ing')) return '#ing';
  if (lower.endsWith('ly')) return '#ly';
  if (lower.endsWith('est')) return '#est';
  if (lower.endsWith('er')) return '#er';
  if (lower.endsWith('s')) return '#s';
  return '#w';
}

const WORD_RE = /[\p{L}\p{N}]+(?:['.,][\p{L}\p{N}]+)*/gu;

/** Lower-cased word tokens; tokens with digits become a shape ("N1".."N5") plus the number itself. */
export function tokenize(lower: string): string[] {
  return lower.match(WORD_RE) ?? [];
}

function wordForm(token: string): string {
  if (!/\d/u.test(token)) return token;
  const digits = token.replace(/\D/gu, '').length;
  return `#N${Math.min(digits, 5)}`;
}

/** Normalises quotes and whitespace so that curly and straight punctuation look the same. */
export function normalise(text: string): string {
  return text
    .replace(/[’‘`´]/gu, "'")
    .replace(/[“”«»„]/gu, '"')
    .replace(/[‐‑‒–—―]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Receives one feature: its index and value. Called in a fixed order for a given sentence. */
export type FeatureVisitor = (index: number, value: number) => void;

const SEED_WORD = fnv1a('w|');
const SEED_BIGRAM = fnv1a('b|');
const SEED_TRIGRAM = fnv1a('t|');
const SEED_CHAR = fnv1a('c|');
const SEED_SKELETON = fnv1a('k|');

/** Extracts the features of one sentence under `config` (for training: arrays of every feature). */
export function extractFeatures(sentence: string, config: FeatureConfig): SentenceFeatures {
  const idx: number[] = [];
  const val: number[] = [];
  const fired = visitFeatures(sentence, config, (i, v) => {
    idx.push(i);
    val.push(v);
  });
  return { vec: { idx, val }, fired };
}

/**
 * Streams the features of one sentence to `visit` without building arrays (the model scores this
 * way), and returns the cues that fired. The order, indices and values are those of extractFeatures.
 */
export function visitFeatures(sentence: string, config: FeatureConfig, visit: FeatureVisitor): boolean[] {
  const raw = normalise(sentence);
  const lower = raw.toLowerCase();
  const words = tokenize(lower);
  const mask = (1 << config.bits) - 1;

  const cueText: CueText = { raw, lower, words };
  const fired = firedCues(cueText, config.unrealNumbers);
  const unreal = config.unrealNumbers === true && fired[UNREAL_NUMBER] === true;
  const forms = words.map((w) => (unreal && /\d/u.test(w) ? '#U' : wordForm(w)));
  if (config.word) {
    const n = forms.length;
    const v = n ? 1 / Math.sqrt(n) : 0;
    for (const f of forms) visit(fnv1a(f, SEED_WORD) & mask, v);
  }
  if (config.bigram || config.trigram) {
    const seq = ['<s>', ...forms, '</s>'];
    if (config.bigram) {
      const v = 1 / Math.sqrt(seq.length - 1);
      for (let i = 0; i + 1 < seq.length; i++) visit(fnv1a(seq[i + 1]!, fnv1a(' ', fnv1a(seq[i]!, SEED_BIGRAM))) & mask, v);
    }
    if (config.trigram) {
      const v = seq.length > 2 ? 1 / Math.sqrt(seq.length - 2) : 0;
      for (let i = 0; i + 2 < seq.length; i++) {
        visit(fnv1a(seq[i + 2]!, fnv1a(' ', fnv1a(seq[i + 1]!, fnv1a(' ', fnv1a(seq[i]!, SEED_TRIGRAM))))) & mask, v);
      }
    }
  }
  if (config.char) {
    const [lo, hi] = config.char;
    const text = ` ${lower.replace(/\d/gu, '0')} `;
    // Every n-gram of each length from lo to hi: known in advance, so each value is too.
    let count = 0;
    for (let n = lo; n <= hi; n++) count += Math.max(0, text.length - n + 1);
    const v = count ? 1 / Math.sqrt(count) : 0;
    for (let i = 0; i < text.length; i++) {
      let h = SEED_CHAR;
      for (let n = 1; n <= hi && i + n <= text.length; n++) {
        h ^= text.charCodeAt(i + n - 1);
        h = Math.imul(h, 0x01000193);
        if (n >= lo) visit((h >>> 0) & mask, v);
      }
    }
  }
  if (config.skeleton) {
    const rawWords = raw.match(WORD_RE) ?? [];
    const sk = ['<s>', ...rawWords.map((w, i) => skeletonToken(w, w.toLowerCase(), i === 0)), '</s>'];
    const grams: number[] = [];
    for (let i = 0; i + 1 < sk.length; i++) {
      const h2 = fnv1a(sk[i + 1]!, fnv1a(' ', fnv1a(sk[i]!, SEED_SKELETON)));
      grams.push(h2 & mask);
      if (i + 2 < sk.length) grams.push(fnv1a(sk[i + 2]!, fnv1a(' ', h2)) & mask);
    }
    const v = grams.length ? 1 / Math.sqrt(grams.length) : 0;
    for (const g of grams) visit(g, v);
  }
  if (config.cuePairs) {
    const on: number[] = [];
    for (let i = 0; i < fired.length; i++) if (fired[i]) on.push(i);
    const pairs = (on.length * (on.length - 1)) / 2;
    const v = pairs ? 1 / Math.sqrt(pairs) : 0;
    for (let a = 0; a < on.length; a++) {
      for (let b = a + 1; b < on.length; b++) visit(mix(PAIR_SEED, on[a]! * 256 + on[b]!) & mask, v);
    }
  }
  if (config.cues) {
    const base = 1 << config.bits;
    for (let i = 0; i < fired.length; i++) if (fired[i]) visit(base + i, 1);
  }
  return fired;
}
