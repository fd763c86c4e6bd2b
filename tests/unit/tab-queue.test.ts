/**
 * Per-tab sliced work in the background (entrypoints/background/tab-queue.ts) and the page work
 * budget (core/detect/index.ts): tested by ordering and counting steps, never by time.
 */
import { describe, expect, it } from 'vitest';
import { TabQueue } from '../../entrypoints/background/tab-queue';
import { PAGE_BUDGET, annotate, annotateStepwise, withinBudget } from '../../core/detect';
import { createSourceIndex } from '../../core/source-index';
import type { Dataset } from '../../core/dataset';
import type { Block } from '../../core/report';
import dataset from '../../data/sources.json';

/** A job of `n` steps that logs each one. */
function* job(name: string, n: number, log: string[]): Generator<void, string> {
  for (let i = 0; i < n; i++) {
    log.push(name);
    yield;
  }
  return `${name} done`;
}

describe('TabQueue', () => {
  it('serves a second tab within one step of a hostile tab that has a million steps to go', async () => {
    const log: string[] = [];
    let pauses = 0;
    let second: Promise<string | null> | null = null;
    const queue = new TabQueue({
      pause: async () => {
        // The second tab's blocks arrive while the hostile tab has done 10 steps.
        if (++pauses === 10) {
          second = queue.run(2, job('small', 4, log));
          // Once the small tab is served, the hostile tab is closed.
          void second.then(() => queue.cancel(1));
        }
      },
    });
    const hostile = queue.run(1, job('hostile', 1_000_000, log));
    expect(await hostile).toBeNull();
    expect(await second!).toBe('small done');
    const hostileBefore = log.indexOf('small');
    const smallDoneAt = log.lastIndexOf('small');
    // The hostile tab ran its 10 steps, then the small tab's 4 steps ran back to back.
    expect(hostileBefore).toBe(10);
    expect(log.slice(hostileBefore, smallDoneAt + 1)).toEqual(['small', 'small', 'small', 'small']);
    expect(log.filter((x) => x === 'hostile').length).toBeLessThan(20);
    expect(queue.pending).toBe(0);
  });

  it('runs the newest tab first and cancels a tab’s older job when it sends newer blocks', async () => {
    const log: string[] = [];
    const queue = new TabQueue({ pause: () => Promise.resolve() });
    const a = queue.run(1, job('a', 3, log));
    const b = queue.run(2, job('b', 3, log));
    const c = queue.run(3, job('c', 3, log));
    const b2 = queue.run(2, job('b2', 2, log));
    expect(await b).toBeNull();
    expect(await Promise.all([a, c, b2])).toEqual(['a done', 'c done', 'b2 done']);
    // `a` took its first step as soon as it arrived; then the newest first: b2, c, the rest of a; b never ran.
    expect(log).toEqual(['a', 'b2', 'b2', 'c', 'c', 'c', 'a', 'a']);
  });

  it('a job that throws ends with null and the queue goes on', async () => {
    const queue = new TabQueue({ pause: () => Promise.resolve() });
    // eslint-disable-next-line require-yield
    const bad = function* (): Generator<void, string> {
      throw new Error('boom');
    };
    const err = console.error;
    console.error = () => undefined;
    try {
      expect(await queue.run(1, bad())).toBeNull();
    } finally {
      console.error = err;
    }
    expect(await queue.run(2, job('ok', 2, []))).toBe('ok done');
  });
});

describe('page work budget', () => {
  const index = createSourceIndex((dataset as unknown as Dataset).entries);
  const article = { isArticle: true, score: 1, signals: [] };
  const para = (id: string, text: string): Block => ({ id, kind: 'paragraph', text });

  it('cuts long blocks and drops blocks past the page budget, and says so', () => {
    const blocks = [para('b0', 'x'.repeat(50)), para('b1', 'y'.repeat(500)), para('b2', 'z'.repeat(80))];
    const cut = withinBudget(blocks, { blockChars: 100, pageChars: 180 });
    expect(cut.partial).toBe(true);
    expect(cut.blocks.map((b) => [b.id, b.text.length])).toEqual([['b0', 50], ['b1', 100], ['b2', 30]]);
    expect(withinBudget(blocks, { blockChars: 1000, pageChars: 1000 })).toEqual({ blocks, partial: false });
    // Never half a surrogate pair.
    expect(withinBudget([para('b0', 'ab😀cd')], { blockChars: 3, pageChars: 10 }).blocks[0]!.text).toBe('ab');
  });

  it('a hostile 1 MB paragraph is read up to the block budget and the report is flagged partial; a normal page is not', () => {
    const hostile = '“word said Jane Roe of Example News ” '.repeat(30_000);
    const input = { url: null, title: null, article, blocks: [para('b0', hostile), para('b1', 'Reuters reported that the talks ended on Friday.')] };
    const report = annotate(input, index, {}, { blockChars: 20_000, pageChars: 50_000 });
    expect(report.partial).toBe(true);
    expect(report.blocks[0]!.text.length).toBe(20_000);
    expect(report.annotations.every((a) => a.span.block !== 'b0' || a.span.end <= 20_000)).toBe(true);
    expect(report.annotations.some((a) => a.span.block === 'b1')).toBe(true);
    const normal = annotate({ ...input, blocks: [input.blocks[1]!] }, index, {}, PAGE_BUDGET);
    expect(normal.partial).toBeUndefined();
    expect(normal).toEqual(annotate({ ...input, blocks: [input.blocks[1]!] }, index));
  });

  it('the stepwise form yields between detectors and gives the same report', () => {
    const input = { url: 'https://example.org/a', title: 't', article, blocks: [para('b0', '“We will go on,” said Ana Ortiz, a spokeswoman for Reuters.')] };
    const steps = annotateStepwise(input, index);
    let yields = 0;
    let r = steps.next();
    while (!r.done) {
      yields++;
      r = steps.next();
    }
    expect(yields).toBe(4);
    expect(r.value).toEqual(annotate(input, index));
  });

  it('with a budget, a long page’s quotes are read in chunks (more steps), a short page in one', () => {
    const count = (blocks: Block[]) => {
      const steps = annotateStepwise({ url: null, title: null, article, blocks }, index, {}, PAGE_BUDGET);
      let n = 0;
      while (!steps.next().done) n++;
      return n;
    };
    const long = Array.from({ length: 8 }, (_, i) => para(`b${i}`, 'Ana Ortiz said the port would open. '.repeat(400)));
    expect(count(long.slice(0, 1))).toBe(4);
    expect(count(long)).toBeGreaterThanOrEqual(4 + 7);
  });
});
