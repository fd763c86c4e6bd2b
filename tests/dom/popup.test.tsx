/**
 * The popup rendered in a DOM with a fake extension API: states, roster, switches, keyboard access.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { Popup } from '../../components/Popup';
import type { PopupApi } from '../../entrypoints/popup/api';
import { defaultSettings, type Settings } from '../../core/settings';
import type { Report } from '../../core/report';

const span = { block: 'b0', start: 0, end: 1 };
const report: Report = {
  schema: 'sourcelight/report@2', url: 'http://x/', title: 'A test page', article: { isArticle: true, signals: [] }, blocks: [], site: null,
  annotations: [
    { kind: 'quote', span, text: 'We are ready', direct: true, cue: 'said', speaker: { name: 'Ann <b>Lee</b>', role: 'minister', organization: null, sourceId: null, span } },
    { kind: 'credit', span, text: 'A | TASS | Getty Images', chain: [{ name: 'A', role: 'photographer', sourceId: null }, { name: 'TASS', role: 'agency', sourceId: 'tass' }] },
    { kind: 'claim', span, text: 'Output rose 5%.', score: 0.8, reasons: ['statistic'] },
    { kind: 'source', span, text: 'TASS', sourceId: 'tass' },
  ],
  sources: {
    tass: { id: 'tass', name: 'TASS', type: 'news-agency', country: 'RU', owner: 'Government of Russia', stateControl: 'SC', founded: 1904, description: 'Russian state news agency.', website: 'https://tass.com', provenance: ['State Media Matrix'], asOf: '2026-11-26' },
  },
};

function fakeApi(reply: Awaited<ReturnType<PopupApi['loadReport']>>, settings: Settings = defaultSettings()) {
  const listeners = new Set<(tabId: number) => void>();
  return {
    loadReport: vi.fn(async () => reply),
    loadSettings: vi.fn(async () => settings),
    saveSettings: vi.fn(async () => undefined),
    scrollTo: vi.fn(async () => undefined),
    onReportChanged: vi.fn((listener: (tabId: number) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
    /** Test side: the background says a tab's report changed. */
    changed: (tabId: number) => listeners.forEach((l) => l(tabId)),
  } satisfies PopupApi & { changed: unknown };
}

async function mount(api: PopupApi) {
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  await act(async () => {
    render(<Popup api={api} />, host);
  });
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
  return host;
}

describe('Popup', () => {
  it('says plainly when the page is not an article', async () => {
    const host = await mount(fakeApi(null));
    expect(host.querySelector('.sl-empty')?.textContent).toMatch(/No article on this page/);
  });

  it('waits while the page is being read, then shows the report when it arrives', async () => {
    const api = fakeApi({ tabId: 7, pending: true });
    const host = await mount(api);
    expect(host.querySelector('.sl-state')?.textContent).toBe('Reading this page…');
    expect(host.querySelector('.sl-popup')?.getAttribute('aria-busy')).toBe('true');
    expect(host.querySelector('.sl-person-name')).toBeNull();
    // Another tab's news changes nothing; this tab's report replaces the waiting state.
    api.loadReport.mockImplementation(async () => ({ tabId: 7, report }));
    await act(async () => api.changed(8));
    expect(api.loadReport).toHaveBeenCalledTimes(1);
    await act(async () => {
      api.changed(7);
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(host.querySelector('.sl-person-name')?.textContent).toBe('Ann <b>Lee</b>');
    expect(host.querySelector('.sl-popup')?.getAttribute('aria-busy')).toBe('false');
  });

  it('says plainly when it cannot read the tab', async () => {
    const host = await mount(fakeApi('unreachable'));
    expect(host.textContent).toMatch(/can’t read this tab/);
  });

  it('lists people, photos, claims with reasons and cards; page text stays text', async () => {
    const host = await mount(fakeApi({ tabId: 7, report }));
    expect(host.querySelector('.sl-person-name')?.textContent).toBe('Ann <b>Lee</b>');
    expect(host.querySelector('.sl-person b')).toBeNull();
    expect([...host.querySelectorAll('.sl-chip')].map((c) => c.textContent)).toEqual(['photographer A', 'agency TASS']);
    expect(host.querySelector('.sl-photo-summary')?.textContent).toBe('1 photo: 1 from state-controlled agencies');
    expect(host.querySelector('.sl-why')?.textContent).toBe('80% · why: statistic');
    const card = host.querySelector('.sl-source-group .sl-card')!;
    expect(card.querySelector('.sl-badge')?.textContent).toBe('State-controlled');
    expect(card.textContent).toContain('The state controls its finances, management and editorial line.');
    expect(card.textContent).toContain('State Media Matrix (as of 2026-11-26)');
  });

  it('switches a kind off, saves it, and scrolls to a quote on click', async () => {
    const api = fakeApi({ tabId: 7, report });
    const host = await mount(api);
    const sw = host.querySelector<HTMLButtonElement>('.sl-switch[data-kind="claim"]')!;
    expect(sw.getAttribute('role')).toBe('switch');
    expect(sw.getAttribute('aria-checked')).toBe('true');
    await act(async () => sw.click());
    expect(sw.getAttribute('aria-checked')).toBe('false');
    expect(api.saveSettings).toHaveBeenLastCalledWith(expect.objectContaining({ kinds: expect.objectContaining({ claim: false, quote: true }) }));
    await act(async () => host.querySelector<HTMLButtonElement>('.sl-quote')!.click());
    expect(api.scrollTo).toHaveBeenCalledWith(7, 0);
  });

  it('changes claim sensitivity and filters the list', async () => {
    const api = fakeApi({ tabId: 7, report }, { ...defaultSettings(), sensitivity: 'balanced' });
    const host = await mount(api);
    const select = host.querySelector('select')!;
    await act(async () => {
      select.value = 'fewer';
      select.dispatchEvent(new Event('change'));
    });
    expect(api.saveSettings).toHaveBeenLastCalledWith(expect.objectContaining({ sensitivity: 'fewer' }));
    expect(host.querySelectorAll('.sl-claim')).toHaveLength(1);
    await act(async () => {
      select.value = 'fewer';
    });
  });
});
