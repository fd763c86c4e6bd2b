/**
 * The bench chart, hand-written SVG: each headline figure as a bar against its goal (the dashed line
 * is the goal; green within it, red over), and the spread of extension time / Readability parse()
 * over article pages as a strip of dots with median and p95 marks.
 */

export type ChartBar = { label: string; value: number; goal: number; unit: string };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Renders the chart; `ratios` are the per-article-page ext/parse ratios. */
export function renderChart(bars: ChartBar[], ratios: number[], title: string): string {
  const W = 760;
  const rowH = 30;
  const left = 260;
  const barW = 380;
  const top = 50;
  const maxRel = 2; // bars are drawn relative to the goal, capped at 2× the goal
  const rows = bars.map((b, i) => {
    const y = top + i * rowH;
    const rel = Number.isFinite(b.value) ? Math.min(b.value / b.goal, maxRel) : 0;
    const ok = b.value <= b.goal;
    const w = (rel / maxRel) * barW;
    return `<text x="${left - 8}" y="${y + 15}" text-anchor="end">${esc(b.label)}</text>
<rect x="${left}" y="${y + 3}" width="${w.toFixed(1)}" height="18" fill="${ok ? '#3a9a5b' : '#c8443a'}"/>
<text x="${left + w + 6}" y="${y + 16}">${Number.isFinite(b.value) ? b.value.toFixed(b.value < 10 ? 2 : 0) : 'n/a'}${esc(b.unit)} (goal ≤ ${b.goal}${esc(b.unit)})</text>`;
  });
  const goalX = left + barW / maxRel;
  const stripTop = top + bars.length * rowH + 40;
  const finite = ratios.filter(Number.isFinite).sort((a, b) => a - b);
  const maxR = Math.max(1, ...finite);
  const sx = (r: number) => left + (r / maxR) * barW;
  const q = (p: number) => finite[Math.min(finite.length - 1, Math.floor(p * (finite.length - 1)))] ?? NaN;
  const dots = finite.map((r, i) => `<circle cx="${sx(r).toFixed(1)}" cy="${(stripTop + 20 + ((i * 7) % 24)).toFixed(1)}" r="2.5" fill="#5b3fd1" fill-opacity="0.55"/>`);
  const mark = (r: number, label: string) =>
    Number.isFinite(r) ? `<line x1="${sx(r)}" x2="${sx(r)}" y1="${stripTop + 12}" y2="${stripTop + 50}" stroke="#222"/><text x="${sx(r)}" y="${stripTop + 64}" text-anchor="middle">${label} ${r.toFixed(2)}</text>` : '';
  const ticks = [0, 0.25, 0.5, 1, maxR].filter((t, i, a) => t <= maxR && a.indexOf(t) === i);
  const H = stripTop + 90;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, sans-serif" font-size="12">
<rect width="100%" height="100%" fill="#fff"/>
<text x="16" y="24" font-size="15" font-weight="bold">${esc(title)}</text>
${rows.join('\n')}
<line x1="${goalX}" x2="${goalX}" y1="${top - 4}" y2="${top + bars.length * rowH}" stroke="#222" stroke-dasharray="4 3"/>
<text x="${goalX}" y="${top - 8}" text-anchor="middle">goal</text>
<text x="16" y="${stripTop}" font-weight="bold">Extension time ÷ Readability parse(), article pages (${finite.length})</text>
<line x1="${left}" x2="${left + barW}" y1="${stripTop + 48}" y2="${stripTop + 48}" stroke="#999"/>
${ticks.map((t) => `<text x="${sx(t)}" y="${stripTop + 80}" text-anchor="middle" fill="#666">${t.toFixed(2)}</text>`).join('')}
${dots.join('')}
${mark(q(0.5), 'median')}${mark(q(0.95), 'p95')}
</svg>
`;
}
