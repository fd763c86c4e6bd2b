import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/engine';
import { jsonLdCreditBlocks } from '../../core/json-ld';

const page = (ld: string, body = '') => parseDocument(`<html><head><script type="application/ld+json">${ld}</script></head><body>${body}</body></html>`);

describe('JSON-LD image credits', () => {
  it('reads creditText, or creator and copyright holder, from nested ImageObjects', () => {
    const doc = page(JSON.stringify({
      '@graph': [
        { '@type': 'NewsArticle', image: [{ '@type': 'ImageObject', creditText: 'Noor Haddad/Anadolu Agency' }] },
        { '@type': 'ImageObject', creator: { '@type': 'Person', name: 'Lea Roth' }, copyrightHolder: { name: 'Keystone' } },
        { '@type': 'ImageObject', author: ['Same Name'], copyrightHolder: 'Same Name' },
      ],
    }));
    expect(jsonLdCreditBlocks(doc, []).map((b) => [b.id, b.kind, b.text])).toEqual([
      ['b0', 'credit', 'Noor Haddad/Anadolu Agency'],
      ['b1', 'credit', 'Lea Roth/Keystone'],
      ['b2', 'credit', 'Same Name'],
    ]);
  });

  it('skips credits the page text already shows, broken JSON, and non-images', () => {
    const doc = page('{"@type":"ImageObject","creditText":"Anna Weber/dpa"}', '<p>x</p>');
    expect(jsonLdCreditBlocks(doc, [{ id: 'b0', kind: 'caption', text: 'A protest. Anna Weber/dpa' }])).toEqual([]);
    expect(jsonLdCreditBlocks(page('{broken'), [])).toEqual([]);
    expect(jsonLdCreditBlocks(page('{"@type":"Person","name":"Not A Credit"}'), [])).toEqual([]);
  });

  it('keeps HTML in a credit as plain text for the detectors', () => {
    const doc = page(JSON.stringify({ '@type': 'ImageObject', creditText: '<img src=x onerror=alert(1)>/Reuters' }));
    expect(jsonLdCreditBlocks(doc, [])[0]!.text).toBe('<img src=x onerror=alert(1)>/Reuters');
  });
});
