/**
 * A readable source sheet of one report (page, site, people, photos, claims, sources): the CLI's
 * `--format markdown` and the popup's "Copy as Markdown" are this one function. Pure.
 */
import { STATE_CONTROL_LABELS, type Report, type SourceCard } from './report';

/**
 * Renders a report as a Markdown source sheet. `claimThreshold` keeps claims at or above a score (the
 * popup passes its sensitivity; the CLI's report is already filtered).
 */
export function toMarkdown(report: Report, opts: { claimThreshold?: number } = {}): string {
  const lines: string[] = [`# ${esc(report.title ?? report.url ?? 'Untitled')}`, ''];
  if (report.url) lines.push(`<${report.url.replace(/[<>\s]/g, encodeURIComponent)}>`, '');
  if (report.site) {
    const card = report.site.sourceId ? report.sources[report.site.sourceId] : undefined;
    lines.push(card ? `You are reading: ${cardLine(card).slice(2)}` : `You are reading: **${esc(report.site.name ?? report.site.host)}** (${esc(report.site.host)})`, '');
  }
  if (!report.article.isArticle) {
    lines.push('_Not an article: nothing to annotate._');
    return lines.join('\n');
  }
  const quotes = report.annotations.filter((a) => a.kind === 'quote');
  const credits = report.annotations.filter((a) => a.kind === 'credit');
  const claims = report.annotations.filter((a) => a.kind === 'claim').filter((a) => a.score >= (opts.claimThreshold ?? -Infinity));
  lines.push(`## People (${quotes.length} quotes)`, '');
  for (const q of quotes) {
    const who = q.speaker.name ?? 'unnamed source';
    const role = [q.speaker.role, q.speaker.organization].filter(Boolean).join(', ');
    lines.push(`- **${esc(who)}**${role ? ` (${esc(role)})` : ''}${q.direct ? '' : ' _(reported)_'}: “${esc(q.text)}”`);
  }
  lines.push('', `## Photos (${credits.length} credits)`, '');
  for (const c of credits) {
    lines.push(`- ${c.chain.map((l) => `${esc(l.name)} _(${l.role})_`).join(' → ')}`);
  }
  lines.push('', `## Claims (${claims.length})`, '');
  for (const c of claims) lines.push(`- ${esc(c.text)} — score ${c.score.toFixed(2)}${c.reasons.length ? `; ${c.reasons.join(', ')}` : ''}`);
  lines.push('', `## Sources (${Object.keys(report.sources).length})`, '');
  for (const card of Object.values(report.sources)) lines.push(cardLine(card));
  return lines.join('\n');
}

function cardLine(card: SourceCard): string {
  const facts = [
    card.type,
    card.country,
    card.owner ? `owner: ${card.owner}` : null,
    card.stateControl ? `${STATE_CONTROL_LABELS[card.stateControl].label} (${card.stateControl})` : null,
    card.founded ? `founded ${card.founded}` : null,
  ].filter(Boolean);
  return `- **${esc(card.name)}** — ${esc(facts.join('; '))}. ${esc(card.description)} _Sources: ${esc(card.provenance.join('; '))}; as of ${card.asOf}._`;
}

function esc(s: string): string {
  return s.replace(/([\\`*_[\]<>|])/g, '\\$1').replace(/\s+/g, ' ');
}
