/**
 * Fuzz through core/: a few hundred generated adversarial pages (tests/fuzz/generator.ts) through the
 * engine as the extension runs it. Zero uncaught errors; every span inside its block; every
 * annotation's text equal to its slice; the blocks' DOM maps true to the text nodes; nothing read
 * from inputs, editable areas or scripts. `npm run fuzz -- --count 10000` runs many more.
 */
import { describe, expect, it } from 'vitest';
import { ALL_HAZARDS, generatePage, FORBIDDEN } from '../fuzz/generator';
import { checkPage, checkReport } from '../fuzz/check';
import { reportFromHtml } from '../../cli/engine';
import type { Report } from '../../core/report';

const COUNT = 300;
const SCALE = 0.01; // 10 KB paragraphs, up to 20 figures, nesting up to 30: the full sizes run in `npm run fuzz`.

describe('fuzz pages through core', () => {
  it(`${COUNT} random pages: no uncaught error, every invariant holds`, () => {
    const failures: string[] = [];
    let articles = 0;
    let annotations = 0;
    for (let seed = 1; seed <= COUNT; seed++) {
      const page = generatePage(seed, { scale: SCALE });
      const r = checkPage(page.html);
      if (r.isArticle) articles++;
      annotations += r.annotations;
      if (r.problems.length) failures.push(`seed ${seed} [${page.hazards.join(',')}]: ${r.problems.join('; ')}`);
    }
    expect(failures).toEqual([]);
    // The generator must actually exercise the detectors, not only the gate.
    expect(articles).toBeGreaterThan(COUNT * 0.6);
    expect(annotations).toBeGreaterThan(COUNT * 5);
  });

  it.each(ALL_HAZARDS.map((h) => [h]))('hazard %s alone, at a larger size', (hazard) => {
    const page = generatePage(1000 + ALL_HAZARDS.indexOf(hazard), { hazards: [hazard], scale: 0.05 });
    const r = checkPage(page.html);
    expect(r.problems).toEqual([]);
  });

  it('the oracle catches a broken span and a text that is not its slice', () => {
    const report = reportFromHtml(generatePage(3, { hazards: ['tables-lists'] }).html, null);
    expect(report.annotations.length).toBeGreaterThan(0);
    const broken: Report = structuredClone(report);
    broken.annotations[0]!.span.end = broken.blocks.find((b) => b.id === broken.annotations[0]!.span.block)!.text.length + 1;
    expect(checkReport(broken).join()).toMatch(/outside block/);
    const wrongText: Report = structuredClone(report);
    wrongText.annotations[0]!.text += 'x';
    expect(checkReport(wrongText).join()).toMatch(/!= slice/);
  });

  it('the oracle catches text read from an editable area', () => {
    const html = `<!doctype html><html><body><article><h1>T</h1><p>${'Officials met on Tuesday to discuss the new bridge across the river. '.repeat(8)}</p><p>${FORBIDDEN} ${'The ferry carried a record number of passengers last year. '.repeat(4)}</p></article></body></html>`;
    expect(checkPage(html).problems.join()).toMatch(/editable area/);
  });

  it('pages carrying HTML in names keep it as inert text in the report', () => {
    const page = generatePage(42, { hazards: ['html-in-speaker', 'html-in-credit', 'html-in-json-ld'] });
    const report = reportFromHtml(page.html, null);
    const texts = report.blocks.map((b) => b.text).join('\n');
    expect(texts).toContain('<img src=x onerror=');
    expect(checkReport(report)).toEqual([]);
  });

  it('generation is deterministic per seed', () => {
    expect(generatePage(99).html).toBe(generatePage(99).html);
    expect(generatePage(99).html).not.toBe(generatePage(100).html);
  });
});
