/**
 * The in-page card: Sourcelight's only element on a page, appended to <html> (never inside the
 * article) when a card is shown and removed when it closes. It is ours alone:
 * - the host is a plain `div`, a built-in element: a page cannot pre-define or upgrade it the way it
 *   can define a custom-element name before us (which made every hover throw);
 * - its shadow root is **closed**, so page scripts cannot read or rewrite the card
 *   (`host.shadowRoot` is null for them; our content script keeps the only reference);
 * - its inline style resets everything with `all: initial !important` and then sets its own
 *   position and display as `!important`: an inline important declaration outranks every rule of
 *   the page's style sheets, so page CSS cannot hide, move or restyle it.
 * Styles live inside the shadow root, so the page's styles and ours never meet.
 */
import { render } from 'preact';
import { InPageCard, type CardTarget } from '../components/InPageCard';
import cardCss from '../components/card.css?inline';

const OVERLAY_CSS = `
.sl-overlay { box-sizing: border-box; width: min(360px, calc(100vw - 16px)); max-height: 60vh; overflow: auto;
  background: #fff; color: #1b1b1f; border: 1px solid #d6d3e8; border-radius: 8px; padding: 8px 10px;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', sans-serif; position: relative; }
@media (prefers-color-scheme: dark) { .sl-overlay { background: #1d1d22; color: #ececf1; border-color: #3a3946; } }
.sl-overlay-title { margin: 0 22px 4px 0; }
.sl-close { position: absolute; top: 4px; right: 6px; border: 0; background: none; color: inherit; font-size: 18px; cursor: pointer; line-height: 1; }
.sl-close:focus-visible, summary:focus-visible { outline: 2px solid #5b3fd1; }
ol, ul { list-style: none; margin: 0 0 4px; padding: 0; }
`;

/** The host's own inline style, each declaration important (set in this order: `all` first). */
const HOST_STYLE: [string, string][] = [
  ['all', 'initial'],
  ['display', 'block'],
  ['position', 'fixed'],
  ['z-index', '2147483647'],
  ['top', '0'],
  ['left', '0'],
  ['visibility', 'visible'],
  ['opacity', '1'],
  ['pointer-events', 'auto'],
];

export class CardOverlay {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private mount: HTMLElement | null = null;
  current: CardTarget | null = null;

  constructor(private readonly doc: Document) {}

  /** Shows `target`'s card beside `rect` (viewport coordinates). */
  show(target: CardTarget, rect: DOMRect): void {
    if (!this.host) {
      this.host = this.doc.createElement('div');
      this.shadow = this.host.attachShadow({ mode: 'closed' });
      const style = this.doc.createElement('style');
      style.textContent = cardCss + OVERLAY_CSS;
      this.mount = this.doc.createElement('div');
      this.shadow.append(style, this.mount);
    }
    // Set on every show: a page that rewrote the style attribute gets ours back.
    for (const [prop, value] of HOST_STYLE) this.host.style.setProperty(prop, value, 'important');
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    this.current = target;
    render(<InPageCard target={target} onClose={() => this.hide()} />, this.mount!);
    this.place(rect);
  }

  /** Removes the card and its host from the page. */
  hide(): void {
    if (!this.host) return;
    render(null, this.mount!);
    this.host.remove();
    this.current = null;
  }

  /** Whether an event target (or point's element) is inside the card. */
  contains(node: EventTarget | null): boolean {
    return Boolean(this.host && node && (node === this.host || this.host.contains(node as Node)));
  }

  get isOpen(): boolean {
    return Boolean(this.host?.isConnected);
  }

  /** The open card's text (null when closed): only our own scripts can read it, for the popup's and tests' `state`. */
  get text(): string | null {
    return this.isOpen ? (this.mount?.textContent ?? '') : null;
  }

  /**
   * The open card's buttons and where they sit (viewport coordinates), named by their `data-correct`
   * value or first class: for `state`, so an e2e test can click one with a real mouse although the page
   * (and the test's page-side scripts) cannot see into the closed shadow root.
   */
  get controls(): { name: string; x: number; y: number }[] {
    if (!this.isOpen || !this.mount) return [];
    return [...this.mount.querySelectorAll('button')].map((b) => {
      const r = b.getBoundingClientRect();
      return { name: b.dataset.correct ?? b.classList[0] ?? '', x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
  }

  private place(rect: DOMRect): void {
    const host = this.host!;
    const view = this.doc.defaultView!;
    const width = Math.min(360, view.innerWidth - 16);
    const left = Math.max(8, Math.min(rect.left, view.innerWidth - width - 8));
    const below = rect.bottom + 6;
    const height = this.shadow!.querySelector('.sl-overlay')?.getBoundingClientRect().height ?? 200;
    const top = below + height > view.innerHeight && rect.top - height - 6 > 0 ? rect.top - height - 6 : below;
    host.style.setProperty('transform', `translate(${Math.round(left)}px, ${Math.round(top)}px)`, 'important');
  }
}
