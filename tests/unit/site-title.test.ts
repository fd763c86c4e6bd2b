/**
 * The site's name from the page's title (core/site.ts `titleSiteName`), used only when the page states
 * no og:site_name or JSON-LD publisher and the dataset knows no entry for its host. Measured by
 * `npm run eval:site`: news-pages pages with no stated name often end their title with the site's name.
 * Titles are our own, in the shapes such pages use.
 */
import { describe, expect, it } from 'vitest';
import { createSourceIndex } from '../../core/source-index';
import { resolveSite, titleSiteName } from '../../core/site';

describe('titleSiteName', () => {
  it.each([
    ['Why the river festival moved to May - Brightwave', 'brightwave.co.kr', 'Brightwave'],
    ['Patch notes for the autumn release – Copper Kettle Games', 'copperkettle.org', 'Copper Kettle Games'],
    ['The Orbit Review: a launch pad for small rockets', 'www.theorbitreview.com', 'The Orbit Review'],
    ['Council votes on the new bridge | Harbour Bell', 'harbourbell.net', 'Harbour Bell'],
    ['Glass facades at night - lanternhouse.de //', 'lanternhouse.de', 'lanternhouse.de'],
    ['Ein langer Weg ins Digitale — Müllerwerk', 'muellerwerk.de', null],
    ['Ein langer Weg ins Digitale — Mullerwerk', 'mullerwerk.de', 'Mullerwerk'],
  ])('%s on %s → %s', (title, host, name) => {
    expect(titleSiteName(title, host)).toBe(name);
  });
  it.each([
    ['Mayor: the bridge will open in June', 'harbourbell.net'],
    ['2018 Boys State Swim Results', 'riverkansas.example'],
    ['Brightwave fans wait for news of the tour - Daily Notes', 'othersite.example'],
    ['Ten ways to cook rice - Recipes', 'bestfood.example'],
    ['News - A very long name that is clearly not one site at all - X', 'x.example'],
  ])('no site name in: %s on %s', (title, host) => {
    expect(titleSiteName(title, host)).toBeNull();
  });
});

describe('resolveSite falls back to the title only with nothing better', () => {
  const idx = createSourceIndex([]);
  const meta = { canonical: null, ogUrl: null, siteName: null, publisher: null, title: 'Council votes on the new bridge | Harbour Bell' };
  it('names the site from the title, with no card', () => {
    expect(resolveSite('https://harbourbell.net/news/1', meta, idx)).toEqual({ host: 'harbourbell.net', name: 'Harbour Bell', sourceId: null });
  });
  it('a stated og:site_name still wins', () => {
    expect(resolveSite('https://harbourbell.net/news/1', { ...meta, siteName: 'The Harbour Bell' }, idx)?.name).toBe('The Harbour Bell');
  });
  it('a title that does not spell the host names nothing', () => {
    expect(resolveSite('https://elsewhere.example/1', meta, idx)).toEqual({ host: 'elsewhere.example', name: null, sourceId: null });
  });
});
