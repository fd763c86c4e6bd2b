/**
 * Which of many short strings occur in a long text, in one pass (Aho-Corasick): time linear in the
 * text plus the patterns, whatever their number. Used to drop JSON-LD credit lines the page already
 * shows without an `includes` per line over every block (quadratic on a page listing 10,000 figures).
 *
 * Stepwise: the generator yields every few thousand characters of work, so the content script can
 * run it sliced (dom/slice.ts `runSliced`); `meter.steps` counts the work done, for tests.
 */

/** Work done, in automaton steps (one per pattern character added, per text character read, per link followed). */
export type Meter = { steps: number };

/** How much work between yields. */
const CHUNK = 4096;

/** For each pattern, whether it occurs in `text` (patterns must be non-empty). */
export function* occurrences(patterns: readonly string[], text: string, meter: Meter = { steps: 0 }): Generator<void, boolean[]> {
  // Trie: one Map for every edge, keyed by state × 2^16 + UTF-16 code unit.
  const edges = new Map<number, number>();
  const ends: number[][] = [[]];
  let states = 1;
  let work = 0;
  const tick = () => {
    meter.steps++;
    return ++work % CHUNK === 0;
  };
  for (let p = 0; p < patterns.length; p++) {
    const pat = patterns[p]!;
    let s = 0;
    for (let i = 0; i < pat.length; i++) {
      const key = s * 0x10000 + pat.charCodeAt(i);
      let next = edges.get(key);
      if (next === undefined) {
        next = states++;
        edges.set(key, next);
        ends.push([]);
      }
      s = next;
      if (tick()) yield;
    }
    ends[s]!.push(p);
  }
  // Failure links (breadth first) and output links (the nearest state on the failure chain that ends a pattern).
  const fail = new Int32Array(states);
  const out = new Int32Array(states).fill(-1);
  // Each state's children, in flat arrays (one allocation, not one array per state: a page listing
  // 10,000 figures makes some 350,000 states), filled in slices like the rest.
  const first = new Int32Array(states + 1);
  for (const key of edges.keys()) {
    first[Math.floor(key / 0x10000) + 1]!++;
    if (tick()) yield;
  }
  for (let i = 0; i < states; i++) first[i + 1]! += first[i]!;
  const fill = first.slice(0, states);
  const childCode = new Int32Array(edges.size);
  const childState = new Int32Array(edges.size);
  for (const [key, child] of edges) {
    const at = fill[Math.floor(key / 0x10000)]!++;
    childCode[at] = key % 0x10000;
    childState[at] = child;
    if (tick()) yield;
  }
  const queue = new Int32Array(states);
  let tail = 0;
  for (let c = first[0]!; c < first[1]!; c++) queue[tail++] = childState[c]!;
  for (let q = 0; q < tail; q++) {
    const s = queue[q]!;
    for (let c = first[s]!; c < first[s + 1]!; c++) {
      const code = childCode[c]!;
      const child = childState[c]!;
      let f = fail[s]!;
      let target = edges.get(f * 0x10000 + code);
      while (target === undefined && f !== 0) {
        f = fail[f]!;
        target = edges.get(f * 0x10000 + code);
        if (tick()) yield;
      }
      fail[child] = target ?? 0;
      out[child] = ends[fail[child]!]!.length > 0 ? fail[child]! : out[fail[child]!]!;
      queue[tail++] = child;
      if (tick()) yield;
    }
  }
  // One pass over the text; a state's output chain is marked once (then `seen`), which keeps it linear.
  const found = new Array<boolean>(patterns.length).fill(false);
  const seen = new Uint8Array(states);
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let next = edges.get(s * 0x10000 + code);
    while (next === undefined && s !== 0) {
      s = fail[s]!;
      next = edges.get(s * 0x10000 + code);
      if (tick()) yield;
    }
    s = next ?? 0;
    for (let t = s; t > 0 && !seen[t]; t = out[t]!) {
      seen[t] = 1;
      for (const p of ends[t]!) found[p] = true;
      if (tick()) yield;
    }
    if (tick()) yield;
  }
  return found;
}

/** Drives a stepwise generator to its end (for callers that need no slicing: the CLI, tests). */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
