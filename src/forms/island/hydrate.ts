/**
 * Starts the form islands without slowing the first paint: the page shows (and works as) a plain
 * HTML form; the island's code loads when the browser is idle after the page has loaded and been
 * painted, or at once when the person touches the form. This file stays tiny: the island module
 * brings Preact.
 */
export interface IslandModule {
  /** Hydrates the server-rendered form in `root` with `props`, keeping what was already typed. */
  mount(root: HTMLElement, props: unknown): void;
}

// On a fast device "idle after load" can come before the first paint. Waiting for the browser's
// first-contentful-paint entry keeps the island's requests from competing with that paint on a
// slow one; a page that is never painted (a background tab) still gets its island after 5 s.
function afterFirstPaint(next: () => void): void {
  if (
    typeof PerformanceObserver === 'undefined' ||
    !PerformanceObserver.supportedEntryTypes?.includes('paint')
  )
    return next();
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    next();
  };
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length > 0) go();
  });
  observer.observe({ type: 'paint', buffered: true });
  setTimeout(go, 5000);
}

function whenIdleAfterPaint(start: () => void): void {
  const idle = () =>
    'requestIdleCallback' in window ? requestIdleCallback(start, { timeout: 3000 }) : setTimeout(start, 200);
  const afterLoad = () => afterFirstPaint(idle);
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}

export function startIslands(name: string, load: () => Promise<IslandModule>): void {
  for (const island of document.querySelectorAll<HTMLElement>(`[data-island="${name}"]`)) {
    const root = island.querySelector<HTMLElement>('.ww-island__root');
    const data = island.querySelector('script[type="application/json"]');
    if (!root || !data?.textContent) continue;
    const props = JSON.parse(data.textContent) as unknown;
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      void load().then((module) => module.mount(root, props));
    };
    for (const event of ['focusin', 'pointerdown', 'keydown'] as const)
      island.addEventListener(event, start, { once: true, passive: true });
    whenIdleAfterPaint(start);
  }
}
