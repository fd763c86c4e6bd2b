/**
 * Builds the SourceIndex: every alias of every entry compiled once into a token trie (a hash of token
 * sequences), so that matching costs one hash lookup per token whatever the dataset's size.
 * Matching is on word boundaries (tokens), case-insensitive and diacritic-insensitive for ordinary
 * aliases, exactly as written (case and accents) for ambiguous forms (`exactAliases`: AP, FT, EU), leftmost-longest,
 * without overlaps. Runs in the background and the CLI only, never in the content script.
 */
import type { FindOptions, SourceEntry, SourceIndex, SourceMatch } from './dataset';
import type { SourceCard } from './report';

/** A token of a text: UTF-16 offsets, end exclusive. */
type Token = { start: number; end: number; raw: string };

type Term = {
  id: string;
  /** Tokens the text must equal exactly, case and diacritics included; null = any case, any accents. */
  exact: string[] | null;
  /** Resolved by lookup() only, never matched in running text. */
  lookupOnly: boolean;
  notAfter: Set<string> | null;
  notBefore: Set<string> | null;
  /** A context alias (see contextOk); `the`: the name begins with "The", which the text must have too. */
  context: { the: boolean } | null;
};

/** What a running-text match may look at besides the tokens. */
type Scan = { toks: Token[]; folded: string[]; text: string; siteId: string | null };

/**
 * Source cues: a word among the three before a context alias ("told", "according to", "broadcaster";
 * German "laut", "gegenüber") or the three after it ("reported", "said", "correspondent"; "berichtete",
 * "zufolge") that says the text names an outlet. Written folded (no diacritics: "gegenuber"), as tokens are
 * compared. German "sagt"/"sagte" are left out: "das Bild sagt alles".
 */
const CUES_BEFORE = new Set(
  `told tell telling according via citing cited quoted reported interview interviewed broadcaster broadcasters channel
  network outlet outlets agency newspaper newspapers paper tabloid broadsheet daily station run owned funded controlled
  backed editor columnist reporter correspondent journalist wrote writing watch watched appeared aired published
  laut gegenuber zeitung boulevardzeitung boulevardblatt blatt sender magazin berichtete zitiert zitierte`.split(/\s+/),
);
const CUES_AFTER = new Set(
  `reported reports reporting report said says say quoted cited citing quoting published publishes ran broadcast broadcasts aired wrote
  writes revealed learned obtained correspondent correspondents reporter reporters journalist journalists editor editors
  columnist interview article articles story stories investigation poll analysis editorial headline website channel
  broadcaster newspaper tabloid presenter host anchor footage documentary
  berichtet berichtete berichten meldet meldete schreibt schrieb zufolge zitiert zitierte enthullte reporter chefredakteur`.split(/\s+/),
);
/** A character right before a standalone short form that makes it part of something else ("#RT", "@AJ", "q-RT"). */
const GLUE_BEFORE = /[-/@#_+.\p{L}\p{N}]/u;
/** A character right after it that does ("RT-PCR", "AJ_", "RT+", "RT/"). */
const GLUE_AFTER = /[-/@_+\p{L}\p{N}]/u;
const SENTENCE_END = /(?:^|[.!?:;"“”‘'(\[\n])\s*$/u;

/**
 * A trie node as plain data, so that the build can write it into data/sources.json and the background
 * only parses it (no trie is built at startup): `c` the children by folded token, `t` the terms ending
 * here as [entry index, kind, exact tokens]. Kinds: 0 any case, 1 exact, 2 lookup only, 3 context,
 * 4 context after "the".
 */
export type TrieNode = { c?: Record<string, TrieNode>; t?: TermRef[] };
export type TermRef = [number, 0 | 1 | 2 | 3 | 4] | [number, 0 | 1 | 2 | 3 | 4, string[]];

const hasOwn = Object.prototype.hasOwnProperty;
/** The child of `node` under `key` (own keys only: a JSON-parsed node inherits Object.prototype). */
function childOf(node: TrieNode, key: string): TrieNode | undefined {
  const c = node.c;
  return c !== undefined && hasOwn.call(c, key) ? c[key] : undefined;
}

const WORD = /[\p{L}\p{N}\p{M}]+|&/gu;
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const CJK_SPLIT = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[^\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;
const ASCII = /^[\x00-\x7f]*$/;
const MARKS = /\p{M}+/gu;

/**
 * Splits text into word tokens (letters, digits and combining marks; `&` on its own). Chinese and
 * Japanese characters are one token each, since those scripts do not separate words with spaces.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const raw = m[0];
    if (ASCII.test(raw) || !CJK.test(raw)) {
      out.push({ start: m.index, end: m.index + raw.length, raw });
      continue;
    }
    CJK_SPLIT.lastIndex = 0;
    for (let p = CJK_SPLIT.exec(raw); p; p = CJK_SPLIT.exec(raw)) {
      out.push({ start: m.index + p.index, end: m.index + p.index + p[0].length, raw: p[0] });
    }
  }
  return out;
}

/** Removes diacritics, keeps case ("Télévisions" → "Televisions"). */
export function stripMarks(token: string): string {
  return ASCII.test(token) ? token : token.normalize('NFD').replace(MARKS, '').normalize('NFC');
}

function nfc(token: string): string {
  return ASCII.test(token) ? token : token.normalize('NFC');
}

/** The key a token is indexed under: no diacritics, lower case. */
export function foldToken(token: string): string {
  return stripMarks(token).toLowerCase();
}

const CARD_KEYS = [
  'id',
  'name',
  'type',
  'country',
  'owner',
  'stateControl',
  'founded',
  'description',
  'website',
  'qid',
  'provenance',
  'asOf',
] as const satisfies readonly (keyof SourceCard)[];

function toCard(entry: SourceEntry): SourceCard {
  const card: Record<string, unknown> = {};
  for (const key of CARD_KEYS) if (entry[key] !== undefined) card[key] = entry[key];
  return card as SourceCard;
}

function foldSet(words: string[] | undefined): Set<string> | null {
  return words && words.length > 0 ? new Set(words.map(foldToken)) : null;
}

function tokensOf(alias: string): string[] {
  return tokenize(alias).map((t) => t.raw);
}

/** Compiles every alias of every entry into the trie (at build time: scripts/build-data.ts writes it). */
export function buildTrie(entries: SourceEntry[]): TrieNode {
  const root: TrieNode = {};
  const insert = (tokens: string[], ref: TermRef): void => {
    if (tokens.length === 0) return;
    let node = root;
    for (const tok of tokens) {
      const key = foldToken(tok);
      node.c ??= Object.create(null) as Record<string, TrieNode>;
      let child = childOf(node, key);
      if (!child) {
        child = {};
        node.c[key] = child;
      }
      node = child;
    }
    node.t ??= [];
    if (node.t.some((t) => t[0] === ref[0] && t[1] === ref[1] && (t[2] ?? []).join('\u0001') === (ref[2] ?? []).join('\u0001'))) return;
    node.t.push(ref);
    // Case-sensitive terms first: "AP" written exactly beats any looser reading of the same letters;
    // lookup-only terms last.
    const rank = (r: TermRef): number => (r[2] ? 0 : 1) + (r[1] === 2 ? 2 : 0);
    node.t.sort((x, y) => rank(x) - rank(y));
  };
  entries.forEach((entry, n) => {
    for (const alias of entry.aliases) {
      let tokens = tokensOf(alias);
      // "The Wall Street Journal": the article is matched as ordinary text, not as part of the name.
      if (tokens.length > 1 && foldToken(tokens[0]) === 'the') tokens = tokens.slice(1);
      insert(tokens, [n, 0]);
    }
    for (const alias of entry.exactAliases ?? []) {
      const tokens = tokensOf(alias).map((t) => t.normalize('NFC'));
      insert(tokens, [n, 1, tokens]);
    }
    for (const alias of entry.contextAliases ?? []) {
      const all = tokensOf(alias).map((t) => t.normalize('NFC'));
      const the = all.length > 1 && foldToken(all[0]) === 'the';
      const tokens = the ? all.slice(1) : all;
      insert(tokens, [n, the ? 4 : 3, tokens]);
    }
    // Kept whole, "The" included: "The Sun" resolves, "Sun" does not.
    for (const alias of entry.lookupAliases ?? []) insert(tokensOf(alias), [n, 2]);
  });
  return root;
}

/**
 * Builds the index. With `trie` (the one the build wrote beside the entries) nothing is compiled here;
 * without it the trie is built from `entries` (tests, small ad-hoc indexes).
 */
export function createSourceIndex(entries: SourceEntry[], trie?: TrieNode): SourceIndex {
  const root = trie ?? buildTrie(entries);
  const idIndex = new Map<string, number>();
  entries.forEach((e, n) => idIndex.set(e.id, n));
  const cardCache = new Map<number, SourceCard>();
  const cardAt = (n: number): SourceCard => {
    let card = cardCache.get(n);
    if (!card) {
      card = toCard(entries[n]);
      cardCache.set(n, card);
    }
    return card;
  };
  const cards = { get: (id: string): SourceCard | undefined => (idIndex.has(id) ? cardAt(idIndex.get(id)!) : undefined) };

  // Terms are made from their refs when a node is first reached, so startup costs nothing per alias.
  const termCache = new WeakMap<TrieNode, Term[]>();
  const guardCache = new Map<number, { notAfter: Set<string> | null; notBefore: Set<string> | null }>();
  const termsOf = (node: TrieNode): Term[] | null => {
    if (!node.t) return null;
    let terms = termCache.get(node);
    if (!terms) {
      terms = node.t.map(([n, kind, exact]) => {
        let g = guardCache.get(n);
        if (!g) {
          g = { notAfter: foldSet(entries[n].guards?.notAfter), notBefore: foldSet(entries[n].guards?.notBefore) };
          guardCache.set(n, g);
        }
        return {
          id: entries[n].id,
          exact: exact ?? null,
          lookupOnly: kind === 2,
          notAfter: g.notAfter,
          notBefore: g.notBefore,
          context: kind >= 3 ? { the: kind === 4 } : null,
        };
      });
      termCache.set(node, terms);
    }
    return terms;
  };

  /** Whether `term` accepts tokens [i, j) (case rule, guards, and in running text its context). */
  const accepts = (term: Term, scan: Scan, i: number, j: number, running: boolean): boolean => {
    const { toks, folded } = scan;
    if (running && term.lookupOnly) return false;
    if (term.exact) {
      for (let k = 0; k < term.exact.length; k++) if (nfc(toks[i + k].raw) !== term.exact[k]) return false;
    }
    if (running) {
      if (term.notAfter && i > 0 && term.notAfter.has(folded[i - 1])) return false;
      if (term.notBefore && j < toks.length && term.notBefore.has(folded[j])) return false;
      if (term.context && !contextOk(term, scan, i, j)) return false;
    }
    return true;
  };

  /** The longest accepted match starting at token i: [end token, term], or null. */
  const longestAt = (scan: Scan, i: number): [number, Term] | null => {
    const { toks, folded } = scan;
    let node: TrieNode | undefined = root;
    let best: [number, Term] | null = null;
    for (let j = i; j < toks.length; j++) {
      node = childOf(node, folded[j]);
      if (!node) break;
      const terms = node.t ? termsOf(node) : null;
      if (terms) {
        for (const term of terms) {
          if (accepts(term, scan, i, j + 1, true)) {
            best = [j + 1, term];
            break;
          }
        }
      }
    }
    return best;
  };

  const find = (text: string, opts: FindOptions = {}): SourceMatch[] => {
    const toks = tokenize(text);
    const folded = toks.map((t) => foldToken(t.raw));
    const siteId = opts.siteId ?? null;
    const scan: Scan = { toks, folded, text, siteId };
    const short = siteId ? siteShortName(cards.get(siteId)?.name ?? null) : null;
    const out: SourceMatch[] = [];
    let i = 0;
    while (i < toks.length) {
      let best = longestAt(scan, i);
      // The site's own short name: "the Times" on a page of the Los Angeles Times is that paper.
      if (short && (!best || best[1].context) && toks[i].raw === short && i > 0 && folded[i - 1] === 'the' && standalone(scan, i, i + 1) && !nameGoesOn(scan, i)) {
        best = [i + 1, { ...best?.[1], id: siteId!, exact: null, lookupOnly: false, notAfter: null, notBefore: null, context: null }];
      }
      if (!best) {
        i++;
        continue;
      }
      // "The Atlantic Council": a name starting one word later that reaches further wins
      // over "The Atlantic" (an exact alias that keeps its article).
      const next = i + 1 < best[0] ? longestAt(scan, i + 1) : null;
      if (next && next[0] > best[0]) {
        i++;
        continue;
      }
      out.push({ start: toks[i].start, end: toks[best[0] - 1].end, id: best[1].id });
      i = best[0];
    }
    return out;
  };

  const resolve = (name: string): SourceCard | null => {
    const toks = tokenize(name);
    if (toks.length === 0) return null;
    const folded = toks.map((t) => foldToken(t.raw));
    let node: TrieNode | undefined = root;
    for (const key of folded) {
      node = childOf(node, key);
      if (!node) return null;
    }
    const scan: Scan = { toks, folded, text: name, siteId: null };
    for (const term of termsOf(node) ?? []) {
      if (accepts(term, scan, 0, toks.length, false)) return cards.get(term.id) ?? null;
    }
    return null;
  };

  const lookup = (name: string): SourceCard | null => {
    const trimmed = name
      .trim()
      .replace(/['’]s$/u, '')
      .replace(/(?<=s)['’]$/u, '')
      .trim();
    if (!trimmed) return null;
    const withoutThe = trimmed.replace(/^the\s+/iu, '');
    // Try the name as written first ("The Sun" may be an exact alias), then without a leading "the".
    return resolve(trimmed) ?? (withoutThe !== trimmed ? resolve(withoutThe) : null);
  };

  // The host index: every web host of every entry, "www." dropped. `rootIds`: the entries that hold a
  // host whole (their website is its root, or it is one of their alias hosts), not only a path on it.
  const hostIds = new Map<string, string[]>();
  const rootIds = new Map<string, Set<string>>();
  for (const entry of entries) {
    for (const h of [entry.website, ...(entry.hosts ?? [])]) {
      const host = h ? normHost(h) : null;
      if (!host || SHARED_HOSTS.has(host)) continue;
      const ids = hostIds.get(host);
      if (!ids) hostIds.set(host, [entry.id]);
      else if (!ids.includes(entry.id)) ids.push(entry.id);
      if (h && (h !== entry.website || isRoot(h))) {
        const roots = rootIds.get(host) ?? new Set<string>();
        roots.add(entry.id);
        rootIds.set(host, roots);
      }
    }
  }

  /**
   * Which of the entries sharing `host` is the site, when the page's stated names do not say: the one
   * named after the host ("Cleveland.com" beside The Plain Dealer on cleveland.com); else the only one
   * holding the host whole, its siblings holding only a path on it ("oregonlive.com" beside
   * "oregonlive.com/argus/"); else, among those holding it whole, the one whose name begins every
   * other's ("The New York Times" beside "The New York Times International Edition"). Else none.
   */
  const siteOfShared = (host: string, ids: string[]): SourceCard | null => {
    const named = ids.filter((id) => foldName(cards.get(id)?.name ?? '') === host);
    if (named.length === 1) return cards.get(named[0]!) ?? null;
    const roots = ids.filter((id) => rootIds.get(host)?.has(id));
    if (roots.length === 1) return cards.get(roots[0]!) ?? null;
    const words = roots.map((id) => tokenize(cards.get(id)?.name ?? '').map((t) => foldToken(t.raw)));
    const heads = roots.filter((_, k) =>
      words[k]!.length > 0 && words.every((other, o) => o === k || (other.length > words[k]!.length && words[k]!.every((w, n) => other[n] === w))),
    );
    return heads.length === 1 ? (cards.get(heads[0]!) ?? null) : null;
  };

  const byHost = (host: string, names: string[] = []): SourceCard | null => {
    let h = normHost(host);
    while (h && h.includes('.')) {
      const ids = hostIds.get(h);
      if (ids) {
        if (ids.length === 1) return cards.get(ids[0]) ?? null;
        // Sister titles on one site: only the page's own stated name tells them apart.
        for (const name of names) {
          const card = lookup(name);
          if (card && ids.includes(card.id)) return card;
        }
        return siteOfShared(h, ids);
      }
      h = h.slice(h.indexOf('.') + 1);
    }
    return null;
  };

  return {
    size: entries.length,
    hostCount: hostIds.size,
    byHost,
    get: (id) => cards.get(id),
    lookup,
    find,
  };
}

/** Tokens [i, j) stand alone: no "#", "@", "-", "/" or letter glued to either side ("RT-PCR", "@AJ"). */
function standalone(scan: Scan, i: number, j: number): boolean {
  const before = scan.text[scan.toks[i].start - 1];
  const end = scan.toks[j - 1].end;
  const after = scan.text[end];
  if (before !== undefined && GLUE_BEFORE.test(before)) return false;
  if (after !== undefined && GLUE_AFTER.test(after)) return false;
  // "RT.com" is the host, still the outlet; "RT.5" is not.
  if (after === '.' && /[\p{N}]/u.test(scan.text[end + 1] ?? '')) return false;
  return true;
}

/** The capitalised word right after token i continues a longer name ("the Post Office", "the Times Square"). */
function nameGoesOn(scan: Scan, i: number): boolean {
  const next = scan.toks[i + 1];
  return next !== undefined && /^\p{Lu}/u.test(next.raw) && /^\s+$/.test(scan.text.slice(scan.toks[i].end, next.start));
}

/**
 * Whether a context alias at tokens [i, j) counts: written standalone, after "the" when its name has
 * one, and with a reason: the page is the entry's own site, "The" is capitalised mid-sentence ("told
 * The Times"), or a source cue is among the three words before or after ("RT reported", "told AJ",
 * "the Sun's political editor").
 */
function contextOk(term: Term, scan: Scan, i: number, j: number): boolean {
  const { toks, folded, text } = scan;
  const first = term.context!.the ? i - 1 : i;
  if (first < 0 || (term.context!.the && folded[i - 1] !== 'the')) return false;
  if (!standalone(scan, i, j)) return false;
  if (scan.siteId === term.id) return true;
  if (term.context!.the && toks[first].raw === 'The' && !SENTENCE_END.test(text.slice(Math.max(0, toks[first].start - 40), toks[first].start))) return true;
  for (let k = first - 1; k >= Math.max(0, first - 3); k--) if (CUES_BEFORE.has(folded[k])) return true;
  let a = j;
  // A possessive ("RT's", "the Sun’s") is looked through: "the Sun's reporter".
  if (a < toks.length && folded[a] === 's' && /['’]/.test(text[toks[j - 1].end] ?? '')) a++;
  for (let k = a; k < Math.min(toks.length, a + 3); k++) if (CUES_AFTER.has(folded[k])) return true;
  return false;
}

/** The last word of a site's name when that is a capitalised word that "the" can stand for ("Times", "Post", "Globe"). */
function siteShortName(name: string | null): string | null {
  if (!name) return null;
  const toks = tokenize(name).map((t) => t.raw);
  if (toks.length < 2) return null;
  const last = toks[toks.length - 1];
  return /^\p{Lu}\p{Ll}{2,}$/u.test(last) ? last : null;
}

/**
 * Hosts that serve many publishers (social networks, blog and site platforms): never one entry's, so a
 * website listed there names no site (a paper whose "website" is its Facebook page).
 */
export const SHARED_HOSTS = new Set([
  'facebook.com', 'm.facebook.com', 'twitter.com', 'x.com', 'instagram.com', 'youtube.com', 'linkedin.com',
  'tiktok.com', 't.me', 'telegram.me', 'vk.com', 'ok.ru', 'weibo.com', 'medium.com', 'substack.com',
  'wordpress.com', 'blogspot.com', 'blogger.com', 'tumblr.com', 'wix.com', 'wixsite.com', 'weebly.com',
  'squarespace.com', 'google.com', 'sites.google.com', 'issuu.com', 'archive.org', 'web.archive.org',
  'wikipedia.org', 'en.wikipedia.org', 'yahoo.com', 'msn.com', 'apple.com', 'amazon.com', 'github.io',
  'newsbreak.com', 'patch.com', 'pressreader.com', 'legacy.com', 'tributes.com', 'ipaper.com', 'e-paper.com',
]);

/** A website address with no path beyond "/" ("https://www.nj.com/", not "http://www.nj.com/times"). */
function isRoot(url: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:\/\/)?[^/?#]+\/?$/i.test(url.trim());
}

/** A name compared with a host: lower case, no diacritics, white space dropped ("NJ.com" → "nj.com"). */
function foldName(name: string): string {
  return stripMarks(name).toLowerCase().replace(/\s+/g, '').replace(/^www\./, '');
}

/** "https://WWW.Example.com:8080/x" or "www.example.com" → "example.com"; null when it has no dot. */
export function normHost(urlOrHost: string): string | null {
  const h = urlOrHost
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .split(/[/?#]/)[0]!
    .replace(/^[^@]*@/, '')
    .replace(/:\d+$/, '')
    .replace(/\.$/, '')
    .replace(/^www\d*\./, '');
  return h.includes('.') ? h : null;
}

