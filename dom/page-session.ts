/**
 * One page's life in the content script: gate, extract (in slices), ask the background for a report,
 * paint; repaint when settings change or the user toggles everything; re-annotate when the article
 * changes (live blogs, infinite scroll); show a card beside a highlighted source, speaker or credit.
 * Everything it sets up dies with the AbortSignal it is given (the content-script context).
 */
import { judgeArticle, findArticleRoot } from '../core/article';
import { type MappedBlock } from '../core/blocks';
import { extractWithLeadFigures } from '../core/credits/lead-figures';
import { jsonLdCreditBlocksStepwise } from '../core/json-ld';
import { readPageMeta } from '../core/site';
import type { ArticleVerdict } from '../core/report';
import type { AnnotateReply, ContentState, CorrectReply, ToBackground, ToContent } from '../core/messages';
import type { Report } from '../core/report';
import { parseSettings, type Settings } from '../core/settings';
import { clearHighlights, isShown, paintHighlights, rangesFor, restoreHighlights, type Painting, type PaintedRange } from './paint';
import { runSliced, yieldToPage } from './slice';
import { ChangeBatcher } from './settle';
import { isHtmlDocument } from './html-document';
import type { CardOverlay } from './overlay';
import { ext, onMessage } from './ext-api';
import { benchMark } from './bench-mark';
import type { CardFix, CardTarget } from '../components/InPageCard';
import type { CorrectionKind } from '../core/corrections';

/** How long the article must be quiet before changes are re-annotated. */
export const SETTLE_MS = 300;
/** While changes continue, the article is still re-read at least this often. */
export const MAX_WAIT_MS = 2000;
/** How often what we painted is checked against the page's highlight entries. */
const VERIFY_MS = 1000;
/** A selection change opens a card only this soon after the user's own key press or click (a page's script can move the selection too). */
const USER_INPUT_MS = 1000;
/** How long the pointer rests on a claim before its "why" card shows. */
const CLAIM_DWELL_MS = 450;

/** Runs Sourcelight on the current document until `signal` aborts. */
export async function startPageSession(doc: Document, url: string, signal: AbortSignal): Promise<void> {
  // `npm run bench -- --floor 0|1` builds with this set, to measure what loading costs before any
  // real work; in every other build it is undefined and the bundler drops the branch.
  if (import.meta.env.VITE_SL_FLOOR) return floor(doc, url, import.meta.env.VITE_SL_FLOOR);
  benchMark('start');
  if (!isHtmlDocument(doc)) return;
  const verdict = judgeArticle(doc);
  // On a very long page the gate and the root search each take a few tens of milliseconds: the page
  // gets its main thread back between them.
  await yieldToPage();
  if (signal.aborted) return;
  if (!verdict.isArticle) {
    // The gate let the page through but it is no article after all, or a single-page app's new view
    // is none: drop any old report and tell a waiting popup.
    await send({ type: 'clear' }).catch(() => undefined);
    return;
  }
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return; // a browser without the Highlight API
  const root = findArticleRoot(doc);
  await yieldToPage();
  if (signal.aborted) return;
  const session = new PageSession(doc, root, url, verdict, signal);
  await session.start();
}

/**
 * The bench's floor builds. Level 0: the gate, the background's loading of this script and its start,
 * then one empty highlight so the bench sees a paint. Level 1: also the article verdict, the article
 * root and one round trip to the background with no blocks, the least a real run must do besides
 * reading the text, detecting and painting.
 */
async function floor(doc: Document, url: string, level: string): Promise<void> {
  if (level !== '0') {
    const article = judgeArticle(doc);
    await yieldToPage();
    findArticleRoot(doc);
    await yieldToPage();
    await send({ type: 'annotate', url, title: doc.title || null, article, blocks: [] });
  }
  CSS.highlights.set('sourcelight-quote', new Highlight());
}

class PageSession {
  private report: Report | null = null;
  private painted: PaintedRange[] = [];
  private settings: Settings = parseSettings(undefined);
  private hidden = false;
  private counts: Record<string, number> = {};
  /** What we painted last, to notice a page's edits to our highlight entries. */
  private painting: Painting | null = null;
  /** How many times a page's edit to our highlights was undone (in `state`, for the popup and tests). */
  private restored = 0;
  private verifiedAt = -Infinity;
  private dirty = false;
  private running: Promise<void> | null = null;
  /** Where the popup's scroll-to left the page: that scroll keeps the card it opened. */
  private scrolledTo: { x: number; y: number } | null = null;
  private readonly changes = new ChangeBatcher(() => void this.annotate(), SETTLE_MS, MAX_WAIT_MS);
  /** The in-page card, loaded the first time it is needed. */
  private overlay: CardOverlay | null = null;

  constructor(
    private readonly doc: Document,
    private readonly root: Element,
    private readonly url: string,
    private readonly verdict: ArticleVerdict,
    private readonly signal: AbortSignal,
  ) {}

  private async showCard(target: CardTarget, rect: DOMRect): Promise<void> {
    if (!this.overlay) {
      const { CardOverlay } = await import('./overlay');
      this.overlay ??= new CardOverlay(this.doc);
    }
    if (!this.signal.aborted) this.overlay.show(target, rect);
  }

  async start(): Promise<void> {
    const { signal } = this;
    onMessage((raw) => this.onMessage(raw as ToContent), signal);
    // Changes are only queued here; the work happens once the article has been quiet for a moment.
    const observer = new MutationObserver(() => this.changes.queue());
    observer.observe(this.root, { childList: true, subtree: true, characterData: true });
    this.listenForCards();
    const verify = setInterval(() => this.doc.visibilityState !== 'hidden' && this.verifyHighlights(), VERIFY_MS);
    signal.addEventListener('abort', () => {
      observer.disconnect();
      this.changes.cancel();
      clearInterval(verify);
      this.overlay?.hide();
      clearHighlights();
    });
    await this.annotate();
  }

  /** Extracts, asks the background, paints. One run at a time; changes during a run trigger one more. */
  private async annotate(): Promise<void> {
    if (this.running) {
      this.dirty = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.dirty = false;
        await this.annotateOnce();
      } while (this.dirty && !this.signal.aborted);
    })();
    try {
      await this.running;
    } finally {
      this.running = null;
    }
  }

  private async annotateOnce(): Promise<void> {
    // The root's blocks and, before them, the captions of lead pictures between the <h1> and the root.
    const mapped = await runSliced(extractWithLeadFigures(this.doc, this.root), this.signal);
    if (!mapped || this.signal.aborted) return;
    const pageBlocks = mapped.map((m) => m.block);
    // Sliced like the extraction: a page listing 10,000 figures in JSON-LD makes no long task.
    const ldBlocks = await runSliced(jsonLdCreditBlocksStepwise(this.doc, pageBlocks), this.signal);
    if (!ldBlocks || this.signal.aborted) return;
    const first = this.report === null;
    if (first) benchMark('sent');
    const reply = (await send({
      type: 'annotate',
      url: this.url,
      title: this.doc.title || null,
      article: this.verdict,
      blocks: [...pageBlocks, ...ldBlocks],
      page: readPageMeta(this.doc),
    })) as AnnotateReply | null;
    if (!reply?.report || this.signal.aborted) return;
    if (first) benchMark('reply');
    const { report } = reply;
    this.settings = parseSettings(reply.settings);
    const maps = new Map<string, MappedBlock>(mapped.map((m) => [m.block.id, m]));
    const painted = await rangesFor(this.doc, report, maps, this.signal);
    if (this.signal.aborted) return;
    this.report = report;
    this.painted = painted;
    this.repaint();
    if (first) benchMark('painted');
    // A popup that asked while this report was on its way waits for this (see findReport).
    if (first) await send({ type: 'painted' }).catch(() => undefined);
  }

  private repaint(): void {
    if (!this.report || this.signal.aborted) return;
    this.painting = paintHighlights(this.painted, this.report, this.settings, this.hidden);
    this.counts = this.painting.counts;
    if (this.hidden) this.overlay?.hide();
  }

  private onMessage(msg: ToContent): Promise<unknown> | undefined {
    if (msg?.type === 'toggle-all') {
      this.hidden = !this.hidden;
      this.repaint();
      return Promise.resolve(this.state());
    }
    if (msg?.type === 'state') return Promise.resolve(this.state());
    if (msg?.type === 'settings') {
      this.settings = parseSettings(msg.settings);
      this.repaint();
      return Promise.resolve(this.state());
    }
    if (msg?.type === 'reannotate') {
      void this.annotate();
      return Promise.resolve(true);
    }
    if (msg?.type === 'scroll-to') {
      const target = this.painted.find((p) => p.index === msg.index && p.kind !== 'speaker');
      const el = target?.range.startContainer.parentElement;
      el?.scrollIntoView({ block: 'center' });
      // From the popup's list (by click or keyboard focus): the item's card opens beside it too.
      const withCard = this.painted.find((p) => p.index === msg.index && p.kind !== 'quote' && this.cardTarget(p));
      const card = withCard && this.cardTarget(withCard);
      // The scroll event of this very scroll must not close the card (see listenForCards).
      const view = this.doc.defaultView;
      if (view) this.scrolledTo = { x: view.scrollX, y: view.scrollY };
      if (withCard && card && !this.hidden) void this.showCard(card, withCard.range.getBoundingClientRect());
      return Promise.resolve(Boolean(el));
    }
    return undefined;
  }

  private state(): ContentState {
    this.verifyHighlights();
    return { annotated: this.report !== null, hidden: this.hidden, painted: this.counts, restored: this.restored, card: this.overlay?.text ?? null, cardControls: this.overlay?.controls ?? [] };
  }

  /** Undoes any page edit to our highlight entries (called on interaction, on `state` and every second). */
  private verifyHighlights(fromInput = false): void {
    if (!this.painting || this.signal.aborted) return;
    // Interaction comes many times a second; one check per 200 ms is enough for it (linear in the ranges).
    const now = performance.now();
    if (fromInput && now - this.verifiedAt < 200) return;
    this.verifiedAt = now;
    if (restoreHighlights(this.painting).length > 0) this.restored++;
  }

  /** Hover (mouse) or the selection/caret (keyboard) inside a highlighted source, speaker or credit shows its card. */
  private listenForCards(): void {
    const { doc, signal } = this;
    let frame = 0;
    let last: PaintedRange | null = null;
    let hideTimer: ReturnType<typeof setTimeout> | undefined;
    let showTimer: ReturnType<typeof setTimeout> | undefined;
    // Only the user's own input counts: a page can dispatch mouse and key events of its own
    // (`isTrusted` false), and can move the selection by script.
    let lastInput = -Infinity;
    const noteInput = (e: Event) => {
      if (e.isTrusted && (!(e instanceof KeyboardEvent) || SELECTION_KEYS.test(e.key))) lastInput = e.timeStamp;
    };
    for (const type of ['keydown', 'pointerdown', 'mousedown', 'pointerup'] as const) {
      doc.addEventListener(type, noteInput, { passive: true, signal, capture: true });
    }
    const update = (hit: PaintedRange | null, keepIfOverCard: boolean) => {
      if (hit === last && (hit === null) === !this.overlay?.isOpen) return;
      clearTimeout(hideTimer);
      if (!hit) {
        if (keepIfOverCard) return;
        hideTimer = setTimeout(() => {
          last = null;
          this.overlay?.hide();
        }, 250);
        return;
      }
      const target = this.cardTarget(hit);
      if (!target) return;
      last = hit;
      clearTimeout(showTimer);
      // A claim is a whole sentence: show its card only when the pointer rests on it.
      const show = () => last === hit && void this.showCard(target, hit.range.getBoundingClientRect());
      if (hit.kind === 'claim' && !this.overlay?.isOpen) showTimer = setTimeout(show, CLAIM_DWELL_MS);
      else show();
    };
    doc.addEventListener(
      'mousemove',
      (e) => {
        if (!e.isTrusted || frame || this.hidden || !this.report) return;
        const { clientX, clientY, target } = e;
        frame = requestAnimationFrame(() => {
          frame = 0;
          this.verifyHighlights(true);
          const overCard = Boolean(this.overlay?.contains(target));
          update(overCard ? last : this.hitAt(clientX, clientY), overCard);
        });
      },
      { passive: true, signal },
    );
    const fromSelection = () => {
      const sel = doc.getSelection();
      if (!sel?.anchorNode || this.hidden || !this.report || !this.root.contains(sel.anchorNode)) return;
      const hit = this.hitAtPoint(sel.anchorNode, sel.anchorOffset);
      if (hit) update(hit, false);
    };
    doc.addEventListener(
      'selectionchange',
      (e) => {
        if (e.isTrusted && e.timeStamp - lastInput <= USER_INPUT_MS) fromSelection();
      },
      { signal },
    );
    // The caret where the user's own selection key left it (a browser without caret browsing may not
    // move a collapsed selection, and then fires no selectionchange).
    doc.addEventListener('keyup', (e) => e.isTrusted && SELECTION_KEYS.test(e.key) && fromSelection(), { passive: true, signal, capture: true });
    doc.addEventListener(
      'keydown',
      (e) => {
        if (e.isTrusted && e.key === 'Escape' && this.overlay?.isOpen) {
          last = null;
          this.overlay.hide();
        }
      },
      { signal, capture: true },
    );
    doc.defaultView?.addEventListener(
      'scroll',
      () => {
        this.verifyHighlights(true);
        const view = doc.defaultView!;
        const ours = this.scrolledTo && this.scrolledTo.x === view.scrollX && this.scrolledTo.y === view.scrollY;
        this.scrolledTo = null;
        if (!ours && this.overlay?.isOpen) {
          last = null;
          this.overlay.hide();
        }
      },
      { passive: true, signal },
    );
  }

  private hitAt(x: number, y: number): PaintedRange | null {
    const doc = this.doc as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
    const pos = doc.caretPositionFromPoint?.(x, y);
    if (pos) return this.hitAtPoint(pos.offsetNode, pos.offset);
    const range = doc.caretRangeFromPoint?.(x, y);
    return range ? this.hitAtPoint(range.startContainer, range.startOffset) : null;
  }

  private hitAtPoint(node: Node, offset: number): PaintedRange | null {
    if (!this.report || node.nodeType !== 3 || !this.root.contains(node)) return null;
    let best: PaintedRange | null = null;
    for (const p of this.painted) {
      if (p.kind === 'quote') continue;
      if (!isShown(p, this.report, this.settings)) continue;
      try {
        // The end is exclusive: a caret just after the last letter is not inside.
        if (!p.range.isPointInRange(node, offset) || (p.range.endContainer === node && p.range.endOffset === offset)) continue;
      } catch {
        continue;
      }
      if (!best || PREFERENCE[p.kind] > PREFERENCE[best.kind]) best = p;
    }
    return best;
  }

  private cardTarget(p: PaintedRange): CardTarget | null {
    const a = this.report?.annotations[p.index];
    const sources = this.report?.sources ?? {};
    if (!a) return null;
    if (p.kind === 'source' && a.kind === 'source') {
      return sources[a.sourceId] ? { kind: 'source', card: sources[a.sourceId]!, fix: this.fix(p.index, ['hide-source'], a.sourceId) } : null;
    }
    if (p.kind === 'credit' && a.kind === 'credit') return { kind: 'credit', text: a.text, chain: a.chain, sources, fix: this.fix(p.index, ['not-credit']) };
    if (p.kind === 'claim' && a.kind === 'claim') return { kind: 'claim', score: a.score, reasons: a.reasons, fix: this.fix(p.index, ['not-claim']) };
    if (p.kind === 'speaker' && a.kind === 'quote') {
      return {
        kind: 'speaker', speaker: a.speaker, card: a.speaker.sourceId ? sources[a.speaker.sourceId] ?? null : null,
        fix: this.fix(p.index, ['wrong-speaker', 'not-quote']),
      };
    }
    return null;
  }

  /** The card's corrections: sent to the background, which stores them and has every tab read again. */
  private fix(index: number, kinds: CorrectionKind[], sourceId?: string): CardFix {
    return {
      kinds,
      handlers: {
        correct: async (kind, speaker) => ((await send({ type: 'correct', index, kind, speaker, sourceId })) as CorrectReply)?.id ?? null,
        undo: async (id) => void (await send({ type: 'undo-correction', id })),
      },
    };
  }
}

/** Keys that move the selection or caret. */
const SELECTION_KEYS = /^(Arrow(Left|Right|Up|Down)|Home|End|Page(Up|Down))$/;

/** The narrowest thing wins: a source inside a credit shows the source's card; a claim's card shows only over plain claim text. */
const PREFERENCE: Record<string, number> = { claim: 0, credit: 1, speaker: 2, source: 3 };

function send(msg: ToBackground): Promise<unknown> {
  return ext.runtime.sendMessage(msg);
}
