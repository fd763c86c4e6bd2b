/**
 * The site card at the top of the popup: the outlet's name, type, country, owner and rating in plain
 * words with a source beside each fact; a state-controlled outlet says so before anything else.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { Popup } from '../../components/Popup';
import { SiteCard } from '../../components/SiteCard';
import type { PopupApi } from '../../entrypoints/popup/api';
import { defaultSettings } from '../../core/settings';
import type { Report, SourceCard } from '../../core/report';

const rt: SourceCard = {
  id: 'rt', name: 'RT', type: 'broadcaster', country: 'RU', owner: 'TV-Novosti', stateControl: 'SC', founded: 2005,
  description: 'Russian state broadcaster.', website: 'https://www.rt.com/', qid: 'Q123',
  provenance: ['name, type, country: Wikidata (CC0), as of 2026-11-30', 'stateControl: State Media Matrix (ASD/GMF, MIT), as of 2026-11-26'],
  asOf: '2026-11-26',
};
const indie: SourceCard = { ...rt, id: 'ledger', name: 'The Harbor Ledger', type: 'newspaper', country: 'US', owner: null, stateControl: null, qid: null, founded: null };

function mountCard(node: preact.VNode) {
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  render(node, host);
  return host;
}

describe('SiteCard', () => {
  it('names a state-controlled outlet, says so first, and gives each fact its source', () => {
    const host = mountCard(<SiteCard site={{ host: 'www.rt.com', name: 'RT', sourceId: 'rt' }} card={rt} />);
    const first = host.querySelector('.sl-site')!.firstElementChild!;
    expect(first.className).toContain('sl-site-alert');
    expect(first.textContent).toContain('State-controlled (State Media Matrix)');
    expect(host.querySelector('.sl-site-name')!.textContent).toBe('RT');
    expect(host.querySelector('[data-fact="country"]')!.textContent).toBe('Russia · source: Wikidata (CC0), as of 2026-11-30');
    expect(host.querySelector('[data-fact="stateControl"]')!.textContent).toContain('State Media Matrix (ASD/GMF, MIT)');
    // A fact no provenance line names says so instead of borrowing another fact's source.
    expect(host.querySelector('[data-fact="owner"]')!.textContent).toBe('TV-Novosti · source: not stated');
    expect(host.querySelector('[data-fact="qid"]')!.textContent).toContain('Q123');
  });

  it('gives an unrated outlet no warning and says it is not rated; unknown facts stay unknown', () => {
    const host = mountCard(<SiteCard site={{ host: 'harborledger.example', name: 'The Harbor Ledger', sourceId: 'ledger' }} card={indie} />);
    expect(host.querySelector('.sl-site-alert')).toBeNull();
    expect(host.querySelector('[data-fact="stateControl"]')!.textContent).toBe('not rated by the State Media Matrix');
    expect(host.querySelector('[data-fact="owner"]')!.textContent).toBe('unknown');
    expect(host.querySelector('[data-fact="qid"]')).toBeNull();
  });

  it('shows the page’s own name and host when the dataset has no card', () => {
    const host = mountCard(<SiteCard site={{ host: 'blog.example.org', name: 'A Blog', sourceId: null }} card={null} />);
    expect(host.querySelector('.sl-site-name')!.textContent).toBe('A Blog');
    expect(host.querySelector('.sl-site-host')!.textContent).toBe('blog.example.org');
    expect(host.querySelector('.sl-site-facts')).toBeNull();
  });

  it('opens the popup with the site card, above the switches', async () => {
    const report: Report = {
      schema: 'sourcelight/report@2', url: 'https://www.rt.com/news/1/', title: 'T', article: { isArticle: true, signals: [] }, blocks: [],
      annotations: [], site: { host: 'www.rt.com', name: 'RT', sourceId: 'rt' }, sources: { rt },
    };
    const api: PopupApi = {
      loadReport: vi.fn(async () => ({ tabId: 1, report })),
      loadSettings: vi.fn(async () => defaultSettings()),
      saveSettings: vi.fn(async () => undefined),
      scrollTo: vi.fn(async () => undefined),
      correct: vi.fn(async () => null),
      undoCorrection: vi.fn(async () => undefined),
    pageUrl: vi.fn(async () => 'http://x/'),
    openOptions: vi.fn(async () => undefined),
    shortcut: vi.fn(async () => 'Alt+Shift+L'),
    copyText: vi.fn(async (_text: string) => undefined),
    download: vi.fn((_name: string, _text: string, _type: string) => undefined),
      onReportChanged: vi.fn(() => () => undefined),
    };
    const host = document.createElement('div');
    document.body.replaceChildren(host);
    await act(async () => {
      render(<Popup api={api} />, host);
    });
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
    const site = host.querySelector('.sl-site');
    const switches = host.querySelector('.sl-switches');
    expect(site).not.toBeNull();
    expect(site!.compareDocumentPosition(switches!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(site!.querySelector('.sl-site-alert')!.textContent).toMatch(/^State-controlled \(State Media Matrix\)/);
  });
});
