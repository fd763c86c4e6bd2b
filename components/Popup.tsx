/**
 * The popup (the face): switches per kind, claim sensitivity, and the page's roster: people with
 * their quotes, photos as credit chains, claims with reasons, sources with context cards.
 * Clear states for loading, pages Sourcelight cannot read, and pages that are not articles.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PopupApi } from '../entrypoints/popup/api';
import { HIGHLIGHT_KINDS, type HighlightKind, type Report } from '../core/report';
import { SENSITIVITIES, isOffOn, siteKey, withSite, type Sensitivity, type Settings } from '../core/settings';
import { buildRoster, type Roster } from '../core/roster';
import { SourceCard } from './SourceCard';
import { typeLabel } from '../core/dataset';
import { CreditChain } from './CreditChain';
import { SiteCard } from './SiteCard';
import { claimsLanguage } from '../core/claims/language';
import { toMarkdown } from '../core/markdown';
import { setLanguage, t } from './i18n';
import { CLAIM_THRESHOLDS } from '../core/settings';
import { CORRECTION_LABELS, CorrectMenu, type CorrectHandlers } from './CorrectMenu';

/** Builds the correction handlers of one list item (an annotation index, or a source card by id). */
type FixFor = (target: { index?: number; sourceId?: string }) => CorrectHandlers;

import { scoreWords, signalWords } from '../core/claims/words';

/** Kind names in the interface language (getters: read when rendered). */
const KIND_LABELS: Record<HighlightKind, string> = {
  get quote() { return t('kindQuote'); },
  get speaker() { return t('kindSpeaker'); },
  get credit() { return t('kindCredit'); },
  get claim() { return t('kindClaim'); },
  get source() { return t('kindSource'); },
};

type Loaded =
  | { state: 'loading' }
  | { state: 'unreachable' }
  | { state: 'empty' }
  | { state: 'report'; tabId: number; report: Report };

export function Popup({ api }: { api: PopupApi }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);

  const [pageUrl, setPageUrl] = useState<string | null>(null);
  useEffect(() => {
    void api.pageUrl().then(setPageUrl).catch(() => undefined);
  }, [api]);

  useEffect(() => {
    void api.loadSettings().then(setSettings);
    let tabId: number | null = null;
    let latest = 0;
    const load = () => {
      const call = ++latest;
      void api.loadReport().then((reply) => {
        if (call !== latest) return; // a newer load is on its way
        if (reply && reply !== 'unreachable') tabId = reply.tabId;
        if (reply === 'unreachable') setLoaded({ state: 'unreachable' });
        else if (reply && 'pending' in reply) setLoaded({ state: 'loading' });
        else if (!reply || !reply.report.article.isArticle) setLoaded({ state: 'empty' });
        else setLoaded({ state: 'report', tabId: reply.tabId, report: reply.report });
      });
    };
    load();
    // The page may still be being read, or change later (a live blog): follow its report.
    return api.onReportChanged((changed) => {
      if (tabId === null || changed === tabId) load();
    });
  }, [api]);

  const report = loaded.state === 'report' ? loaded.report : null;
  // The language chosen in the options page overrides the browser's; set before this render's strings.
  if (settings) setLanguage(settings.language);
  const roster = useMemo(() => (report && settings ? buildRoster(report, settings) : null), [report, settings]);

  const update = (next: Settings) => {
    setSettings(next);
    void api.saveSettings(next);
  };

  // Corrections: the item leaves its list when the new report arrives, so its Undo lives up here.
  const [undo, setUndo] = useState<{ id: string; label: string } | null>(null);
  const fixFor: FixFor = (target) => ({
    correct: async (kind, speaker) => {
      if (loaded.state !== 'report') return null;
      const id = await api.correct(loaded.tabId, target, kind, speaker);
      if (id) setUndo({ id, label: CORRECTION_LABELS[kind] });
      return id;
    },
    undo: async (id) => {
      await api.undoCorrection(id);
      setUndo(null);
    },
  });

  return (
    <main class="sl-popup" aria-busy={loaded.state === 'loading'}>
      <header class="sl-header">
        <h1>Sourcelight</h1>
        {loaded.state === 'report' && loaded.report.title && <p class="sl-page-title">{loaded.report.title}</p>}
      </header>
      {loaded.state === 'report' && loaded.report.site && (
        <SiteCard site={loaded.report.site} card={loaded.report.site.sourceId ? (loaded.report.sources[loaded.report.site.sourceId] ?? null) : null} />
      )}
      {settings && <Switches settings={settings} onChange={update} counts={roster?.counts ?? null} />}
      <Shortcut api={api} />
      {settings && <SiteSwitch settings={settings} url={pageUrl} onChange={update} onOptions={() => void api.openOptions()} />}
      {settings && isOffOn(settings, pageUrl) ? (
        <p class="sl-state sl-off" role="status">
          {t('stateOff')}
        </p>
      ) : (
        <>
      {loaded.state === 'loading' && <p class="sl-state">{t('stateLoading')}</p>}
      {loaded.state === 'unreachable' && (
        <p class="sl-state" role="status">
          {t('stateUnreachable')}
        </p>
      )}
      {loaded.state === 'empty' && (
        <p class="sl-state sl-empty" role="status">
          {t('stateEmpty')}
        </p>
      )}
      {undo && (
        <p class="sl-undo-bar" role="status">
          Corrected: {undo.label.toLowerCase()}. Saved on this device.{' '}
          <button type="button" class="sl-undo" onClick={() => void api.undoCorrection(undo.id).then(() => setUndo(null))}>
            Undo
          </button>
        </p>
      )}
      {loaded.state === 'report' && loaded.report.partial && (
        <p class="sl-state sl-partial" role="status">
          {t('statePartial')}
        </p>
      )}
      {loaded.state === 'report' && roster && (
        <RosterView report={loaded.report} roster={roster} onQuote={(i) => void api.scrollTo(loaded.tabId, i)} fix={fixFor} />
      )}
      {loaded.state === 'report' && settings && <Export api={api} report={loaded.report} settings={settings} />}
        </>
      )}
    </main>
  );
}

function Switches({ settings, onChange, counts }: { settings: Settings; onChange: (s: Settings) => void; counts: Record<HighlightKind, number> | null }) {
  return (
    <section class="sl-switches" aria-label="Highlights">
      {HIGHLIGHT_KINDS.map((kind) => (
        <button
          type="button"
          role="switch"
          aria-checked={settings.kinds[kind]}
          class={`sl-switch sl-kind-${kind}`}
          data-kind={kind}
          title={counts ? COUNT_TITLES[kind](counts[kind]) : undefined}
          onClick={() => onChange({ ...settings, kinds: { ...settings.kinds, [kind]: !settings.kinds[kind] } })}
        >
          <span class="sl-swatch" aria-hidden="true" />
          {KIND_LABELS[kind]}
          {counts && <span class="sl-count">{counts[kind]}</span>}
        </button>
      ))}
      <label class="sl-sensitivity">
        Claims:{' '}
        <select
          value={settings.sensitivity}
          onChange={(e) => onChange({ ...settings, sensitivity: (e.currentTarget as HTMLSelectElement).value as Sensitivity })}
        >
          {SENSITIVITIES.map((s) => (
            <option value={s}>{s === 'fewer' ? 'fewer' : s === 'balanced' ? 'balanced' : 'more'}</option>
          ))}
        </select>
      </label>
    </section>
  );
}

/** The toggle shortcut as the browser has it (the reader changes it on the browser's own shortcuts page). */
function Shortcut({ api }: { api: PopupApi }) {
  const [keys, setKeys] = useState<string | null>(null);
  useEffect(() => void api.shortcut().then(setKeys).catch(() => undefined), [api]);
  if (keys === null) return null;
  return (
    <p class="sl-shortcut">
      {keys ? (
        <>
          <kbd>{keys}</kbd> hides or shows all highlights on this tab.
        </>
      ) : (
        'No shortcut set for hiding all highlights.'
      )}{' '}
      Change it on the browser’s shortcuts page (Chrome: chrome://extensions/shortcuts; Firefox: Add-ons › ⚙ › Manage Extension Shortcuts).
    </p>
  );
}

/** "Copy as Markdown" (the CLI's --format markdown sheet, at this sensitivity) and "Download JSON" (the report). */
function Export({ api, report, settings }: { api: PopupApi; report: Report; settings: Settings }) {
  const [done, setDone] = useState<string | null>(null);
  const name = (siteKey(report.url) ?? 'page').replace(/[^a-z0-9.-]/gi, '_');
  return (
    <section class="sl-export" aria-label="Export">
      <button
        type="button"
        class="sl-copy-md"
        onClick={() =>
          void api
            .copyText(toMarkdown(report, { claimThreshold: CLAIM_THRESHOLDS[settings.sensitivity] }))
            .then(() => setDone('Copied as Markdown.'), () => setDone('Could not copy: the browser refused the clipboard.'))
        }
      >
        {t('copyMarkdown')}
      </button>{' '}
      <button type="button" class="sl-download-json" onClick={() => api.download(`sourcelight-${name}.json`, JSON.stringify(report, null, 2), 'application/json')}>
        {t('downloadJson')}
      </button>
      {done && <span role="status" class="sl-export-note"> {done}</span>}
    </section>
  );
}

/** One click: Sourcelight off (or back on) on this page's site; and the way to the options page. */
function SiteSwitch({ settings, url, onChange, onOptions }: { settings: Settings; url: string | null; onChange: (s: Settings) => void; onOptions: () => void }) {
  const host = siteKey(url);
  const off = isOffOn(settings, url);
  return (
    <p class="sl-site-switch">
      {host && (
        <button type="button" class="sl-site-toggle" aria-pressed={off} onClick={() => onChange(withSite(settings, url!, !off))}>
          {off ? t('switchBackOn', host) : t('switchOffOn', host)}
        </button>
      )}{' '}
      <button type="button" class="sl-open-options" onClick={onOptions}>
        {t('options')}
      </button>
    </p>
  );
}

/** What each chip's number counts (its tooltip): always the items of its list below. */
const COUNT_TITLES: Record<HighlightKind, (n: number) => string> = {
  quote: (n) => `${n} quotes listed under People`,
  speaker: (n) => `${n} people listed under People`,
  credit: (n) => `${n} photos listed under Photos`,
  claim: (n) => `${n} claims listed under Claims at this sensitivity`,
  source: (n) => `${n} source cards listed under Sources`,
};

/** How many items of a list render at first, and how many more each "Show more" adds (huge reports stay fast). */
export const FIRST_ITEMS = 25;
export const MORE_ITEMS = 100;
/** Quotes shown at first under each person. */
export const FIRST_QUOTES = 5;

/** How many items of each list are rendered; grows on demand. */
function useShown(first: number): [number, () => void] {
  const [n, setN] = useState(first);
  return [n, () => setN((v) => v + MORE_ITEMS)];
}

/** "Show N more" under a list that renders only its first items; nothing when all are shown. */
function More({ total, shown, onMore, what }: { total: number; shown: number; onMore: () => void; what: string }) {
  if (total <= shown) return null;
  const next = Math.min(MORE_ITEMS, total - shown);
  return (
    <button type="button" class="sl-more" onClick={onMore}>
      Show {next} more {what} ({total - shown} not shown)
    </button>
  );
}

function RosterView({ report, roster, onQuote, fix }: { report: Report; roster: Roster; onQuote: (i: number) => void; fix: FixFor }) {
  const [people, morePeople] = useShown(FIRST_ITEMS);
  const [photos, morePhotos] = useShown(FIRST_ITEMS);
  const [claims, moreClaims] = useShown(FIRST_ITEMS);
  const [cards, moreCards] = useShown(FIRST_ITEMS);
  let cardsLeft = cards;
  return (
    <div class="sl-roster">
      <section aria-labelledby="sl-people">
        <h2 id="sl-people">
          People <small>{roster.named} named, {roster.anonymous} unnamed</small>
        </h2>
        {roster.people.length === 0 && <p class="sl-none">{t('noQuotes')}</p>}
        <ul class="sl-people">
          {roster.people.slice(0, people).map((p) => (
            <li class="sl-person">
              <p>
                <strong class="sl-person-name">{p.name ?? 'Unnamed source'}</strong>
                {p.role && <span class="sl-person-role">, {p.role}</span>}
                {(p.kind === 'group' || p.kind === 'organization' || p.kind === 'document') && <span class="sl-person-kind"> · {p.kind}</span>}
                {p.organization && !p.sourceId && <span class="sl-person-org"> ({p.organization})</span>}
              </p>
              {p.sourceId && report.sources[p.sourceId] && <SourceCard card={report.sources[p.sourceId]!} />}
              <Quotes quotes={p.quotes} onQuote={onQuote} fix={fix} />
            </li>
          ))}
        </ul>
        <More total={roster.people.length} shown={people} onMore={morePeople} what="people" />
      </section>
      <section aria-labelledby="sl-photos">
        <h2 id="sl-photos">Photos</h2>
        <p class="sl-photo-summary">{roster.photoSummary}</p>
        <ul class="sl-photos">
          {roster.photos.slice(0, photos).map((photo) => (
            <li class="sl-photo">
              <CreditChain chain={photo.chain} sources={report.sources} />
              <CorrectMenu inlineUndo={false} kinds={['not-credit']} handlers={fix({ index: photo.index })} what="this photo credit" />
            </li>
          ))}
        </ul>
        <More total={roster.photos.length} shown={photos} onMore={morePhotos} what="photos" />
      </section>
      <section aria-labelledby="sl-claims">
        <h2 id="sl-claims">Claims</h2>
        {!claimsLanguage(report.blocks).english ? (
          <p class="sl-none">Claims are marked in English articles only; this page is not in English.</p>
        ) : (
          roster.claims.length === 0 && <p class="sl-none">{t('noClaims')}</p>
        )}
        <ul class="sl-claims">
          {roster.claims.slice(0, claims).map((c) => (
            <li class="sl-claim">
              <button type="button" class="sl-claim-text" onClick={() => onQuote(c.index)} onFocus={() => onQuote(c.index)} title="Show in the page">
                {c.text}
              </button>
              <span class="sl-why">
                {scoreWords(c.score)}
                {c.reasons.length > 0 && ` · why: ${signalWords(c.reasons).join(', ')}`}
              </span>
              <CorrectMenu inlineUndo={false} kinds={['not-claim']} handlers={fix({ index: c.index })} what="this claim" />
            </li>
          ))}
        </ul>
        <More total={roster.claims.length} shown={claims} onMore={moreClaims} what="claims" />
      </section>
      <section aria-labelledby="sl-sources">
        <h2 id="sl-sources">Sources</h2>
        {roster.sourcesByType.length === 0 && <p class="sl-none">{t('noSources')}</p>}
        {roster.sourcesByType.map((group) => {
          // The first `cards` cards in all, group by group: later groups wait for "Show more".
          const here = group.cards.slice(0, cardsLeft);
          cardsLeft -= here.length;
          return here.length === 0 ? null : (
            <div class="sl-source-group">
              <h3>{typeLabel(group.type)}</h3>
              {here.map((card) => (
                <div class="sl-source-item">
                  <SourceCard card={card} />
                  <CorrectMenu inlineUndo={false} kinds={['hide-source']} handlers={fix({ sourceId: card.id })} what={card.name} />
                </div>
              ))}
            </div>
          );
        })}
        <More total={roster.counts.source} shown={cards} onMore={moreCards} what="sources" />
      </section>
    </div>
  );
}

/** One person's quotes: the first few, the rest on demand. */
function Quotes({ quotes, onQuote, fix }: { quotes: Roster['people'][number]['quotes']; onQuote: (i: number) => void; fix: FixFor }) {
  const [shown, more] = useShown(FIRST_QUOTES);
  return (
    <>
      <ul class="sl-quotes">
        {quotes.slice(0, shown).map((q) => (
          <li>
            <button type="button" class="sl-quote" onClick={() => onQuote(q.index)} onFocus={() => onQuote(q.index)} title={q.cue ? `Show in the page · a quote by its cue “${q.cue}”` : 'Show in the page'}>
              {q.direct ? `“${q.text}”` : q.text}
            </button>
            <CorrectMenu inlineUndo={false} kinds={['not-quote', 'wrong-speaker']} handlers={fix({ index: q.index })} what="this quote" />
          </li>
        ))}
      </ul>
      <More total={quotes.length} shown={shown} onMore={more} what="quotes" />
    </>
  );
}
