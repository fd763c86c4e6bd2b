/**
 * Reading a CDP CPU profile (Profiler.stop) for the bench: the time spent with a frame of the
 * extension's scripts on the stack, and the longest stretch of such samples without a break.
 */

export type ProfileNode = { id: number; callFrame: { url: string; functionName: string }; children?: number[] };
export type CpuProfile = { nodes: ProfileNode[]; startTime: number; endTime: number; samples?: number[]; timeDeltas?: number[] };

export type ExtensionTime = {
  /** Sum of the durations of samples with an extension frame on the stack, ms. */
  ms: number;
  /** The longest run of consecutive extension samples (garbage collection inside a run does not break it), ms. */
  longestMs: number;
  /** Profile start, µs (CDP monotonic clock), and the first and last extension sample, ms after start. */
  firstMs: number | null;
  lastMs: number | null;
  samples: number;
  /** Where the extension's time goes: the deepest extension frame of each sample, summed, top 25. */
  top: { fn: string; ms: number }[];
  /** The same for the samples of the longest stretch only, top 6. */
  longestTop: { fn: string; ms: number }[];
};

/** Measures the extension's share of a profile; `isExtension` decides by a frame's script URL. */
export function extensionTime(profile: CpuProfile, isExtension = (url: string) => url.startsWith('chrome-extension://')): ExtensionTime {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const memo = new Map<number, boolean>();
  const hasExt = (id: number): boolean => {
    const hit = memo.get(id);
    if (hit !== undefined) return hit;
    const node = byId.get(id);
    const p = parent.get(id);
    const v = Boolean(node && isExtension(node.callFrame.url)) || (p !== undefined && hasExt(p));
    memo.set(id, v);
    return v;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let t = profile.startTime;
  const times: number[] = [];
  for (let i = 0; i < samples.length; i++) times.push((t += deltas[i] ?? 0));
  let ms = 0;
  let run = 0;
  let runStart = -1;
  let runFirst = -1;
  let longest = 0;
  let longestFrom = -1;
  let longestTo = -1;
  let first: number | null = null;
  let last: number | null = null;
  let count = 0;
  const deepest = new Map<number, string>();
  const frameOf = (id: number): string => {
    const hit = deepest.get(id);
    if (hit !== undefined) return hit;
    const node = byId.get(id)!;
    const p = parent.get(id);
    const url = node.callFrame.url;
    const v = isExtension(url)
      ? `${node.callFrame.functionName || '(anonymous)'} ${url.split('/').pop()}:${(node.callFrame as { lineNumber?: number }).lineNumber ?? 0}:${(node.callFrame as { columnNumber?: number }).columnNumber ?? 0}`
      : p !== undefined ? frameOf(p) : '?';
    deepest.set(id, v);
    return v;
  };
  const byFn = new Map<string, number>();
  for (let i = 0; i < samples.length; i++) {
    // A sample stands for the time until the next one.
    const dur = ((i + 1 < samples.length ? times[i + 1]! : profile.endTime) - times[i]!) / 1000;
    const node = byId.get(samples[i]!);
    const gc = node?.callFrame.functionName === '(garbage collector)';
    if (hasExt(samples[i]!)) {
      ms += dur;
      count++;
      const fn = frameOf(samples[i]!);
      byFn.set(fn, (byFn.get(fn) ?? 0) + dur);
      if (runStart < 0) {
        runStart = times[i]!;
        runFirst = i;
      }
      run = (times[i]! + dur * 1000 - runStart) / 1000;
      if (run > longest) {
        longest = run;
        longestFrom = runFirst;
        longestTo = i;
      }
      first ??= (times[i]! - profile.startTime) / 1000;
      last = (times[i]! - profile.startTime) / 1000 + dur;
    } else if (!(gc && runStart >= 0)) {
      runStart = -1;
      run = 0;
    }
  }
  const top = [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([fn, v]) => ({ fn, ms: Math.round(v * 100) / 100 }));
  const inLongest = new Map<string, number>();
  for (let i = longestFrom; i >= 0 && i <= longestTo; i++) {
    const dur = ((i + 1 < samples.length ? times[i + 1]! : profile.endTime) - times[i]!) / 1000;
    const fn = hasExt(samples[i]!) ? frameOf(samples[i]!) : byId.get(samples[i]!)?.callFrame.functionName || '(other)';
    inLongest.set(fn, (inLongest.get(fn) ?? 0) + dur);
  }
  const longestTop = [...inLongest].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([fn, v]) => ({ fn, ms: Math.round(v * 100) / 100 }));
  return { ms, longestMs: longest, firstMs: first, lastMs: last, samples: count, top, longestTop };
}
