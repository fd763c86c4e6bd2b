/**
 * Runs stepwise work in slices of a few milliseconds, giving the page back its main thread between
 * slices (scheduler.yield where the browser has it, a zero-delay task otherwise), so the content
 * script never makes a long task.
 */

type Scheduler = { yield?: () => Promise<void> };

/** Yields to the page's main thread once. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Drives a generator to completion, pausing whenever a slice has used `budgetMs`. Stops early if aborted. */
export async function runSliced<T>(steps: Generator<void, T>, signal: AbortSignal, budgetMs = 4): Promise<T | null> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= budgetMs) {
      await yieldToPage();
      if (signal.aborted) return null;
      sliceStart = performance.now();
    }
  }
}

/** Runs `fn` over `items` in slices of `budgetMs`. */
export async function forEachSliced<T>(items: T[], fn: (item: T) => void, signal: AbortSignal, budgetMs = 4): Promise<boolean> {
  let sliceStart = performance.now();
  for (const item of items) {
    fn(item);
    if (performance.now() - sliceStart >= budgetMs) {
      await yieldToPage();
      if (signal.aborted) return false;
      sliceStart = performance.now();
    }
  }
  return true;
}
