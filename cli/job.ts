/**
 * One page's work, the same in the main thread (`--jobs 1`) and in a worker thread: the engine's report,
 * already formatted for the output, and the counts the end-of-run summary adds up.
 */
import { reportFromHtml, reportFromText } from './engine';
import { toMarkdown } from '../core/markdown';
import type { RecordInfo, Report } from '../core/report';

export type Job = {
  seq: number;
  text: string;
  isText: boolean;
  url: string | null;
  record?: RecordInfo;
  claimThreshold: number;
  /** pretty: one indented JSON object; line: one JSON line; markdown: a source sheet. */
  style: 'pretty' | 'line' | 'markdown';
};

export type Counts = { articles: number; quotes: number; credits: number; claims: number };

export type JobResult = { seq: number; out: string; counts: Counts } | { seq: number; failed: string };

/** Runs the engine on one page. An engine failure is a result, not a throw, so one page cannot stop a run. */
export function runJob(job: Job): JobResult {
  try {
    const options = { claimThreshold: job.claimThreshold };
    const report = job.isText ? reportFromText(job.text, job.url, options) : reportFromHtml(job.text, job.url, options);
    const counts: Counts = { articles: report.article.isArticle ? 1 : 0, quotes: 0, credits: 0, claims: 0 };
    for (const a of report.annotations) {
      if (a.kind === 'quote') counts.quotes++;
      else if (a.kind === 'credit') counts.credits++;
      else if (a.kind === 'claim') counts.claims++;
    }
    // A WARC record's capture: the report's url is its target URI; `record` says where it was and when.
    const full: Report = job.record ? { ...report, record: job.record } : report;
    const out = job.style === 'markdown'
      ? toMarkdown(report) + (job.record ? `\n\n_Captured ${job.record.date ?? '(no date)'} in ${job.record.warc}_` : '')
      : JSON.stringify(full, null, job.style === 'pretty' ? 2 : undefined);
    return { seq: job.seq, out, counts };
  } catch (err) {
    return { seq: job.seq, failed: `engine error: ${err instanceof Error ? err.message : String(err)}` };
  }
}
