/**
 * The popup (the face): switches per kind, claim sensitivity, and the page's roster: people with
 * their quotes, photos as credit chains, claims with reasons, sources with context cards.
 * Clear states for loading, pages Sourcelight cannot read, and pages that are not articles.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PopupApi } from '../entrypoints/popup/api';
import { HIGHLIGHT_KINDS, type HighlightKind, type Report } from '../core/report';
import { SENSITIVITIES, type Sensitivity, type Settings } from '../core/settings';
import { buildRoster, type Roster } from '../core/roster';
import { SourceCard } from './SourceCard';
import { typeLabel } from '../core/dataset';
import { CreditChain } from './CreditChain';
import { SiteCard } from './SiteCard';
import { claimsLanguage } from '../core/claims/language';

const KIND_LABELS: Record<HighlightKind, string> = {
  quote: 'Quotes',
  speaker: 'Speakers',
  credit: 'Photo credits',
  claim: 'Claims',
  source: 'Sources',
};

type Loaded =
  | { state: 'loading' }
  | { state: 'unreachable' }
  | { state: 'empty' }
  | { state: 'report'; tabId: number; report: Report };

export function Popup({ api }: { api: PopupApi }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);

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
  const roster = useMemo(() => (report && settings ? buildRoster(report, settings) : null), [report, settings]);

  const update = (next: Settings) => {
    setSettings(next);
    void api.saveSettings(next);
  };

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
      {loaded.state === 'loading' && <p class="sl-state">Reading this page…</p>}
      {loaded.state === 'unreachable' && (
        <p class="sl-state" role="status">
          Sourcelight can’t read this tab. It works on web pages (http and https), not on browser or extension pages.
        </p>
      )}
      {loaded.state === 'empty' && (
        <p class="sl-state sl-empty" role="status">
          No article on this page. Sourcelight lights up quotes, photo credits, claims and sources in news articles;
          this page doesn’t look like one.
        </p>
      )}
      {loaded.state === 'report' && roster && (
        <RosterView report={loaded.report} roster={roster} onQuote={(i) => void api.scrollTo(loaded.tabId, i)} />
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

function RosterView({ report, roster, onQuote }: { report: Report; roster: Roster; onQuote: (i: number) => void }) {
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
        {roster.people.length === 0 && <p class="sl-none">No quotes found.</p>}
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
              <Quotes quotes={p.quotes} onQuote={onQuote} />
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
          roster.claims.length === 0 && <p class="sl-none">No checkable claims at this sensitivity.</p>
        )}
        <ul class="sl-claims">
          {roster.claims.slice(0, claims).map((c) => (
            <li class="sl-claim">
              <button type="button" class="sl-claim-text" onClick={() => onQuote(c.index)} title="Show in the page">
                {c.text}
              </button>
              <span class="sl-why">
                {Math.round(c.score * 100)}%{c.reasons.length > 0 && ` · why: ${c.reasons.join(', ')}`}
              </span>
            </li>
          ))}
        </ul>
        <More total={roster.claims.length} shown={claims} onMore={moreClaims} what="claims" />
      </section>
      <section aria-labelledby="sl-sources">
        <h2 id="sl-sources">Sources</h2>
        {roster.sourcesByType.length === 0 && <p class="sl-none">No known sources named.</p>}
        {roster.sourcesByType.map((group) => {
          // The first `cards` cards in all, group by group: later groups wait for "Show more".
          const here = group.cards.slice(0, cardsLeft);
          cardsLeft -= here.length;
          return here.length === 0 ? null : (
            <div class="sl-source-group">
              <h3>{typeLabel(group.type)}</h3>
              {here.map((card) => (
                <SourceCard card={card} />
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
function Quotes({ quotes, onQuote }: { quotes: Roster['people'][number]['quotes']; onQuote: (i: number) => void }) {
  const [shown, more] = useShown(FIRST_QUOTES);
  return (
    <>
      <ul class="sl-quotes">
        {quotes.slice(0, shown).map((q) => (
          <li>
            <button type="button" class="sl-quote" onClick={() => onQuote(q.index)} title={q.cue ? `Show in the page · a quote by its cue “${q.cue}”` : 'Show in the page'}>
              {q.direct ? `“${q.text}”` : q.text}
            </button>
          </li>
        ))}
      </ul>
      <More total={quotes.length} shown={shown} onMore={more} what="quotes" />
    </>
  );
}
