/**
 * The popup's roster, computed from a report: people with their quotes, photos with their chains,
 * claims at the chosen sensitivity, sources grouped by type. Pure, so it is tested without a browser.
 */
import type { ChainLink, HighlightKind, Report, SourceCard, Speaker } from './report';
import { CLAIM_THRESHOLDS, type Settings } from './settings';

export type Person = {
  name: string | null;
  role: string | null;
  organization: string | null;
  sourceId: string | null;
  /** One entry per utterance: all its parts' text (joined by “ … ”) and the cue that made it a quote. */
  quotes: { index: number; text: string; direct: boolean; cue: string | null }[];
  /** What speaks (report@2 `speaker.kind`): a person, a group, an organisation, a document, unnamed. */
  kind?: Speaker['kind'];
};
export type Photo = { index: number; text: string; chain: ChainLink[]; stateControlled: boolean };
export type Roster = {
  people: Person[];
  named: number;
  anonymous: number;
  photos: Photo[];
  photoSummary: string;
  claims: { index: number; text: string; score: number; reasons: string[] }[];
  sourcesByType: { type: string; cards: SourceCard[] }[];
  /**
   * What each kind's chip counts, taken from the lists themselves so they always agree: quotes listed
   * under People, people listed, photos listed, claims at this sensitivity, source cards.
   */
  counts: Record<HighlightKind, number>;
};


/** Builds the roster of a report under the given settings. */
export function buildRoster(report: Report, settings: Settings): Roster {
  const people = new Map<string, Person>();
  const photos: Photo[] = [];
  const claims: Roster['claims'] = [];
  const threshold = CLAIM_THRESHOLDS[settings.sensitivity];
  const blockText = new Map(report.blocks.map((b) => [b.id, b.text]));
  report.annotations.forEach((a, index) => {
    if (a.kind === 'quote') {
      const key = a.speaker.name ? `n:${a.speaker.name}` : `r:${a.speaker.role ?? 'unnamed'}`;
      let person = people.get(key);
      if (!person) {
        person = { name: a.speaker.name, role: a.speaker.role, organization: a.speaker.organization, sourceId: a.speaker.sourceId, kind: a.speaker.kind, quotes: [] };
        people.set(key, person);
      }
      person.role ??= a.speaker.role;
      person.organization ??= a.speaker.organization;
      person.sourceId ??= a.speaker.sourceId;
      const parts = (a.spans ?? [a.span]).map((sp) => blockText.get(sp.block)?.slice(sp.start, sp.end) ?? '').filter(Boolean);
      person.quotes.push({ index, text: parts.length > 1 ? parts.join(' … ') : a.text, direct: a.direct, cue: a.cue ?? null });
    } else if (a.kind === 'credit') {
      const stateControlled = a.chain.some(
        (l) => l.role !== 'distributor' && l.sourceId !== null && report.sources[l.sourceId]?.stateControl === 'SC',
      );
      photos.push({ index, text: a.text, chain: a.chain, stateControlled });
    } else if (a.kind === 'claim' && a.score >= threshold) {
      claims.push({ index, text: a.text, score: a.score, reasons: a.reasons });
    }
  });
  const list = [...people.values()];
  const named = list.filter((p) => p.name).length;
  const fromState = photos.filter((p) => p.stateControlled).length;
  const photoSummary =
    photos.length === 0
      ? 'No photo credits found.'
      : `${photos.length} photo${photos.length === 1 ? '' : 's'}: ${fromState} from state-controlled agencies`;
  const byType = new Map<string, SourceCard[]>();
  for (const card of Object.values(report.sources)) {
    const group = byType.get(card.type);
    if (group) group.push(card);
    else byType.set(card.type, [card]);
  }
  const sourcesByType = [...byType.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, cards]) => ({ type, cards: cards.sort((x, y) => x.name.localeCompare(y.name)) }));
  const counts: Record<HighlightKind, number> = {
    quote: list.reduce((n, p) => n + p.quotes.length, 0),
    speaker: list.length,
    credit: photos.length,
    claim: claims.length,
    source: sourcesByType.reduce((n, g) => n + g.cards.length, 0),
  };
  return { people: list, named, anonymous: list.length - named, photos, photoSummary, claims, sourcesByType, counts };
}

/**
 * The toolbar badge shows one thing: how many checkable claims the popup lists at the chosen
 * sensitivity (nothing when there are none or claims are switched off). Explained in the button's
 * title and the README.
 */
export function badgeCount(roster: Roster, settings: Settings): number {
  return settings.kinds.claim ? roster.claims.length : 0;
}
