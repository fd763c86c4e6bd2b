/**
 * Bench builds only (`npm run bench` builds with VITE_SL_BENCH=1): marks a step of reading a page in
 * the page's performance timeline, so the bench can say where navigation → highlights goes. In every
 * other build the condition is a constant and the bundler drops the call.
 *
 * Steps, in order: `gate` (the gate runs), `start` (the annotator starts), `sent` (the blocks go to the
 * background), `reply` (the report is back), `painted` (the first highlights are registered).
 */
export function benchMark(step: 'gate' | 'start' | 'sent' | 'reply' | 'painted'): void {
  if (import.meta.env.VITE_SL_BENCH) performance.mark(`sourcelight:${step}`);
}
