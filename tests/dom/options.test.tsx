/**
 * The options page rendered with a fake API: defaults per kind, sensitivity, sites switched off,
 * corrections listed and undone, export, about.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { Options, type OptionsApi } from '../../components/Options';
import { defaultSettings } from '../../core/settings';
import { hideSource, type StoredCorrections } from '../../core/corrections';

function fakeApi(stored: StoredCorrections) {
  return {
    loadSettings: vi.fn(async () => ({ ...defaultSettings(), offSites: ['example.com'] })),
    saveSettings: vi.fn(async () => undefined),
    loadCorrections: vi.fn(async () => stored),
    saveCorrections: vi.fn(async () => undefined),
    about: vi.fn(async () => ({ version: '0.1.0', datasetAsOf: '2026-11-26', sources: 1846 })),
    download: vi.fn(),
  } satisfies OptionsApi;
}

async function mount(api: OptionsApi) {
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  await act(async () => render(<Options api={api} />, host));
  await act(async () => new Promise((r) => setTimeout(r, 0)));
  return host;
}

describe('Options', () => {
  it('saves kinds, sensitivity and sites; lists, undoes and exports corrections; shows version and dataset date', async () => {
    const stored: StoredCorrections = {
      version: 1,
      items: [
        hideSource('tass', 'TASS', 2),
        { id: 'q1', kind: 'not-quote', page: 'https://news.example/a', text: 'we are ready', prefix: '', suffix: '', at: 1 },
      ],
    };
    const api = fakeApi(stored);
    const host = await mount(api);
    const box = host.querySelector<HTMLInputElement>('input[data-kind="claim"]')!;
    expect(box.checked).toBe(true);
    await act(async () => box.click());
    expect(api.saveSettings).toHaveBeenLastCalledWith(expect.objectContaining({ kinds: expect.objectContaining({ claim: false }) }));
    const select = host.querySelector<HTMLSelectElement>('.sl-o-sensitivity')!;
    await act(async () => {
      select.value = 'more';
      select.dispatchEvent(new Event('change'));
    });
    expect(api.saveSettings).toHaveBeenLastCalledWith(expect.objectContaining({ sensitivity: 'more' }));
    expect(host.querySelector('.sl-o-sites')?.textContent).toContain('example.com');
    await act(async () => host.querySelector<HTMLButtonElement>('.sl-o-site-on')!.click());
    expect(api.saveSettings).toHaveBeenLastCalledWith(expect.objectContaining({ offSites: [] }));
    // Newest first; each with Undo.
    const items = [...host.querySelectorAll('.sl-o-correction')];
    expect(items.map((li) => li.getAttribute('data-id'))).toEqual(['hide-source:tass', 'q1']);
    expect(items[1]!.textContent).toContain('Not a quote');
    await act(async () => items[1]!.querySelector<HTMLButtonElement>('.sl-o-undo')!.click());
    expect(api.saveCorrections).toHaveBeenLastCalledWith(expect.objectContaining({ items: [stored.items[0]] }));
    expect(host.querySelectorAll('.sl-o-correction')).toHaveLength(1);
    await act(async () => host.querySelector<HTMLButtonElement>('.sl-o-export')!.click());
    const [name, text] = api.download.mock.calls[0]!;
    expect(name).toBe('sourcelight-corrections.json');
    expect(JSON.parse(text)).toMatchObject({ schema: 'sourcelight/corrections@1', items: [{ id: 'hide-source:tass' }] });
    expect(host.querySelector('.sl-o-version')?.textContent).toBe('Version 0.1.0 · dataset as of 2026-11-26 (1846 sources)');
    expect(host.textContent).toContain('State Media Matrix');
  });
});
