/**
 * A host several entries share, on a page that states no name the dataset knows (core/source-index.ts
 * `siteOfShared`). Measured by `npm run eval:site`: nytimes.com, cleveland.com, nj.com, oregonlive.com
 * and xinhuanet.com pages got no card, since sister titles or editions list the same host. Three
 * rules, each with three examples of our own (fictional outlets) and the cases that must stay unnamed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset, SourceEntry } from '../../core/dataset';
import { createSourceIndex } from '../../core/source-index';
import { resolveSite } from '../../core/site';

const entry = (id: string, name: string, website: string | null, more: Partial<SourceEntry> = {}): SourceEntry => ({
  id, name, type: 'newspaper', country: 'US', owner: null, stateControl: null, founded: null, description: '', website,
  provenance: [], asOf: '2026-01-01', aliases: [name], ...more,
});
const none = { canonical: null, ogUrl: null, siteName: null, publisher: null };

describe('the entry named after the host is the site', () => {
  const idx = createSourceIndex([
    entry('riverton-courier', 'The Riverton Courier', 'http://www.riverton.example/'),
    entry('riverton-example', 'Riverton.example', 'https://www.riverton.example'),
    entry('lakes-times', 'Lakes Times', 'http://www.lakesnews.example/times'),
    entry('lakesnews', 'LakesNews.example', 'http://lakesnews.example'),
    entry('lakes-weekly', 'Lakes Weekly', 'http://lakesnews.example/weekly'),
    entry('nord-tv', 'Nord TV', 'https://www.nordvesti.example/'),
    entry('nordvesti', 'Nordvesti.example', 'https://nordvesti.example/'),
  ]);
  it.each([
    ['riverton.example', 'riverton-example'],
    ['www.lakesnews.example', 'lakesnews'],
    ['sport.nordvesti.example', 'nordvesti'],
  ])('%s → %s', (host, id) => {
    expect(idx.byHost(host)?.id).toBe(id);
  });
  it('the page’s own stated name still wins', () => {
    expect(idx.byHost('riverton.example', ['The Riverton Courier'])?.id).toBe('riverton-courier');
    expect(idx.byHost('lakesnews.example', ['Lakes Weekly'])?.id).toBe('lakes-weekly');
  });
});

describe('the only entry holding the host whole beats titles on a path of it', () => {
  const idx = createSourceIndex([
    entry('coast-herald', 'The Coast Herald', 'http://www.coastlive.example/'),
    entry('coast-leader', 'Bayside Leader', 'http://www.coastlive.example/leader/'),
    entry('coast-argus', 'Cape Argus Weekly', 'http://www.coastlive.example/argus/'),
    entry('state-agency', 'Eastland News Agency', 'https://english.eastland.example/', { hosts: ['eastlandnet.example'] }),
    entry('agency-daily', 'Eastland Daily Digest', 'http://www.eastlandnet.example/digest'),
    entry('hill-post', 'Hill Post', 'https://hillmedia.example'),
    entry('hill-sun', 'Hill Sun', 'https://hillmedia.example/sun/'),
  ]);
  it.each([
    ['coastlive.example', 'coast-herald'],
    ['www.eastlandnet.example', 'state-agency'],
    ['hillmedia.example', 'hill-post'],
  ])('%s → %s', (host, id) => {
    expect(idx.byHost(host)?.id).toBe(id);
  });
  it('two entries both holding the host whole, or none, name nobody', () => {
    const two = createSourceIndex([entry('a', 'Alpha Radio', 'https://shared.example/'), entry('b', 'Beta Radio', 'https://www.shared.example')]);
    expect(two.byHost('shared.example')).toBeNull();
    const paths = createSourceIndex([entry('a', 'Alpha Daily', 'https://paths.example/a/'), entry('b', 'Beta Daily', 'https://paths.example/b/')]);
    expect(paths.byHost('paths.example')).toBeNull();
  });
});

describe('among entries holding the host whole, the one whose name begins all the others is the site', () => {
  const idx = createSourceIndex([
    entry('metro-times', 'The Metro Times', 'https://www.metrotimes.example/'),
    entry('metro-times-intl', 'The Metro Times International Edition', 'http://metrotimes.example'),
    entry('volk', 'Volksstimme', 'http://www.volk.example/'),
    entry('volk-sonntag', 'Volksstimme am Sonntag', 'https://volk.example'),
    entry('volk-extra', 'Volksstimme Extra', 'https://volk.example/'),
    entry('rbx', 'RBX', 'https://www.rbx.example/'),
    entry('rbx-daily', 'RBX Daily', 'http://www.rbx.example'),
  ]);
  it.each([
    ['metrotimes.example', 'metro-times'],
    ['www.volk.example', 'volk'],
    ['rbx.example', 'rbx'],
  ])('%s → %s', (host, id) => {
    expect(idx.byHost(host)?.id).toBe(id);
  });
  it('names that do not all begin with one of them name nobody', () => {
    const idx2 = createSourceIndex([
      entry('a', 'Mediaco One', 'https://mediaco.example/'),
      entry('b', 'Mediaco Two', 'https://mediaco.example/'),
      entry('c', 'Radio Gold', 'https://mediaco.example/'),
    ]);
    expect(idx2.byHost('mediaco.example')).toBeNull();
  });
});

describe('with the bundled dataset', () => {
  const dataset = JSON.parse(readFileSync(new URL('../../data/sources.json', import.meta.url), 'utf8')) as Dataset;
  const index = createSourceIndex(dataset.entries);
  it.each([
    ['https://www.nytimes.com/2019/11/18/business/x.html', 'new-york-times'],
    ['https://www.oregonlive.com/advice/2019/11/x.html', 'the-oregonian'],
    ['http://www.xinhuanet.com/2019-10/01/c_1.htm', 'xinhua'],
    ['https://www.cleveland.com/entertainment/x.html', 'cleveland-com'],
  ])('%s → %s', (url, id) => {
    expect(resolveSite(url, none, index)?.sourceId).toBe(id);
  });
  it('a rated outlet found this way keeps its rating on the card', () => {
    expect(index.get(resolveSite('http://www.xinhuanet.com/a', none, index)!.sourceId!)!.stateControl).toBe('SC');
  });
});
