/** The site a page belongs to, for the by-site splits of the evaluations (eval-credits, eval-site). */

const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'or', 'ne', 'go', 'gv', 'edu']);

/** The site a URL belongs to: its host without `www.`, cut to the registrable domain (`bbc.co.uk`). */
export function siteOf(url: string | null, fallback: string): string {
  let host: string;
  try {
    host = url ? new URL(url).hostname.toLowerCase() : '';
  } catch {
    host = '';
  }
  // Pages saved without a real URL (`hard::site.com-slug.html`): the file name starts with the host.
  if (!host) return `page:${fallback.split('-')[0]}`;
  const labels = host.replace(/^www\d?\./, '').split('.');
  const keep = labels.length >= 3 && labels[labels.length - 1]!.length === 2 && SECOND_LEVEL.has(labels[labels.length - 2]!) ? 3 : 2;
  return labels.slice(-keep).join('.');
}
