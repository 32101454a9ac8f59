/** Small helpers for browser tests. */
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface VisitLog {
  foreignRequests: string[];
  consoleErrors: string[];
}

/** Opens a new context that records requests to other origins and console errors. */
export async function watchedContext(
  browser: Browser,
  origin: string,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; log: VisitLog }> {
  const context = await browser.newContext(options);
  const log: VisitLog = { foreignRequests: [], consoleErrors: [] };
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('about:'))
      log.foreignRequests.push(url);
  });
  context.on('page', (page) => watchConsole(page, log));
  return { context, log };
}

export function watchConsole(page: Page, log: VisitLog): void {
  page.on('console', (message) => {
    if (message.type() === 'error') log.consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => log.consoleErrors.push(`${page.url()}: ${error.message}`));
}

/**
 * Runs `work` for every item with at most `limit` at a time (parallel tabs in one browser); `worker`
 * (0 … limit-1) tells which of the parallel workers runs it, e.g. to reuse one tab per worker.
 */
export async function inParallel<T>(
  items: readonly T[],
  limit: number,
  work: (item: T, worker: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async (_, worker) => {
    while (next < items.length) {
      const item = items[next++]!;
      await work(item, worker);
    }
  });
  await Promise.all(workers);
}
