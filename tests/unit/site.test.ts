/**
 * The site of the page: canonical URL, og:url or address through the host index (subdomains,
 * syndication, sister titles on one host), else the page's stated name; readPageMeta on real markup.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Dataset, SourceEntry } from '../../core/dataset';
import { createSourceIndex } from '../../core/source-index';
import { jsonLdPublisher, readPageMeta, resolveSite, webHost } from '../../core/site';
import { reportFromHtml } from '../../cli/engine';

const dataset = JSON.parse(readFileSync(new URL('../../data/sources.json', import.meta.url), 'utf8')) as Dataset;
const index = createSourceIndex(dataset.entries);
const none = { canonical: null, ogUrl: null, siteName: null, publisher: null };

const entry = (id: string, name: string, website: string | null, more: Partial<SourceEntry> = {}): SourceEntry => ({
  id, name, type: 'newspaper', country: 'US', owner: null, stateControl: null, founded: null, description: '', website,
  provenance: [], asOf: '2026-01-01', aliases: [name], ...more,
});

describe('resolveSite with the bundled dataset', () => {
  it('maps a subdomain to its outlet (money.cnn.com → CNN) and keeps the host it came from', () => {
    expect(resolveSite('https://money.cnn.com/2016/01/01/x.html', none, index)).toEqual({ host: 'money.cnn.com', name: 'CNN', sourceId: 'cnn' });
    expect(resolveSite('https://edition.cnn.com/a', none, index)?.sourceId).toBe('cnn');
  });

  it('names a state-controlled outlet from its address and its language editions’ hosts', () => {
    for (const url of ['https://tass.com/politics/1', 'https://tass.ru/x', 'https://spanish.xinhuanet.com/n', 'https://www.aljazeera.com/news/1']) {
      const site = resolveSite(url, none, index);
      expect(site?.sourceId, url).not.toBeNull();
      expect(index.get(site!.sourceId!)!.stateControl, url).toBe('SC');
    }
  });

  it('prefers the canonical host: a syndicated page names the outlet that published it', () => {
    const site = resolveSite('https://news.aggregator.example/story/9', { ...none, canonical: 'https://www.reuters.com/world/x/' }, index);
    expect(site?.sourceId).toBe('reuters');
    expect(site?.host).toBe('www.reuters.com');
  });

  it('resolves a relative canonical against the address, and falls back to og:url', () => {
    expect(resolveSite('https://tass.com/a', { ...none, canonical: '/world/1' }, index)?.sourceId).toBe('tass');
    expect(resolveSite('file:///tmp/saved.html', { ...none, ogUrl: 'https://www.cnn.com/x' }, index)?.sourceId).toBe('cnn');
  });

  it('uses the stated site name only when no host is known, and as a whole name', () => {
    expect(resolveSite('https://unknown-mirror.example/a', { ...none, siteName: 'TASS' }, index)?.sourceId).toBe('tass');
    // A sentence that merely contains a name is not a site name.
    expect(resolveSite('https://unknown-mirror.example/a', { ...none, siteName: 'Stories we read on TASS and elsewhere' }, index)).toEqual({
      host: 'unknown-mirror.example', name: 'Stories we read on TASS and elsewhere', sourceId: null,
    });
  });

  it('gives a host with no card, and null for input with no address and no name', () => {
    expect(resolveSite('http://127.0.0.1:8080/x', none, index)).toEqual({ host: '127.0.0.1', name: null, sourceId: null });
    expect(resolveSite(null, none, index)).toBeNull();
    expect(resolveSite('file:///tmp/a.html', none, index)).toBeNull();
  });

  it('never maps a shared platform host (a paper whose website is its Facebook page)', () => {
    const idx = createSourceIndex([entry('p', 'Valley Paper', 'https://www.facebook.com/valleypaper')]);
    expect(idx.byHost('www.facebook.com')).toBeNull();
    expect(idx.hostCount).toBe(0);
  });
});

describe('the host index', () => {
  const idx = createSourceIndex([
    entry('gazette', 'Harbor Gazette', 'https://www.harbormedia.example/gazette/'),
    entry('weekly', 'Harbor Weekly', 'https://harbormedia.example/weekly/'),
    entry('ledger', 'The Ledger', 'https://ledger.example/', { hosts: ['old-ledger.example'] }),
  ]);

  it('maps alias hosts and subdomains, www and case aside', () => {
    expect(idx.byHost('OLD-LEDGER.example')?.id).toBe('ledger');
    expect(idx.byHost('sports.ledger.example')?.id).toBe('ledger');
    expect(idx.byHost('www2.ledger.example')?.id).toBe('ledger');
    expect(idx.byHost('ledger.example.org')).toBeNull();
    expect(idx.hostCount).toBe(3);
  });

  it('tells sister titles on one host apart only by the page’s own name', () => {
    expect(idx.byHost('harbormedia.example')).toBeNull();
    expect(idx.byHost('harbormedia.example', ['Harbor Weekly'])?.id).toBe('weekly');
    expect(resolveSite('https://harbormedia.example/weekly/1', { ...none, siteName: 'Harbor Gazette' }, idx)?.sourceId).toBe('gazette');
  });
});

describe('readPageMeta', () => {
  it('reads canonical, og:url, og:site_name and the JSON-LD publisher', () => {
    const { document } = parseHTML(`<html><head>
      <link rel="canonical" href="https://www.example.com/a">
      <meta property="og:url" content="https://m.example.com/a"><meta property="og:site_name" content="  Example  News ">
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Example Media"}}]}</script>
      </head><body></body></html>`);
    expect(readPageMeta(document as unknown as Document)).toEqual({
      canonical: 'https://www.example.com/a', ogUrl: 'https://m.example.com/a', siteName: 'Example News', publisher: 'Example Media',
    });
  });

  it('finds a publisher given as a string or in an array, and none in a page without one', () => {
    expect(jsonLdPublisher([{ '@type': 'Article', publisher: 'Plain Press' }])).toBe('Plain Press');
    expect(jsonLdPublisher([[{ '@type': 'Article', publisher: [{ name: 'First' }, { name: 'Second' }] }]])).toBe('First');
    expect(jsonLdPublisher([{ '@type': 'Article', author: { name: 'A' } }])).toBeNull();
    expect(webHost('mailto:a@b.c')).toBeNull();
  });

  it('puts the site and its card in the CLI report', () => {
    const html = `<html><head><title>T</title><link rel="canonical" href="https://www.rt.com/news/1-x/"></head><body><article>
      <h1>A headline for a test page</h1>${'<p>Officials met on Tuesday to talk about the harbor plan and the costs of the new road, which residents have debated for years.</p>'.repeat(6)}
      </article></body></html>`;
    const report = reportFromHtml(html, 'file:///tmp/rt.html');
    expect(report.schema).toBe('sourcelight/report@2');
    expect(report.site?.sourceId).toBe('rt');
    expect(report.sources['rt']?.stateControl).toBe('SC');
  });
});
