/**
 * The bench chart, hand-written SVG: each headline figure as a bar against its goal (the dashed line
 * is the goal; green within it, red over), and the spread of extension time / Readability parse()
 * over article pages as a strip of dots with median and p95 marks.
 */

import { quantile } from './stats';

export type ChartBar = { label: string; value: number; goal: number; unit: string };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Renders the chart; `ratios` are the per-article-page ext/parse ratios. */
export function renderChart(bars: ChartBar[], ratios: number[], title: string, subtitle = ''): string {
  const W = 900;
  const rowH = 30;
  const left = 260;
  const barW = 360;
  const top = 70;
  const maxRel = 2; // bars are drawn relative to the goal, capped at 2× the goal
  const rows = bars.map((b, i) => {
    const y = top + i * rowH;
    const rel = Number.isFinite(b.value) ? Math.min(b.value / b.goal, maxRel) : 0;
    const ok = b.value <= b.goal;
    const w = (rel / maxRel) * barW;
    return `<text x="${left - 8}" y="${y + 15}" text-anchor="end">${esc(b.label)}</text>
<rect x="${left}" y="${y + 3}" width="${w.toFixed(1)}" height="18" fill="${ok ? '#3a9a5b' : '#c8443a'}"/>
${rel >= maxRel ? `<text x="${left + w - 14}" y="${y + 16}" fill="#fff" font-weight="bold">»</text>` : ''}
<text x="${left + w + 6}" y="${y + 16}">${Number.isFinite(b.value) ? b.value.toFixed(b.value < 10 ? 2 : 0) : 'n/a'}${esc(b.unit)} (goal ≤ ${b.goal}${esc(b.unit)})</text>`;
  });
  const goalX = left + barW / maxRel;
  const stripTop = top + bars.length * rowH + 40;
  const finite = ratios.filter(Number.isFinite).sort((a, b) => a - b);
  const maxR = Math.max(1, ...finite);
  const sx = (r: number) => left + (r / maxR) * barW;
  const q = (p: number) => quantile(finite, p);
  const dots = finite.map((r, i) => `<circle cx="${sx(r).toFixed(1)}" cy="${(stripTop + 20 + ((i * 7) % 24)).toFixed(1)}" r="2.5" fill="#5b3fd1" fill-opacity="0.55"/>`);
  const mark = (r: number, label: string, dy: number) =>
    Number.isFinite(r) ? `<line x1="${sx(r)}" x2="${sx(r)}" y1="${stripTop + 12}" y2="${stripTop + 50 + dy}" stroke="#222"/><text x="${sx(r)}" y="${stripTop + 64 + dy}" text-anchor="middle">${label} ${r.toFixed(2)}</text>` : '';
  const ticks: number[] = [];
  for (const t of [0, 0.25, 0.5, 1, 2, 3, 5, 10, maxR]) if (t <= maxR && ticks.every((u) => Math.abs(sx(t) - sx(u)) > 34)) ticks.push(t);
  const H = stripTop + 100;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, sans-serif" font-size="12">
<rect width="100%" height="100%" fill="#fff"/>
<text x="16" y="24" font-size="15" font-weight="bold">${esc(title)}</text>
<text x="16" y="44" fill="#555">${esc(subtitle)}</text>
${rows.join('\n')}
<line x1="${goalX}" x2="${goalX}" y1="${top - 4}" y2="${top + bars.length * rowH}" stroke="#222" stroke-dasharray="4 3"/>
<text x="${goalX}" y="${top - 8}" text-anchor="middle">goal</text>
<text x="16" y="${stripTop}" font-weight="bold">Extension time ÷ Readability parse(), article pages (${finite.length})</text>
<line x1="${left}" x2="${left + barW}" y1="${stripTop + 48}" y2="${stripTop + 48}" stroke="#999"/>
${ticks.map((t) => `<text x="${sx(t)}" y="${stripTop + 94}" text-anchor="middle" fill="#666">${t.toFixed(2)}</text>`).join('')}
<line x1="${sx(0.25)}" x2="${sx(0.25)}" y1="${stripTop + 8}" y2="${stripTop + 50}" stroke="#3a9a5b" stroke-dasharray="4 3"/><text x="${sx(0.25) + 3}" y="${stripTop + 8}" fill="#3a9a5b">goal (median)</text>
${dots.join('')}
${mark(q(0.5), 'median', 0)}${mark(q(0.95), 'p95', 14)}
</svg>
`;
}
