/**
 * Starts the form islands without slowing the first paint: the page shows (and works as) a plain
 * HTML form; the island's code loads when the browser is idle after the page has loaded, or at
 * once when the person touches the form. This file stays tiny: the island module brings Preact.
 */
export interface IslandModule {
  /** Hydrates the server-rendered form in `root` with `props`, keeping what was already typed. */
  mount(root: HTMLElement, props: unknown): void;
}

function whenIdleAfterLoad(start: () => void): void {
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(start, { timeout: 3000 }) : setTimeout(start, 200));
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
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
    for (const event of ['focusin', 'pointerdown', 'keydown'] as const) island.addEventListener(event, start, { once: true, passive: true });
    whenIdleAfterLoad(start);
  }
}
