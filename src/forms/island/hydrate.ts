/** Hydrates every server-rendered form island of one name with its JSON props. */
import { h, hydrate, type ComponentType } from 'preact';

export function hydrateIslands<P extends object>(name: string, component: ComponentType<P>): void {
  for (const island of document.querySelectorAll<HTMLElement>(`[data-island="${name}"]`)) {
    const root = island.querySelector<HTMLElement>('.ww-island__root');
    const data = island.querySelector('script[type="application/json"]');
    if (!root || !data?.textContent) continue;
    hydrate(h(component, JSON.parse(data.textContent) as P), root);
  }
}
