import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchAddress, WATCH_MS, type NavigationLike } from '../../dom/address-watch';

/** A stand-in for the Navigation API: entries change when `go` is called. */
function fakeNavigation(start: string) {
  const listeners: ((e: { from: { url: string } }) => void)[] = [];
  const nav = {
    currentEntry: { url: start },
    addEventListener: (_type: string, fn: (e: { from: { url: string } }) => void) => listeners.push(fn),
    go(url: string) {
      const from = nav.currentEntry;
      nav.currentEntry = { url };
      for (const fn of listeners) fn({ from });
    },
  };
  return nav;
}

afterEach(() => vi.useRealTimers());

describe('watchAddress', () => {
  it('with the Navigation API: reports each new address, ignores same-address entries, and sets no timer', () => {
    const nav = fakeNavigation('https://news.example/home');
    const setInterval = vi.fn();
    const moved = vi.fn();
    watchAddress({ navigation: nav as unknown as NavigationLike, location: { href: nav.currentEntry.url }, setInterval }, moved);
    nav.go('https://news.example/story/1');
    nav.go('https://news.example/story/1'); // replaceState with the same address
    nav.go('https://news.example/story/2#comments');
    expect(moved.mock.calls).toEqual([['https://news.example/story/1'], ['https://news.example/story/2#comments']]);
    expect(setInterval).not.toHaveBeenCalled();
  });

  it('without it: compares the address once a second and reports a change once', () => {
    vi.useFakeTimers();
    const location = { href: 'https://news.example/home' };
    const moved = vi.fn();
    watchAddress({ location, setInterval: (fn, ms) => setInterval(fn, ms) }, moved);
    vi.advanceTimersByTime(WATCH_MS * 2);
    expect(moved).not.toHaveBeenCalled();
    location.href = 'https://news.example/story/1';
    vi.advanceTimersByTime(WATCH_MS);
    vi.advanceTimersByTime(WATCH_MS * 3);
    expect(moved.mock.calls).toEqual([['https://news.example/story/1']]);
  });
});
