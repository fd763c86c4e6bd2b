/**
 * The popup rendered in a DOM with a fake extension API: states, roster, switches, keyboard access.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { FIRST_ITEMS, MORE_ITEMS, Popup } from '../../components/Popup';
import type { PopupApi } from '../../entrypoints/popup/api';
import { defaultSettings, type Settings } from '../../core/settings';
import type { Report } from '../../core/report';

const span = { block: 'b0', start: 0, end: 1 };
const report: Report = {
  schema: 'sourcelight/report@2', url: 'http://x/', title: 'A test page', article: { isArticle: true, signals: [] }, blocks: [], site: null,
  annotations: [
    { kind: 'quote', span, spans: [span], quoted: [], text: 'We are ready', direct: true, cue: 'said', speaker: { kind: 'person', name: 'Ann <b>Lee</b>', role: 'minister', organization: null, sourceId: null, span } },
    { kind: 'credit', span, text: 'A | TASS | Getty Images', chain: [{ name: 'A', role: 'photographer', sourceId: null }, { name: 'TASS', role: 'agency', sourceId: 'tass' }] },
    { kind: 'claim', span, text: 'Output rose 5%.', score: 0.8, reasons: ['statistic'] },
    { kind: 'source', span, text: 'TASS', sourceId: 'tass' },
  ],
  sources: {
    tass: { id: 'tass', name: 'TASS', type: 'news-agency', country: 'RU', owner: 'Government of Russia', stateControl: 'SC', founded: 1904, description: 'Russian state news agency.', website: 'https://tass.com', provenance: ['stateControl: State Media Matrix, as of 2026-11-26'], asOf: '2026-11-26' },
  },
};

function fakeApi(reply: Awaited<ReturnType<PopupApi['loadReport']>>, settings: Settings = defaultSettings()) {
  const listeners = new Set<(tabId: number) => void>();
  return {
    loadReport: vi.fn(async () => reply),
    loadSettings: vi.fn(async () => settings),
    saveSettings: vi.fn(async () => undefined),
    scrollTo: vi.fn(async () => undefined),
    correct: vi.fn(async (_tabId: number, _target: { index?: number; sourceId?: string }, kind: string) => `${kind}:1`),
    undoCorrection: vi.fn(async () => undefined),
    pageUrl: vi.fn(async () => 'http://x/'),
    openOptions: vi.fn(async () => undefined),
    shortcut: vi.fn(async () => 'Alt+Shift+L'),
    copyText: vi.fn(async (_text: string) => undefined),
    download: vi.fn((_name: string, _text: string, _type: string) => undefined),
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
    expect(host.querySelector('.sl-why')?.textContent).toBe('very likely · why: a statistic');
    const card = host.querySelector('.sl-source-group .sl-card')!;
    expect(card.querySelector('.sl-badge')?.textContent).toBe('State-controlled');
    expect(card.textContent).toContain('The state controls its finances, management and editorial line.');
    expect(card.querySelector('[data-fact="stateControl"]')?.textContent).toContain('source: State Media Matrix, as of 2026-11-26');
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

  it('counts in each chip exactly what its list shows, at the current sensitivity', async () => {
    const low = { kind: 'claim' as const, span, text: 'Maybe 40% rose.', score: 0.4, reasons: [] };
    const api = fakeApi({ tabId: 7, report: { ...report, annotations: [...report.annotations, low] } });
    const host = await mount(api);
    const chip = (k: string) => Number(host.querySelector(`.sl-switch[data-kind="${k}"] .sl-count`)?.textContent);
    const listed = () => ({
      quote: host.querySelectorAll('.sl-quote').length,
      speaker: host.querySelectorAll('.sl-person').length,
      credit: host.querySelectorAll('.sl-photo').length,
      claim: host.querySelectorAll('.sl-claim').length,
      source: host.querySelectorAll('.sl-source-group .sl-card').length,
    });
    const chips = () => Object.fromEntries(Object.keys(listed()).map((k) => [k, chip(k)]));
    expect(listed()).toEqual({ quote: 1, speaker: 1, credit: 1, claim: 1, source: 1 });
    expect(chips()).toEqual(listed());
    const select = host.querySelector('select')!;
    await act(async () => {
      select.value = 'more';
      select.dispatchEvent(new Event('change'));
    });
    expect(listed().claim).toBe(2);
    expect(chips()).toEqual(listed());
    expect(host.querySelector('.sl-switch[data-kind="claim"]')?.getAttribute('title')).toMatch(/2 claims listed/);
  });

  it('renders a bounded number of nodes for 10,000 annotations, and the rest on demand', async () => {
    const annotations: Report['annotations'] = [];
    const sources: Report['sources'] = {};
    for (let i = 0; i < 2500; i++) {
      annotations.push({ kind: 'quote', span, spans: [span], quoted: [], text: `Quote ${i}`, direct: true, cue: 'said', speaker: { kind: 'person', name: `Person ${i % 1250}`, role: null, organization: null, sourceId: null, span } });
      annotations.push({ kind: 'credit', span, text: `P${i} | AP`, chain: [{ name: `P${i}`, role: 'photographer', sourceId: null }] });
      annotations.push({ kind: 'claim', span, text: `Output rose ${i}%.`, score: 0.9, reasons: ['statistic'] });
      annotations.push({ kind: 'source', span, text: `S${i}`, sourceId: `s${i}` });
      sources[`s${i}`] = { ...report.sources.tass!, id: `s${i}`, name: `S${i}` };
    }
    const huge: Report = { ...report, annotations, sources };
    const host = await mount(fakeApi({ tabId: 7, report: huge }));
    const nodes = () => host.querySelectorAll('*').length;
    const first = nodes();
    // Four lists of 1,250–2,500 items each would be well over 40,000 nodes if all were rendered.
    expect(first).toBeLessThan(2500);
    expect(host.querySelectorAll('.sl-person')).toHaveLength(FIRST_ITEMS);
    expect(host.querySelectorAll('.sl-claim')).toHaveLength(FIRST_ITEMS);
    expect(host.querySelectorAll('.sl-photo')).toHaveLength(FIRST_ITEMS);
    expect(host.querySelectorAll('.sl-source-group .sl-card')).toHaveLength(FIRST_ITEMS);
    // The chips still count every item, shown or not.
    expect(host.querySelector('.sl-switch[data-kind="claim"] .sl-count')?.textContent).toBe('2500');
    expect(host.querySelector('.sl-switch[data-kind="speaker"] .sl-count')?.textContent).toBe('1250');
    // Each person shows the first quotes; "Show more" adds the next batch and the node count grows by a bounded step.
    expect(host.querySelector('.sl-person')!.querySelectorAll('.sl-quote')).toHaveLength(2);
    const moreClaims = [...host.querySelectorAll<HTMLButtonElement>('.sl-more')].find((b) => /claims/.test(b.textContent ?? ''))!;
    expect(moreClaims.textContent).toBe(`Show ${MORE_ITEMS} more claims (${2500 - FIRST_ITEMS} not shown)`);
    await act(async () => moreClaims.click());
    expect(host.querySelectorAll('.sl-claim')).toHaveLength(FIRST_ITEMS + MORE_ITEMS);
    expect(nodes() - first).toBeLessThan(MORE_ITEMS * 10);
  });

  it('corrects a quote, a speaker, a credit, a claim and hides a source, each with Undo', async () => {
    const api = fakeApi({ tabId: 7, report });
    const host = await mount(api);
    const click = async (sel: string, root: ParentNode = host) => act(async () => void root.querySelector<HTMLElement>(sel)!.click());
    // "Not a quote" on the first quote.
    const quoteItem = host.querySelector('.sl-quotes li')!;
    await click('.sl-correct-open', quoteItem);
    expect(quoteItem.querySelector('.sl-correct')?.getAttribute('role')).toBe('group');
    await click('[data-correct="not-quote"]', quoteItem);
    expect(api.correct).toHaveBeenLastCalledWith(7, { index: 0 }, 'not-quote', undefined);
    expect(host.querySelector('.sl-undo-bar')?.textContent).toMatch(/Corrected: not a quote/);
    await click('.sl-undo-bar .sl-undo');
    expect(api.undoCorrection).toHaveBeenLastCalledWith('not-quote:1');
    expect(host.querySelector('.sl-undo-bar')).toBeNull();
    // "Wrong speaker": the reader types the right one.
    await click('.sl-correct-open', quoteItem);
    await click('[data-correct="wrong-speaker"]', quoteItem);
    const input = quoteItem.querySelector<HTMLInputElement>('.sl-speaker-input')!;
    await act(async () => {
      input.value = 'Bo Chen';
      input.dispatchEvent(new Event('input'));
    });
    await act(async () => void quoteItem.querySelector("form")!.dispatchEvent(new Event("submit", { cancelable: true })));
    expect(api.correct).toHaveBeenLastCalledWith(7, { index: 0 }, 'wrong-speaker', 'Bo Chen');
    // The other kinds, from their lists.
    await click('.sl-photo .sl-correct-open');
    await click('.sl-photo [data-correct="not-credit"]');
    expect(api.correct).toHaveBeenLastCalledWith(7, { index: 1 }, 'not-credit', undefined);
    await click('.sl-claim .sl-correct-open');
    await click('.sl-claim [data-correct="not-claim"]');
    expect(api.correct).toHaveBeenLastCalledWith(7, { index: 2 }, 'not-claim', undefined);
    await click('.sl-source-item .sl-correct-open');
    await click('.sl-source-item [data-correct="hide-source"]');
    expect(api.correct).toHaveBeenLastCalledWith(7, { sourceId: 'tass' }, 'hide-source', undefined);
  });

  it('says when a very long page was read only in part (report.partial), in the reader’s language', async () => {
    const whole = await mount(fakeApi({ tabId: 7, report }));
    expect(whole.querySelector('.sl-partial')).toBeNull();
    const host = await mount(fakeApi({ tabId: 7, report: { ...report, partial: true } }));
    const notice = host.querySelector('.sl-partial');
    expect(notice?.textContent).toBe('This page is very long: Sourcelight read only its first part.');
    expect(notice?.getAttribute('role')).toBe('status');
    // What was read is still listed below the notice.
    expect(host.querySelector('.sl-person-name')?.textContent).toBe('Ann <b>Lee</b>');
    const fr = await mount(fakeApi({ tabId: 7, report: { ...report, partial: true } }, { ...defaultSettings(), language: 'fr' }));
    expect(fr.querySelector('.sl-partial')?.textContent).toMatch(/^Cette page est très longue/);
    const { setLanguage } = await import('../../components/i18n');
    setLanguage('en');
  });

  it('speaks the language chosen in the options page, over the browser’s', async () => {
    const host = await mount(fakeApi(null, { ...defaultSettings(), language: 'de' }));
    expect(host.querySelector('.sl-empty')?.textContent).toMatch(/^Kein Artikel auf dieser Seite/);
    expect(host.querySelector('.sl-switch[data-kind="credit"]')?.textContent).toContain('Bildnachweise');
    expect(host.querySelector('.sl-site-toggle')?.textContent).toBe('Auf x ausschalten');
    const { setLanguage } = await import('../../components/i18n');
    setLanguage('en');
  });
});

describe('Popup People list (report@2 utterances)', () => {
  it('shows a two-part utterance as one entry with both parts, the cue on hover, and a group as a group', async () => {
    const text = '“The ferry is late,” she said. “We will fix it.” Con Edison officials said the outage would end.';
    const a = { block: 'b0', start: 1, end: 19 };
    const b = { block: 'b0', start: 32, end: 47 };
    const c = { block: 'b0', start: 75, end: 95 };
    const utterances: Report = {
      ...report,
      blocks: [{ id: 'b0', kind: 'paragraph', text }],
      annotations: [
        { kind: 'quote', span: a, spans: [a, b], quoted: [], text: text.slice(1, 19), direct: true, cue: 'said', speaker: { kind: 'person', name: 'Ana Ortiz', role: null, organization: null, sourceId: null, span: null } },
        { kind: 'quote', span: c, spans: [c], quoted: [], text: text.slice(75, 95), direct: false, cue: 'said', speaker: { kind: 'group', name: null, role: 'Con Edison officials', organization: null, sourceId: null, span: null } },
      ],
    };
    const host = await mount(fakeApi({ tabId: 7, report: utterances }));
    const quotes = [...host.querySelectorAll<HTMLButtonElement>('.sl-quote')];
    expect(quotes.map((q) => q.textContent)).toEqual(['“The ferry is late, … We will fix it.”', 'the outage would end']);
    expect(quotes[0]!.title).toMatch(/“said”/);
    expect(host.querySelector('.sl-person-kind')?.textContent).toMatch(/group/);
  });
});
